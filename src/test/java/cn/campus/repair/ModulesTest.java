package cn.campus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each package under {@code cn.campus.repair} is a feature module: no cycles between modules, and a
 * module uses only the public types at the root of another. docs/architecture.md draws the same
 * model; this test keeps the drawing true.
 */
class ModulesTest {

  private static final Path ARCHITECTURE = Path.of("docs/architecture.md");
  private static final String START = "<!-- modules: written from ModulesTest -->";
  private static final String END = "<!-- end of modules -->";

  private final ApplicationModules modules = ApplicationModules.of(RepairApplication.class);

  @Test
  void modulesDependOnlyDownwardThroughTheirPublicTypes() {
    modules.verify();
  }

  @Test
  void theArchitecturePageDrawsTheModulesAsTheyAre() throws IOException {
    String page = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
    String drawn = page.substring(page.indexOf(START) + START.length(), page.indexOf(END)).strip();

    assertThat(drawn).as("the module diagram in " + ARCHITECTURE + "; replace it with the expected text")
        .isEqualTo(mermaid());
  }

  /** PlantUML diagrams of every module, and the Mermaid picture to paste into the page, in target/modules. */
  @Test
  void writesTheDiagrams() throws IOException {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    Files.writeString(Path.of("target/modules/modules.md"), mermaid() + "\n", StandardCharsets.UTF_8);
  }

  /** The modules as a Mermaid graph, each arrow "depends on", in a stable order. */
  private String mermaid() {
    List<String> lines = new ArrayList<>();
    lines.add("```mermaid");
    lines.add("flowchart TD");
    modules.stream()
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .forEach(module -> module.getDirectDependencies(modules).uniqueModules()
            .map(ApplicationModule::getName)
            .distinct()
            .sorted()
            .forEach(target -> lines.add("  " + module.getName() + " --> " + target)));
    lines.add("```");
    return String.join("\n", lines);
  }
}
