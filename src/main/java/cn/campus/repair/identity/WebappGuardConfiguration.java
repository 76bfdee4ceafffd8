package cn.campus.repair.identity;

import cn.campus.repair.process.TaskCompletions;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link WebappRequestGuard} in front of Camunda's REST APIs. Spring's filters run before the
 * ones Camunda's webapp starter adds to the servlet context, and after Spring Security's chain
 * (order -100), inside which the engine REST API's admin is known.
 */
@Configuration(proxyBeanMethods = false)
class WebappGuardConfiguration {

  @Bean
  FilterRegistrationBean<WebappRequestGuard> webappRequestGuard(
      AccountDirectory accounts,
      TaskCompletions completions,
      ProcessEngine engine,
      ObjectMapper json,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${spring.jersey.application-path:/engine-rest}") String engineRestPath) {
    String restPath = engineRestPath.startsWith("/") ? engineRestPath : "/" + engineRestPath;
    var registration = new FilterRegistrationBean<>(
        new WebappRequestGuard(accounts, completions, engine, json, webappPath, restPath));
    registration.addUrlPatterns(webappPath + "/api/*", restPath + "/*");
    registration.setOrder(0);
    return registration;
  }
}
