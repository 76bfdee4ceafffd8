package cn.campus.repair.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TencentSmsSenderTest {

  private static final String SECRET_ID = "AKIDstubsecretid";

  private TencentSmsStub stub;
  private TencentSmsSender sender;

  @BeforeEach
  void startStub() {
    stub = TencentSmsStub.start();
    sender = new TencentSmsSender(properties(
        new SmsProperties.Tencent(SECRET_ID, "stub-secret-key", "1400000001", "ap-guangzhou",
            stub.endpoint())));
  }

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void sendsTheMainlandNumberTemplateIdParamsSignAndAppToSendSms() {
    sender.send(new SmsMessage(
        "13800138000", "REQUEST_ACCEPTED", List.of("W007", "张师傅", "13900139000")));

    assertThat(stub.received()).singleElement().satisfies(request -> {
      assertThat(request.action()).isEqualTo("SendSms");
      assertThat(request.authorization())
          .startsWith("TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/");
      assertThat(request.phoneNumberSet()).containsExactly("+8613800138000");
      assertThat(request.templateId()).isEqualTo("215094");
      assertThat(request.templateParamSet()).containsExactly("W007", "张师傅", "13900139000");
      assertThat(request.signName()).isEqualTo("后勤报修");
      assertThat(request.smsSdkAppId()).isEqualTo("1400000001");
    });
  }

  @Test
  void perNumberLimitIsADeliveryFailure() {
    stub.answer(TencentSmsStub.Mode.PHONE_DAILY_LIMIT);

    assertThatThrownBy(() -> sender.send(loginCode()))
        .isInstanceOfSatisfying(SmsDeliveryException.class,
            e -> assertThat(e.code()).isEqualTo("LimitExceeded.PhoneNumberDailyLimit"))
        .hasMessageContaining("exceeds the upper limit");
  }

  @Test
  void apiErrorIsADeliveryFailureWithTheApiCode() {
    stub.answer(TencentSmsStub.Mode.AUTH_FAILURE);

    assertThatThrownBy(() -> sender.send(loginCode()))
        .isInstanceOfSatisfying(SmsDeliveryException.class,
            e -> assertThat(e.code()).isEqualTo("AuthFailure.SecretIdNotFound"))
        .hasMessageContaining("SecretId is not found");
  }

  @Test
  void unreachableEndpointIsADeliveryFailure() {
    stub.close();

    assertThatThrownBy(() -> sender.send(loginCode()))
        .isInstanceOfSatisfying(SmsDeliveryException.class,
            e -> assertThat(e.code()).isEqualTo("ClientSideError"))
        .hasMessageContaining("127.0.0.1");
  }

  @Test
  void sendsAgainOnceTheStubRecovers() {
    stub.failNext(2, TencentSmsStub.Mode.AUTH_FAILURE);

    assertThatThrownBy(() -> sender.send(loginCode())).isInstanceOf(SmsDeliveryException.class);
    assertThatThrownBy(() -> sender.send(loginCode())).isInstanceOf(SmsDeliveryException.class);
    assertThatCode(() -> sender.send(loginCode())).doesNotThrowAnyException();
    assertThat(stub.received()).hasSize(3);
  }

  @Test
  void templateWithoutTencentIdIsRefusedBeforeAnythingIsSent() {
    SmsMessage noTencentId = new SmsMessage("13800138000", "TASK_ASSIGNED", List.of("R1", "A栋"));

    assertThatThrownBy(() -> sender.send(noTencentId))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TASK_ASSIGNED");
    assertThat(stub.received()).isEmpty();
  }

  @Test
  void missingCredentialsFailAtConstruction() {
    String endpoint = stub.endpoint();
    assertThatThrownBy(() -> new TencentSmsSender(properties(
            new SmsProperties.Tencent("", "key", "1400000001", "ap-guangzhou", endpoint))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TENCENT_SMS_SECRET_ID");
    assertThatThrownBy(() -> new TencentSmsSender(properties(
            new SmsProperties.Tencent(SECRET_ID, " ", "1400000001", "ap-guangzhou", endpoint))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TENCENT_SMS_SECRET_KEY");
    assertThatThrownBy(() -> new TencentSmsSender(properties(
            new SmsProperties.Tencent(SECRET_ID, "key", null, "ap-guangzhou", endpoint))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TENCENT_SMS_SDK_APP_ID");
    assertThatThrownBy(() -> new TencentSmsSender(properties(null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TENCENT_SMS_SECRET_ID");
  }

  private static SmsMessage loginCode() {
    return new SmsMessage("13800138000", "LOGIN_CODE", List.of("246810"));
  }

  private static SmsProperties properties(SmsProperties.Tencent tencent) {
    return new SmsProperties("tencent", "后勤报修", Map.of(
        "LOGIN_CODE", new SmsProperties.Template("100001", "验证码为：{1}"),
        "TASK_ASSIGNED", new SmsProperties.Template("", "单号{1}，地点：{2}"),
        "REQUEST_ACCEPTED", new SmsProperties.Template("215094", "工号{1}，姓名{2}，电话{3}")),
        tencent);
  }
}
