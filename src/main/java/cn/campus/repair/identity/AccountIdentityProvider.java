package cn.campus.repair.identity;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The engine's read-only view of our accounts. Accounts are created and changed through our own
 * API only, so Camunda's Admin webapp shows them but cannot edit them.
 */
class AccountIdentityProvider implements ReadOnlyIdentityProvider {

  private final AccountDirectory accounts;

  AccountIdentityProvider(AccountDirectory accounts) {
    this.accounts = accounts;
  }

  @Override
  public User findUserById(String userId) {
    return accounts.find(userId).map(AccountUserQuery::toCamunda).orElse(null);
  }

  @Override
  public UserQuery createUserQuery() {
    return new AccountUserQuery(accounts, commandExecutor());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return createUserQuery();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new UnsupportedOperationException("Accounts live in app_user; there is no native user query.");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return accounts.checkPassword(userId, password);
  }

  @Override
  public Group findGroupById(String groupId) {
    return CamundaGroup.byId(groupId).map(AccountGroupQuery::toCamunda).orElse(null);
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new AccountGroupQuery(accounts, commandExecutor());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return createGroupQuery();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenantQuery(commandExecutor());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return createTenantQuery();
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
  }

  private static CommandExecutor commandExecutor() {
    return Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
  }

  /** Hands the engine one provider per command, as Camunda's sessions expect. */
  static SessionFactory factory(AccountDirectory accounts) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new AccountIdentityProvider(accounts);
      }
    };
  }
}
