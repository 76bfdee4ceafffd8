package cn.campus.repair.identity;

import cn.campus.repair.account.User;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;

/** Camunda's group query over the fixed groups that roles give. */
class AccountGroupQuery extends GroupQueryImpl {

  private final transient AccountDirectory accounts;

  AccountGroupQuery(AccountDirectory accounts, CommandExecutor executor) {
    super(executor);
    this.accounts = accounts;
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return matching(commandContext).count();
  }

  @Override
  public List<Group> executeList(CommandContext commandContext, Page page) {
    return QueryFilters.page(matching(commandContext).map(AccountGroupQuery::toCamunda), page);
  }

  /**
   * Admins and the engine's own look-ups see every group and anyone's membership; anyone else only
   * the groups they are in ({@link QueryViewer}), so nobody learns another person's role.
   */
  private Stream<CamundaGroup> matching(CommandContext commandContext) {
    if (tenantId != null) {
      return Stream.empty();
    }
    QueryViewer viewer = QueryViewer.of(commandContext, accounts);
    User member;
    switch (viewer.kind()) {
      case NOBODY -> {
        return Stream.empty();
      }
      case ONESELF -> {
        if (userId != null && !userId.equals(viewer.self().id())) {
          return Stream.empty();
        }
        member = viewer.self();
      }
      default -> {
        member = userId == null ? null : accounts.find(userId).orElse(null);
        if (userId != null && member == null) {
          return Stream.empty();
        }
      }
    }
    return Arrays.stream(CamundaGroup.values())
        .filter(group -> id == null || group.id().equals(id))
        .filter(group -> ids == null || Arrays.asList(ids).contains(group.id()))
        .filter(group -> QueryFilters.matches(group.displayName(), name, nameLike))
        .filter(group -> type == null || group.type().equals(type))
        .filter(group -> member == null || group.role() == member.role())
        .sorted(Comparator.comparing(CamundaGroup::id));
  }

  static Group toCamunda(CamundaGroup source) {
    GroupEntity group = new GroupEntity(source.id());
    group.setName(source.displayName());
    group.setType(source.type());
    return group;
  }
}
