package cn.campus.repair.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import cn.campus.repair.account.Accounts;
import cn.campus.repair.account.Tokens;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.PhoneNumbers;
import java.time.Instant;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login from inside WeChat. {@code wx.login}'s code gives the openid (code2Session); a bound openid
 * logs its account in, as a password or code login would, and a deactivated account is refused.
 * An unbound one gets a ticket, and the person proves a phone once, by WeChat's phone number button
 * or an SMS code: that logs them in (an unknown phone gets a requester account, a staff account made
 * by an admin is found by its phone) and binds the openid to the account.
 */
@Service
class WechatLogin {

  private final ObjectProvider<WxMaService> wechat;
  private final WechatProperties properties;
  private final Accounts accounts;
  private final Tokens tokens;
  private final Bindings bindings;
  private final Agreements agreements;
  private final LoginTickets tickets;
  private final TransactionTemplate transaction;

  WechatLogin(ObjectProvider<WxMaService> wechat, WechatProperties properties, Accounts accounts, Tokens tokens,
      Bindings bindings, Agreements agreements, LoginTickets tickets, PlatformTransactionManager transactions) {
    this.wechat = wechat;
    this.properties = properties;
    this.accounts = accounts;
    this.tokens = tokens;
    this.bindings = bindings;
    this.agreements = agreements;
    this.tickets = tickets;
    this.transaction = new TransactionTemplate(transactions);
  }

  Outcome login(String code) {
    String openid = openidOf(code);
    return bindings.userOf(openid)
        .map(userId -> Outcome.loggedIn(accounts.loginAs(userId)))
        .orElseGet(() -> {
          Instant expires = Instant.now().plus(properties.loginTicketLifetime());
          return Outcome.phoneRequired(transaction.execute(status -> tickets.issue(openid, expires)), expires);
        });
  }

  /**
   * Binds with the phone WeChat's phone number button vouched for: the ticket, the account (made
   * for an unknown phone) and the binding in one transaction, so a refusal leaves none of them.
   */
  Accounts.Session bindByPhoneButton(String ticket, String phoneCode) {
    String openid = openidOfTicket(ticket);
    String phone = phoneOf(phoneCode);
    return refusingRaces(() -> transaction.execute(status -> {
      useTicket(ticket);
      Accounts.Session session = accounts.loginWithVerifiedPhone(phone);
      bindings.bind(openid, session.user().id());
      return session;
    }));
  }

  /**
   * Binds with a phone proved by an SMS code, the login as it is outside WeChat. The code is checked
   * first and on its own, so a wrong one counts towards its limit whatever follows; a binding
   * refused after it ends the session it opened.
   */
  Accounts.Session bindBySmsCode(String ticket, String phone, String code) {
    String openid = openidOfTicket(ticket);
    Accounts.Session session = accounts.loginWithCode(phone, code);
    try {
      return refusingRaces(() -> transaction.execute(status -> {
        useTicket(ticket);
        bindings.bind(openid, session.user().id());
        return session;
      }));
    } catch (RuntimeException refused) {
      tokens.revoke(session.token());
      throw refused;
    }
  }

  /** The person's openid is no longer theirs to log in with; their agreements go with it. */
  void unbind(String userId) {
    transaction.executeWithoutResult(status -> {
      if (!bindings.unbind(userId)) {
        throw ApiException.notFound("未绑定微信");
      }
      agreements.forget(userId);
    });
  }

  private void useTicket(String ticket) {
    if (!tickets.use(ticket)) {
      throw ApiException.invalid("ticket", "微信登录已过期，请重新打开小程序");
    }
  }

  /** Two calls binding the same WeChat user or account at once: the database lets one win. */
  private static Accounts.Session refusingRaces(java.util.function.Supplier<Accounts.Session> binding) {
    try {
      return binding.get();
    } catch (DuplicateKeyException raced) {
      throw ApiException.conflict("该微信或账号正在另一处绑定，请重试");
    }
  }

  private String openidOfTicket(String ticket) {
    return tickets.openid(ticket).orElseThrow(() -> ApiException.invalid("ticket", "微信登录已过期，请重新打开小程序"));
  }

  private String openidOf(String code) {
    try {
      String openid = service().getUserService().getSessionInfo(code).getOpenid();
      if (openid == null || openid.isBlank()) {
        throw WechatFailures.unavailable();
      }
      return openid;
    } catch (WxErrorException failure) {
      throw WechatFailures.forCode("code", failure);
    } catch (WxRuntimeException failure) {
      throw WechatFailures.unavailable();
    }
  }

  private String phoneOf(String phoneCode) {
    WxMaPhoneNumberInfo info;
    try {
      info = service().getUserService().getPhoneNumber(phoneCode);
    } catch (WxErrorException failure) {
      throw WechatFailures.forCode("phoneCode", failure);
    } catch (WxRuntimeException failure) {
      throw WechatFailures.unavailable();
    }
    if (info == null || info.getPurePhoneNumber() == null) {
      throw WechatFailures.unavailable();
    }
    if (!"86".equals(info.getCountryCode())) {
      throw ApiException.invalid("phoneCode", "仅支持中国大陆手机号，请用短信验证码登录");
    }
    return PhoneNumbers.normalize("phoneCode", info.getPurePhoneNumber());
  }

  private WxMaService service() {
    WxMaService service = wechat.getIfAvailable();
    if (service == null) {
      throw ApiException.notFound("本服务未启用微信登录，请用短信验证码登录");
    }
    return service;
  }

  /** Logged in ({@code session}), or a ticket to prove the phone with. */
  record Outcome(Accounts.Session session, String ticket, Instant ticketExpiresAt) {

    static Outcome loggedIn(Accounts.Session session) {
      return new Outcome(session, null, null);
    }

    static Outcome phoneRequired(String ticket, Instant expiresAt) {
      return new Outcome(null, ticket, expiresAt);
    }
  }
}
