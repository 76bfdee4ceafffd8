package cn.campus.repair.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code repair.recipients}: named lists of mobile numbers that an SMS step of the model can address
 * by name, such as {@code warehouse} for the people who prepare materials. A campus changes who is
 * on a list in configuration; the model only names the list.
 */
@ConfigurationProperties("repair")
record RecipientLists(Map<String, List<String>> recipients) {

  RecipientLists {
    recipients = recipients == null ? Map.of() : Map.copyOf(recipients);
  }

  Optional<List<String>> phones(String listName) {
    return Optional.ofNullable(recipients.get(listName));
  }
}
