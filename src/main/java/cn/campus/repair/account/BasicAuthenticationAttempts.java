package cn.campus.repair.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/** Wrong and right passwords given over HTTP Basic count like those given to the login API. */
@Component
class BasicAuthenticationAttempts {

  private final PasswordAttempts passwordAttempts;

  BasicAuthenticationAttempts(PasswordAttempts passwordAttempts) {
    this.passwordAttempts = passwordAttempts;
  }

  @EventListener
  void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
      passwordAttempts.failed(attempt.getName());
    }
  }

  @EventListener
  void onRightPassword(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
      passwordAttempts.succeeded(login.getName());
    }
  }
}
