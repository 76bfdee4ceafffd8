package cn.campus.repair.support;

import cn.campus.repair.sms.SmsMessage;
import cn.campus.repair.sms.SmsSender;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sender the test context uses: the real local outbox by default; a test may route messages
 * to another real sender (the Tencent one against its local stub) and back.
 */
public class SwitchableSmsSender implements SmsSender {

  private final SmsSender outbox;
  private final AtomicReference<SmsSender> current;

  public SwitchableSmsSender(SmsSender outbox) {
    this.outbox = outbox;
    this.current = new AtomicReference<>(outbox);
  }

  @Override
  public void send(SmsMessage message) {
    current.get().send(message);
  }

  public void routeTo(SmsSender sender) {
    current.set(sender);
  }

  public void reset() {
    current.set(outbox);
  }
}
