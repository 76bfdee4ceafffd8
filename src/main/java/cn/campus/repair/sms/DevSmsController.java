package cn.campus.repair.sms;

import cn.campus.repair.common.PhoneNumbers;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the local outbox; exists only while no real SMS provider is configured. */
@RestController
@ConditionalOnProperty(name = "repair.sms.provider", havingValue = "outbox", matchIfMissing = true)
class DevSmsController {

  private final SmsOutbox outbox;

  DevSmsController(SmsOutbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/api/dev/sms")
  List<SmsOutbox.OutboxEntry> sentTo(@RequestParam String phone) {
    return outbox.sentTo(PhoneNumbers.normalize("phone", phone), 50);
  }
}
