/**
 * WeChat-native: silent login with {@code wx.login} (the openid bound to an account), binding by
 * WeChat's phone number button or an SMS code, subscribe messages as a channel of the SMS queue
 * where the person agreed to one, and mini program codes on place labels. Talks to WeChat through
 * WxJava; everything is off, and the service runs on SMS and plain QR codes, until the app id and
 * secret are configured.
 */
package cn.campus.repair.wechat;
