package cn.campus.repair.notification;

import cn.campus.repair.common.PhoneNumbers;
import cn.campus.repair.request.RequestDirectory;
import cn.campus.repair.request.RequestRow;
import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.materials.Materials;
import cn.campus.repair.sms.SmsMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What an SMS step of the model says about a request, and to whom. Recipients: {@code requester}
 * (the request's contact phone), {@code worker} (the assigned worker), {@code admins} (every admin),
 * {@code holder} (whoever holds the step the request waits at: its assignee, or every admin while
 * a group holds it unclaimed), {@code keepers} (every warehouse keeper), a list named in {@code repair.recipients} (such as {@code warehouse}
 * or {@code supervisors}), or a literal mobile number.
 * Each known template gets the values the contract lists; a template a manager adds gets the
 * request number as {1}.
 */
@Component
@EnableConfigurationProperties(RecipientLists.class)
class RequestNotifications {

  private static final Pattern MOBILE = Pattern.compile("(\\+86)?1\\d{10}");

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final RequestDirectory requests;
  private final Users users;
  private final Catalogue catalogue;
  private final RecipientLists lists;
  private final ZoneId zone;
  private final Materials materials;

  RequestNotifications(RequestDirectory requests, Users users, Catalogue catalogue, RecipientLists lists,
      @Value("${repair.zone}") ZoneId zone, Materials materials) {
    this.materials = materials;
    this.requests = requests;
    this.users = users;
    this.catalogue = catalogue;
    this.lists = lists;
    this.zone = zone;
  }

  List<SmsMessage> compose(String requestId, String template, String recipient) {
    RequestRow request = requests.find(requestId)
        .orElseThrow(() -> new IllegalStateException("No repair request " + requestId));
    List<String> params = params(template, request);
    return phones(recipient, request).stream()
        .map(phone -> new SmsMessage(phone, template, params))
        .toList();
  }

  private List<String> phones(String recipient, RequestRow request) {
    return switch (recipient) {
      case "requester" -> List.of(request.contactPhone());
      case "worker" -> List.of(assignedWorker(request).phone());
      case "admins" -> admins();
      case "keepers" -> users.findByRole(Role.WAREHOUSE).stream().map(User::phone).toList();
      case "holder" -> request.openTaskAssignee() == null ? admins()
          : users.findById(request.openTaskAssignee()).map(user -> List.of(user.phone())).orElseGet(this::admins);
      default -> lists.phones(recipient)
          .map(phones -> phones.stream()
              .map(phone -> PhoneNumbers.normalize("repair.recipients." + recipient, phone))
              .toList())
          .orElseGet(() -> List.of(mobile(recipient)));
    };
  }

  private List<String> admins() {
    return users.findByRole(Role.ADMIN).stream().map(User::phone).toList();
  }

  private static String mobile(String recipient) {
    if (!MOBILE.matcher(recipient).matches()) {
      throw new IllegalArgumentException("smsRecipient must be requester, worker, admins, a list in "
          + "repair.recipients or a mobile number, not " + recipient);
    }
    return PhoneNumbers.normalize("smsRecipient", recipient);
  }

  private List<String> params(String template, RequestRow request) {
    return switch (template) {
      case "TASK_ASSIGNED" -> List.of(request.number(), place(request));
      case "REQUEST_ACCEPTED" -> {
        User worker = assignedWorker(request);
        yield List.of(worker.id(), worker.name(), worker.phone());
      }
      case "MATERIALS_NEEDED" -> List.of(request.number(), categoryName(request), place(request));
      case "PARTS_REQUESTED" -> List.of(request.number(), waitingParts(request));
      case "DEADLINE_REMINDER" -> List.of(request.number(), stepName(request), due(request));
      case "DEADLINE_ESCALATED" -> List.of(request.number(), categoryName(request), stepName(request), due(request));
      default -> List.of(request.number());
    };
  }

  /** The lines waiting for a keeper: 阀门 DN20×1、生料带×2. */
  private String waitingParts(RequestRow request) {
    return materials.partsOf(request.id()).lines().stream()
        .filter(line -> "REQUESTED".equals(line.state()))
        .map(line -> line.name() + "×" + line.quantity())
        .collect(java.util.stream.Collectors.joining("、"));
  }

  private User assignedWorker(RequestRow request) {
    return users.findById(Objects.requireNonNull(request.workerId(), "request has no worker"))
        .orElseThrow(() -> new IllegalStateException("Worker " + request.workerId() + " does not exist"));
  }

  private String categoryName(RequestRow request) {
    return catalogue.find(request.categoryCode()).map(Category::name).orElse(request.categoryCode());
  }

  private static String stepName(RequestRow request) {
    return Objects.toString(request.openTaskName(), "");
  }

  private String due(RequestRow request) {
    Instant due = request.serviceLevel().dueAt();
    return due == null ? "" : DUE.format(due.atZone(zone));
  }

  static String place(RequestRow request) {
    StringBuilder place = new StringBuilder();
    for (String part : new String[] {request.building(), request.room(), request.locationDetail()}) {
      if (part != null && !part.isBlank()) {
        place.append(place.isEmpty() ? "" : " ").append(part);
      }
    }
    return place.toString();
  }
}
