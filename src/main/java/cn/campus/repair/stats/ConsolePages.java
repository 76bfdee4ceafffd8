package cn.campus.repair.stats;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The office's dashboard is static pages under {@code /console/} (static/console) that log in and
 * read {@code /api/stats} like any client; this gives the folder's address its page.
 */
@Configuration(proxyBeanMethods = false)
class ConsolePages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/console", "/console/");
    registry.addViewController("/console/").setViewName("forward:/console/index.html");
  }
}
