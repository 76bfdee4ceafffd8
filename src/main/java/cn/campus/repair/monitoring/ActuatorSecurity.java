package cn.campus.repair.monitoring;

import cn.campus.repair.account.BearerTokenFilter;
import cn.campus.repair.account.Tokens;
import cn.campus.repair.web.ProblemWriter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The Actuator endpoints: health is public (a load balancer asks it, and sees only UP or DOWN);
 * everything else (Prometheus metrics, the metric browser, info) is for admins, by HTTP Basic with
 * an admin's phone and password (what Prometheus's scrape config sends) or a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain actuator(HttpSecurity http, Tokens tokens, ProblemWriter problems) throws Exception {
    return http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.authenticationEntryPoint(challenge(problems)))
        .formLogin(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().hasRole("ADMIN"))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(challenge(problems))
            .accessDeniedHandler((request, response, ex) ->
                problems.write(response, HttpStatus.FORBIDDEN, "只有管理员账号可以查看运行指标")))
        .build();
  }

  private static AuthenticationEntryPoint challenge(ProblemWriter problems) {
    return (request, response, ex) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"campus-repair\", charset=\"UTF-8\"");
      problems.write(response, HttpStatus.UNAUTHORIZED, "请用管理员的手机号和密码登录");
    };
  }
}
