package cn.campus.repair.wechat;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Both {@code repair.wechat.app-id} and {@code repair.wechat.secret} are set. */
class WechatConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return !WechatProperties.blank(context.getEnvironment().getProperty("repair.wechat.app-id"))
        && !WechatProperties.blank(context.getEnvironment().getProperty("repair.wechat.secret"));
  }
}
