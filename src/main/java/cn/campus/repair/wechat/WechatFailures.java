package cn.campus.repair.wechat;

import cn.campus.repair.common.ApiException;
import me.chanjar.weixin.common.error.WxErrorException;
import org.springframework.http.HttpStatus;

/** What a person is told when WeChat refused or failed a call made for them. */
final class WechatFailures {

  /** code2Session: the wx.login code is wrong, used or expired. */
  static final int INVALID_CODE = 40029;
  /** code2Session: the same code used twice. */
  static final int CODE_USED = 40163;
  /** Too many calls. */
  static final int RATE_LIMITED = 45011;

  private WechatFailures() {}

  static ApiException forCode(String field, WxErrorException failure) {
    int code = failure.getError().getErrorCode();
    if (code == INVALID_CODE || code == CODE_USED) {
      return ApiException.invalid(field, "微信登录凭证无效或已过期，请重试");
    }
    if (code == RATE_LIMITED) {
      return ApiException.tooManyRequests("微信登录过于频繁，请稍后再试", 60);
    }
    return unavailable();
  }

  static ApiException unavailable() {
    return new ApiException(HttpStatus.BAD_GATEWAY, "微信服务暂时不可用，请稍后再试或使用短信验证码登录");
  }
}
