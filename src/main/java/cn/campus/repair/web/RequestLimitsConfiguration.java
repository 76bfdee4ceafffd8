package cn.campus.repair.web;

import cn.campus.repair.common.ApiException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Refusals made before any controller sees a call, answered as problem+json: the API's body size
 * limit and wildcard content types, Spring Security's firewall (addresses with {@code ..}, {@code ;} or encoded slashes,
 * header values with control characters), which by default sent a bare 400 to the error path, and
 * Tomcat's own refusals of malformed HTTP.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(RequestLimitsConfiguration.class);

  @Bean
  FilterRegistrationBean<JsonBodyLimit> jsonBodyLimit(ProblemWriter problems) {
    FilterRegistrationBean<JsonBodyLimit> registration = new FilterRegistrationBean<>(new JsonBodyLimit(problems));
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ConcreteContentType> concreteContentType(ProblemWriter problems) {
    FilterRegistrationBean<ConcreteContentType> registration = new FilterRegistrationBean<>(new ConcreteContentType(problems));
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  /**
   * Tomcat's report of what it refused itself is ours: Spring Boot's (an empty HTML page) goes, and
   * the host, finding a report valve of the class it is told, adds no other.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
    return factory -> factory.addContextCustomizers(context -> {
      StandardHost host = (StandardHost) context.getParent();
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve) {
          host.getPipeline().removeValve(valve);
        }
      }
      host.setErrorReportValveClass(ProblemReportValve.class.getName());
      host.getPipeline().addValve(new ProblemReportValve());
    });
  }

  /** Wherever the firewall refuses: on every path, before the security chains (webapps included). */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
    return (request, response, rejected) -> {
      log.debug("Firewall refused {}: {}", request.getRequestURI(), rejected.getMessage());
      List<ApiException.FieldError> errors = ProblemTexts.rejectedHeader(rejected)
          .map(header -> List.of(new ApiException.FieldError(header, "含有不允许的字符")))
          .orElse(List.of());
      problems.write(response, HttpStatus.BAD_REQUEST, ProblemTexts.FIREWALL, errors);
    };
  }
}
