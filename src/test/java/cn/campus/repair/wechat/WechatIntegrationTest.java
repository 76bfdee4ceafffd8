package cn.campus.repair.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with WeChat configured, talking to one {@link WechatStub} for every test of this
 * context: WxJava points at it through {@code repair.wechat.api-host}. The four subscribe messages
 * have template ids; WeChat's "system busy" is retried in-call with short pauses.
 */
public abstract class WechatIntegrationTest extends IntegrationTest {

  public static final String ACCEPTED = "tpl-request-accepted";
  public static final String COMPLETED = "tpl-repair-completed";
  public static final String REJECTED = "tpl-request-rejected";
  public static final String ASSIGNED = "tpl-task-assigned";

  public static final WechatStub WECHAT = WechatStub.start();

  @DynamicPropertySource
  static void wechat(DynamicPropertyRegistry registry) {
    registry.add("repair.wechat.app-id", () -> "wxstub0123456789");
    registry.add("repair.wechat.secret", () -> "stub-secret");
    registry.add("repair.wechat.api-host", WECHAT::apiHost);
    registry.add("repair.wechat.busy-retry-pause", () -> "PT0.05S");
    registry.add("repair.wechat.messages.REQUEST_ACCEPTED.template-id", () -> ACCEPTED);
    registry.add("repair.wechat.messages.REPAIR_COMPLETED.template-id", () -> COMPLETED);
    registry.add("repair.wechat.messages.REQUEST_REJECTED.template-id", () -> REJECTED);
    registry.add("repair.wechat.messages.TASK_ASSIGNED.template-id", () -> ASSIGNED);
  }

  @BeforeEach
  void resetWechat() {
    WECHAT.reset();
  }

  protected static String newOpenid() {
    return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
  }

  /** The mini program's start: wx.login's code for {@code openid}, sent to the server. */
  protected ApiResponse silentLogin(String openid) {
    String code = "code-" + UUID.randomUUID();
    WECHAT.code(code, openid);
    return api.post("/api/auth/wechat", null, Map.of("code", code));
  }

  /** A first start with the phone number button: the openid bound to the phone's account. */
  protected ApiResponse bindByButton(String openid, String phone) {
    ApiResponse first = expect(200, silentLogin(openid));
    assertThat(first.body().path("bound").asBoolean()).as(first.toString()).isFalse();
    String phoneCode = "phone-" + UUID.randomUUID();
    WECHAT.phoneCode(phoneCode, phone);
    return api.post("/api/auth/wechat/bind", null, Map.of("ticket", first.text("ticket"), "phoneCode", phoneCode));
  }

  /** A student who logged in from WeChat (bound) and agreed to the subscribe messages of {@code templateIds}. */
  protected WechatPerson wechatStudent(String... templateIds) {
    String openid = newOpenid();
    ApiResponse bound = expect(200, bindByButton(openid, newPhone()));
    Person person = new Person(bound.body().path("user").path("id").asText(),
        bound.body().path("user").path("phone").asText(), bound.text("token"));
    agree(person, templateIds);
    return new WechatPerson(person, openid);
  }

  protected void agree(Person person, String... templateIds) {
    if (templateIds.length == 0) {
      return;
    }
    Map<String, String> results = new java.util.LinkedHashMap<>();
    for (String id : templateIds) {
      results.put(id, "accept");
    }
    expect(200, api.post("/api/me/wechat/subscriptions", person.token(), Map.of("results", results)));
  }

  protected record WechatPerson(Person person, String openid) {}
}
