package cn.campus.repair.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in {@code processes/} at start-up, before the API serves anyone, as one
 * deployment with duplicate filtering by name. Filtering compares with our own previous deployment
 * only, so a model a manager deployed from Camunda Modeler stays the newest version across restarts
 * until a release ships a changed file.
 */
@Component
class ProcessDeployer implements InitializingBean {

  static final String DEPLOYMENT_NAME = "campus-repair processes";
  private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
  private static final List<String> PATTERNS = List.of("*.bpmn", "*.dmn", "*.form");

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resources;
  private final String location;

  ProcessDeployer(
      RepositoryService repositoryService,
      ResourcePatternResolver resources,
      @Value("${repair.processes.location}") String location) {
    this.repositoryService = repositoryService;
    this.resources = resources;
    this.location = location.endsWith("/") ? location : location + "/";
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    List<Resource> models = new ArrayList<>();
    for (String pattern : PATTERNS) {
      models.addAll(List.of(resources.getResources(location + pattern)));
    }
    if (models.isEmpty()) {
      throw new IllegalStateException("No process models found at " + location);
    }
    models.sort(Comparator.comparing(Resource::getFilename));
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("campus-repair")
        .enableDuplicateFiltering(false);
    for (Resource model : models) {
      try (InputStream in = model.getInputStream()) {
        deployment.addInputStream(model.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
      }
    }
    DeploymentWithDefinitions result = deployment.deployWithResult();
    log.info("Process models from {}: {} (deployment {}, {} new definitions)",
        location, models.stream().map(Resource::getFilename).toList(), result.getId(),
        result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size());
  }
}
