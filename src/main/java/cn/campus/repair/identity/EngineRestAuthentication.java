package cn.campus.repair.identity;

import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who is calling its REST API (after Spring Security has checked the phone and
 * password, by phone), so Cockpit's operation log shows which admin deployed or changed what.
 */
public class EngineRestAuthentication extends OncePerRequestFilter {

  private final Users users;
  private final IdentityService identityService;

  public EngineRestAuthentication(Users users, IdentityService identityService) {
    this.users = users;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<User> caller = Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
        .filter(Authentication::isAuthenticated)
        .flatMap(authentication -> users.findByPhone(authentication.getName()));
    if (caller.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    User user = caller.get();
    identityService.setAuthentication(user.id(), CamundaGroup.of(user.role()).stream().map(CamundaGroup::id).toList());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
