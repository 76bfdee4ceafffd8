package cn.campus.repair.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.campus.repair.sms.OutgoingSms;
import cn.campus.repair.sms.SmsMessage;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** The step's 通知渠道: a WeChat subscribe message may go instead, unless the step says SMS only. */
class SendSmsDelegateTest {

  private final RequestNotifications notifications = mock(RequestNotifications.class);
  private final OutgoingSms outgoing = mock(OutgoingSms.class);
  private final SmsMessage message = new SmsMessage("13700000001", "REQUEST_REJECTED", List.of("BX1"));

  @Test
  void aStepWithoutAChannelLetsTheRuleChoose() throws Exception {
    new SendSmsDelegate(notifications, outgoing).execute(step(null));

    verify(outgoing).send(eq("act-1:13700000001"), eq("100001"), eq(message));
    verify(outgoing, never()).sendBySms(any(), any(), any());
  }

  @Test
  void aStepSayingSmsSendsAnSmsWhateverThePersonAgreedTo() throws Exception {
    new SendSmsDelegate(notifications, outgoing).execute(step("sms"));

    verify(outgoing).sendBySms(eq("act-1:13700000001"), eq("100001"), eq(message));
    verify(outgoing, never()).send(any(), any(), any());
  }

  private DelegateExecution step(String channel) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("smsTemplate")).thenReturn("REQUEST_REJECTED");
    when(execution.getVariable("smsRecipient")).thenReturn("requester");
    when(execution.getVariableLocal("smsChannel")).thenReturn(channel);
    when(execution.getProcessBusinessKey()).thenReturn("100001");
    when(execution.getActivityInstanceId()).thenReturn("act-1");
    when(notifications.compose("100001", "REQUEST_REJECTED", "requester")).thenReturn(List.of(message));
    return execution;
  }
}
