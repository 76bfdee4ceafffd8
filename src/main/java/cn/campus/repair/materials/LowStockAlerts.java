package cn.campus.repair.materials;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.sms.OutgoingSms;
import cn.campus.repair.sms.SmsMessage;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Texts every active keeper when a part falls under its minimum in a warehouse (through the SMS queue). */
@Component
class LowStockAlerts {

  static final String TEMPLATE = "LOW_STOCK";

  private final Users users;
  private final OutgoingSms sms;

  LowStockAlerts(Users users, OutgoingSms sms) {
    this.users = users;
    this.sms = sms;
  }

  void lowStock(Part part, Warehouse warehouse, int left) {
    // One event per crossing (the caller marked the row): its own key, so each keeper gets it once.
    String event = "low-stock:" + part.id() + ":" + warehouse.id() + ":" + UUID.randomUUID();
    List<String> params = List.of(part.label(), warehouse.name(), Integer.toString(left), part.unit(),
        Integer.toString(part.minStock()));
    for (User keeper : users.findByRole(Role.WAREHOUSE)) {
      if (keeper.active()) {
        sms.send(event + ":" + keeper.phone(), null, new SmsMessage(keeper.phone(), TEMPLATE, params));
      }
    }
  }
}
