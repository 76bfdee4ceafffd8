package cn.campus.repair;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each package under {@code cn.campus.repair} is a feature module: no cycles between modules, and a
 * module uses only the public types at the root of another. The diagrams in docs/modules are
 * written from the same model.
 */
class ModulesTest {

  private final ApplicationModules modules = ApplicationModules.of(RepairApplication.class);

  @Test
  void modulesDependOnlyDownwardThroughTheirPublicTypes() {
    modules.verify();
  }

  @Test
  void writesTheModuleDiagrams() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
