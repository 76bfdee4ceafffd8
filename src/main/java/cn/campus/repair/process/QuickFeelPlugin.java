package cn.campus.repair.process;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Gives the engine's decision tables {@link QuickFeel}, in front of the FEEL engine they would have had. */
@Component
class QuickFeelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      return;
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    // Asked when the engine builds its DMN engine, after it has handed over its custom FEEL functions.
    dmn.setFeelEngineFactory(() -> new QuickFeel(
        new ScalaFeelEngineFactory(dmn.getFeelCustomFunctionProviders()).createInstance()));
    configuration.setDmnEngineConfiguration(dmn);
  }
}
