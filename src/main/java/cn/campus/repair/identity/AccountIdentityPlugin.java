package cn.campus.repair.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Replaces Camunda's own user tables with our accounts before the engine starts. */
@Component
class AccountIdentityPlugin extends AbstractProcessEnginePlugin {

  private final AccountDirectory accounts;

  AccountIdentityPlugin(AccountDirectory accounts) {
    this.accounts = accounts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(AccountIdentityProvider.factory(accounts));
  }
}
