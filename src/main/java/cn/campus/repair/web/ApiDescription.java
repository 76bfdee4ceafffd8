package cn.campus.repair.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description the running service serves at {@code /v3/api-docs} (Swagger UI at {@code
 * /swagger-ui.html}), outside the {@code prod} profile; docs/api.md is its guide.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

  private static final String BEARER = "bearer";

  @Bean
  OpenAPI repairApi() {
    return new OpenAPI()
        .info(new Info()
            .title("后勤报修 API")
            .version("v1")
            .description("The campus repair service's REST API: accounts, requests and their actions, attachments, "
                + "categories. Log in with POST /api/auth/login and send the token as a bearer token. Errors are "
                + "application/problem+json. Guide: docs/api.md in the repository."))
        .components(new Components().addSecuritySchemes(BEARER,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("The token of a login")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
