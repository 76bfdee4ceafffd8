package cn.campus.repair.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Without an app id and secret the service runs without WeChat and says so once; the prod profile
 * refuses one without the other.
 */
@ExtendWith(OutputCaptureExtension.class)
class WechatConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(WechatConfiguration.class, WechatProductionGuard.class);

  @Test
  void withoutAppIdAndSecretWechatIsOffAndTheLogSaysSoOnce(CapturedOutput output) {
    context.run(started -> {
      assertThat(started).hasNotFailed().doesNotHaveBean(WxMaService.class);
      assertThat(started.getBean(WechatConfiguration.WechatMode.class).enabled()).isFalse();
    });
    assertThat(output.getOut().split("WeChat is off", -1)).hasSize(2);
  }

  @Test
  void prodRefusesHalfAConfiguration() {
    context.withPropertyValues("spring.profiles.active=prod", "repair.wechat.app-id=wx0123456789")
        .run(started -> assertThat(started).hasFailed().getFailure()
            .rootCause().hasMessageContaining("WECHAT_APP_SECRET"));
    context.withPropertyValues("spring.profiles.active=prod", "repair.wechat.secret=s3cret")
        .run(started -> assertThat(started).hasFailed());
  }

  @Test
  void prodRefusesASubscribeMessageWithoutFields() {
    context.withPropertyValues("spring.profiles.active=prod", "repair.wechat.app-id=wx0123456789",
            "repair.wechat.secret=s3cret", "repair.wechat.messages.REQUEST_ACCEPTED.template-id=tpl")
        .run(started -> assertThat(started).hasFailed().getFailure()
            .rootCause().hasMessageContaining("repair.wechat.messages.REQUEST_ACCEPTED.fields"));
  }

  @Test
  void outsideProdHalfAConfigurationRunsWithoutWechatAndWarns(CapturedOutput output) {
    context.withPropertyValues("repair.wechat.app-id=wx0123456789")
        .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(WxMaService.class));
    assertThat(output.getOut()).contains("only one of WECHAT_APP_ID and WECHAT_APP_SECRET");
  }
}
