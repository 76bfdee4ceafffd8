package cn.campus.repair.identity;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who asks a user or group query, which decides what it may show. The webapps' user and group
 * queries are what Tasklist and Cockpit show about people, so they answer to the person logged in:
 * an admin sees every account, anyone else only themselves (Camunda's own default: a user may read
 * their own user). The engine's own look-ups (a webapp login turning a phone into the account id,
 * the session's periodic refresh) run with nobody authenticated and see the staff, the only people
 * who may log in.
 */
record QueryViewer(Kind kind, User self) {

  enum Kind { ENGINE, ADMIN, ONESELF, NOBODY }

  static QueryViewer of(CommandContext context, AccountDirectory accounts) {
    Authentication authentication = context == null ? null : context.getAuthentication();
    if (authentication == null || authentication.getUserId() == null || !context.isAuthorizationCheckEnabled()) {
      return new QueryViewer(Kind.ENGINE, null);
    }
    Optional<User> self = accounts.findById(authentication.getUserId());
    if (self.isEmpty() || !AccountDirectory.isStaff(self.get())) {
      return new QueryViewer(Kind.NOBODY, null);
    }
    return new QueryViewer(self.get().role() == Role.ADMIN ? Kind.ADMIN : Kind.ONESELF, self.get());
  }
}
