package cn.campus.repair.identity;

import cn.campus.repair.account.User;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/** Camunda's user query over our accounts: the name is the first name, and nobody has an e-mail. */
class AccountUserQuery extends UserQueryImpl {

  private final transient AccountDirectory accounts;

  AccountUserQuery(AccountDirectory accounts, CommandExecutor executor) {
    super(executor);
    this.accounts = accounts;
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return matching().count();
  }

  @Override
  public List<org.camunda.bpm.engine.identity.User> executeList(CommandContext commandContext, Page page) {
    return QueryFilters.page(matching().map(AccountUserQuery::toCamunda), page);
  }

  private Stream<User> matching() {
    if (email != null || emailLike != null || tenantId != null) {
      return Stream.empty();
    }
    return candidates()
        .filter(user -> ids == null || Arrays.stream(ids).anyMatch(wanted -> names(user, wanted)))
        .filter(user -> QueryFilters.matches(user.name(), firstName, firstNameLike))
        .filter(user -> QueryFilters.matches("", lastName, lastNameLike))
        .filter(user -> groupId == null
            || CamundaGroup.byId(groupId).map(group -> group.role() == user.role()).orElse(false))
        .sorted(Comparator.comparing(User::id));
  }

  private Stream<User> candidates() {
    if (id != null) {
      return accounts.find(id).stream();
    }
    if (ids != null) {
      return Arrays.stream(ids).map(accounts::find).flatMap(java.util.Optional::stream).distinct();
    }
    if (groupId != null) {
      return CamundaGroup.byId(groupId).map(accounts::members).orElse(List.of()).stream();
    }
    return accounts.staff().stream();
  }

  private static boolean names(User user, String idOrPhone) {
    return Objects.equals(user.id(), idOrPhone) || Objects.equals(user.phone(), idOrPhone);
  }

  static org.camunda.bpm.engine.identity.User toCamunda(User account) {
    UserEntity user = new UserEntity(account.id());
    user.setFirstName(account.name());
    user.setLastName("");
    return user;
  }
}
