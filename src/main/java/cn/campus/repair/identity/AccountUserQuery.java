package cn.campus.repair.identity;

import cn.campus.repair.account.User;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's user query over our accounts: the name is the first name, and nobody has an e-mail.
 * What it finds depends on who asks ({@link QueryViewer}): a phone stands for its account only in the
 * engine's own look-ups (the webapp login) and for admins; anyone else finds themselves alone, by
 * their account id.
 */
class AccountUserQuery extends UserQueryImpl {

  private final transient AccountDirectory accounts;

  AccountUserQuery(AccountDirectory accounts, CommandExecutor executor) {
    super(executor);
    this.accounts = accounts;
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return matching(commandContext).count();
  }

  @Override
  public List<org.camunda.bpm.engine.identity.User> executeList(CommandContext commandContext, Page page) {
    return QueryFilters.page(matching(commandContext).map(AccountUserQuery::toCamunda), page);
  }

  private Stream<User> matching(CommandContext commandContext) {
    if (email != null || emailLike != null || tenantId != null) {
      return Stream.empty();
    }
    QueryViewer viewer = QueryViewer.of(commandContext, accounts);
    return candidates(viewer)
        .filter(user -> id == null || names(viewer, user, id))
        .filter(user -> ids == null || Arrays.stream(ids).anyMatch(wanted -> names(viewer, user, wanted)))
        .filter(user -> QueryFilters.matches(user.name(), firstName, firstNameLike))
        .filter(user -> QueryFilters.matches("", lastName, lastNameLike))
        .filter(user -> groupId == null
            || CamundaGroup.byId(groupId).map(group -> group.role() == user.role()).orElse(false))
        .sorted(Comparator.comparing(User::id));
  }

  private Stream<User> candidates(QueryViewer viewer) {
    return switch (viewer.kind()) {
      case NOBODY -> Stream.empty();
      case ONESELF -> Stream.of(viewer.self());
      case ENGINE -> lookUp().filter(AccountDirectory::isStaff);
      case ADMIN -> lookUp();
    };
  }

  /** By id or phone when asked for some; otherwise the staff (listing everyone would list every student). */
  private Stream<User> lookUp() {
    if (id != null) {
      return accounts.find(id).stream();
    }
    if (ids != null) {
      return Arrays.stream(ids).map(accounts::find).flatMap(Optional::stream).distinct();
    }
    if (groupId != null) {
      return CamundaGroup.byId(groupId).map(accounts::members).orElse(List.of()).stream();
    }
    return accounts.staff().stream();
  }

  private static boolean names(QueryViewer viewer, User user, String idOrPhone) {
    return Objects.equals(user.id(), idOrPhone)
        || viewer.kind() != QueryViewer.Kind.ONESELF && Objects.equals(user.phone(), idOrPhone);
  }

  static org.camunda.bpm.engine.identity.User toCamunda(User account) {
    UserEntity user = new UserEntity(account.id());
    user.setFirstName(account.name());
    user.setLastName("");
    return user;
  }
}
