package cn.campus.repair.sms;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.sms.v20210111.SmsClient;
import com.tencentcloudapi.sms.v20210111.models.SendSmsRequest;
import com.tencentcloudapi.sms.v20210111.models.SendSmsResponse;
import com.tencentcloudapi.sms.v20210111.models.SendStatus;

/** Sends through Tencent Cloud SMS ({@code SendSms}, API version 2021-01-11). */
public class TencentSmsSender implements SmsSender {

  private static final String DEFAULT_ENDPOINT = "sms.tencentcloudapi.com";
  private static final String DEFAULT_REGION = "ap-guangzhou";
  private static final String MAINLAND = "+86";
  private static final String SENT = "Ok";
  // The SDK gives no code when the failure is on our side of the wire (refused, timed out, ...).
  private static final String NO_ANSWER = "ClientSideError";
  private static final int TIMEOUT_SECONDS = 10;

  private final SmsProperties properties;
  private final String sdkAppId;
  private final SmsClient client;

  public TencentSmsSender(SmsProperties properties) {
    SmsProperties.Tencent tencent = properties.tencent();
    if (tencent == null) {
      throw new IllegalStateException(
          "repair.sms.provider=tencent needs repair.sms.tencent.*; set TENCENT_SMS_SECRET_ID, "
              + "TENCENT_SMS_SECRET_KEY and TENCENT_SMS_SDK_APP_ID");
    }
    // Checked here rather than on first send, so a production start without the secrets fails
    // at once instead of after the first user asks for a login code.
    requireSet(tencent.secretId(), "repair.sms.tencent.secret-id", "TENCENT_SMS_SECRET_ID");
    requireSet(tencent.secretKey(), "repair.sms.tencent.secret-key", "TENCENT_SMS_SECRET_KEY");
    requireSet(tencent.sdkAppId(), "repair.sms.tencent.sdk-app-id", "TENCENT_SMS_SDK_APP_ID");
    this.properties = properties;
    this.sdkAppId = tencent.sdkAppId();
    this.client = new SmsClient(
        new Credential(tencent.secretId(), tencent.secretKey()),
        isBlank(tencent.region()) ? DEFAULT_REGION : tencent.region(),
        clientProfile(tencent.endpoint()));
  }

  @Override
  public void send(SmsMessage message) {
    SendSmsRequest request = new SendSmsRequest();
    request.setPhoneNumberSet(new String[] {MAINLAND + message.phone()});
    request.setSmsSdkAppId(sdkAppId);
    request.setSignName(properties.signName());
    request.setTemplateId(tencentTemplateId(message.template()));
    request.setTemplateParamSet(message.params().toArray(String[]::new));

    SendSmsResponse response;
    try {
      response = client.SendSms(request);
    } catch (TencentCloudSDKException e) {
      String code = isBlank(e.getErrorCode()) ? NO_ANSWER : e.getErrorCode();
      String reason = isBlank(e.getMessage()) && e.getCause() != null
          ? e.getCause().toString()
          : e.getMessage();
      throw new SmsDeliveryException(code, reason, e);
    }
    // A request the API accepts can still be refused per number (daily limit, bad number, ...);
    // that refusal is only in the status of that number.
    SendStatus[] statuses = response.getSendStatusSet();
    if (statuses == null || statuses.length == 0) {
      throw new SmsDeliveryException(
          "EmptySendStatusSet", "no status for the number, RequestId " + response.getRequestId());
    }
    for (SendStatus status : statuses) {
      if (!SENT.equalsIgnoreCase(status.getCode())) {
        throw new SmsDeliveryException(status.getCode(), status.getMessage());
      }
    }
  }

  private String tencentTemplateId(String name) {
    String id = properties.template(name).tencentId();
    if (isBlank(id)) {
      throw new IllegalStateException(
          "SMS template " + name + " has no Tencent template id (repair.sms.templates."
              + name + ".tencent-id)");
    }
    return id;
  }

  // An endpoint written as http://host:port points the client at a local stand-in (tests, a
  // gateway inside the network); everything else is the real service over https.
  private static ClientProfile clientProfile(String endpoint) {
    HttpProfile http = new HttpProfile();
    String configured = isBlank(endpoint) ? DEFAULT_ENDPOINT : endpoint.trim();
    if (configured.startsWith(HttpProfile.REQ_HTTP)) {
      http.setProtocol(HttpProfile.REQ_HTTP);
      configured = configured.substring(HttpProfile.REQ_HTTP.length());
    } else if (configured.startsWith(HttpProfile.REQ_HTTPS)) {
      configured = configured.substring(HttpProfile.REQ_HTTPS.length());
    }
    if (configured.endsWith("/")) {
      configured = configured.substring(0, configured.length() - 1);
    }
    http.setEndpoint(configured);
    // A person waits for their login code; a hanging provider must fail fast so they can retry.
    http.setConnTimeout(TIMEOUT_SECONDS);
    http.setReadTimeout(TIMEOUT_SECONDS);
    http.setWriteTimeout(TIMEOUT_SECONDS);
    ClientProfile profile = new ClientProfile();
    profile.setHttpProfile(http);
    return profile;
  }

  private static void requireSet(String value, String property, String environmentVariable) {
    if (isBlank(value)) {
      throw new IllegalStateException(
          "repair.sms.provider=tencent but " + property + " is empty; set " + environmentVariable);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
