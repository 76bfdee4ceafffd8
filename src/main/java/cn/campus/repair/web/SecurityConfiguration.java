package cn.campus.repair.web;

import cn.campus.repair.account.BearerTokenFilter;
import cn.campus.repair.account.Tokens;
import cn.campus.repair.account.Users;
import cn.campus.repair.identity.EngineRestAuthentication;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;

/**
 * Three chains: the mini program's API (stateless bearer tokens), the engine REST API (HTTP Basic,
 * admins only, for Camunda Modeler), and everything else (the Camunda webapps, which log people in
 * themselves).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, Tokens tokens, ProblemWriter problems) throws Exception {
    return http.securityMatcher("/api/**")
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .addFilterBefore(new DatabaseUnavailableFilter(problems), LogoutFilter.class)
        .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(HttpMethod.POST, "/api/auth/sms-code", "/api/auth/login").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/auth/wechat", "/api/auth/wechat/bind").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/wechat/settings").permitAll()
            // Subscribe messages tell requesters and workers of their own requests and tasks.
            .requestMatchers("/api/me/wechat/subscriptions").hasAnyRole("USER", "WORKER")
            .requestMatchers(HttpMethod.GET, "/api/categories").permitAll()
            .requestMatchers("/api/categories", "/api/categories/**").hasRole("ADMIN")
            // The local outbox holds every login code and text (places, workers' phones).
            .requestMatchers("/api/dev/sms").hasRole("ADMIN")
            .requestMatchers("/api/staff", "/api/staff/**", "/api/workers").hasRole("ADMIN")
            .requestMatchers("/api/stats/**").hasRole("ADMIN")
            // Who may take each action on a request is the action table's (request.RequestActions).
            .requestMatchers(HttpMethod.POST, "/api/requests").hasRole("USER")
            // Everyone reads places (the report form's pickers); admins print labels and change places.
            .requestMatchers(HttpMethod.GET, "/api/places/*/*/qr.png", "/api/places/buildings/*/labels.pdf",
                "/api/places/import/**").hasRole("ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/places/**").authenticated()
            // Workers pick parts from the catalogue; keepers keep it and the stock; admins add
            // warehouses. A request's own parts are read and moved through the request's actions.
            .requestMatchers(HttpMethod.GET, "/api/materials/parts", "/api/materials/parts/*",
                "/api/materials/warehouses").hasAnyRole("ADMIN", "WAREHOUSE", "WORKER")
            .requestMatchers(HttpMethod.POST, "/api/materials/warehouses").hasRole("ADMIN")
            .requestMatchers("/api/materials/report").hasRole("ADMIN")
            .requestMatchers("/api/materials/**").hasAnyRole("ADMIN", "WAREHOUSE")
            .requestMatchers("/api/places/**").hasRole("ADMIN")
            .anyRequest().authenticated())
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) ->
                problems.write(response, HttpStatus.UNAUTHORIZED, "请先登录"))
            .accessDeniedHandler((request, response, ex) ->
                problems.write(response, HttpStatus.FORBIDDEN, "当前账号无权进行此操作")))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineRest(
      HttpSecurity http, ProblemWriter problems, Users users, IdentityService identityService) throws Exception {
    // The engine REST API is Jersey's servlet, not Spring MVC's: match the raw URI, not an MVC path.
    return http.securityMatcher(request -> request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest"))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.authenticationEntryPoint(basicChallenge(problems)))
        .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
        .addFilterAfter(new EngineRestAuthentication(users, identityService), AuthorizationFilter.class)
        // Answer here rather than through the error page, which would try to read a deployment's multipart body.
        .exceptionHandling(e -> e
            .authenticationEntryPoint(basicChallenge(problems))
            .accessDeniedHandler((request, response, ex) ->
                problems.write(response, HttpStatus.FORBIDDEN, "只有管理员账号可以使用流程引擎接口")))
        .build();
  }

  private static AuthenticationEntryPoint basicChallenge(ProblemWriter problems) {
    return (request, response, ex) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"campus-repair\", charset=\"UTF-8\"");
      problems.write(response, HttpStatus.UNAUTHORIZED, "请用管理员的手机号和密码登录");
    };
  }

  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    return http.csrf(AbstractHttpConfigurer::disable)
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .build();
  }
}
