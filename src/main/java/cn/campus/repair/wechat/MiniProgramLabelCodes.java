package cn.campus.repair.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.places.LabelCodes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Labels with WeChat mini program codes (getUnlimitedQRCode) instead of plain QR codes, when WeChat
 * is configured: scanned with WeChat, the code opens the report page with {@code scene} = {@code
 * r=<room id>} (or {@code a=<asset id>}), which the page reads as it reads a plain label's link.
 * A scene's code never changes, so codes are kept once fetched: a sheet of a building's rooms asks
 * WeChat once per room, not once per print.
 */
@Component
@Primary
@Conditional(WechatConfigured.class)
class MiniProgramLabelCodes implements LabelCodes {

  /** WeChat draws codes 280 to 1280 pixels wide. */
  private static final int NARROWEST = 280;
  private static final int WIDEST = 1280;
  private static final int NATURAL = 430;
  private static final int KEPT = 2000;

  private final WxMaService wechat;
  private final WechatProperties properties;
  private final Map<String, byte[]> fetched = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      return size() > KEPT;
    }
  };

  MiniProgramLabelCodes(WxMaService wechat, WechatProperties properties) {
    this.wechat = wechat;
    this.properties = properties;
  }

  @Override
  public String payload(LabelTarget target) {
    return (target.kind() == LabelTarget.Kind.ROOM ? "r=" : "a=") + target.id();
  }

  @Override
  public BufferedImage image(LabelTarget target, int pixels) {
    int width = pixels == 0 ? NATURAL : Math.max(NARROWEST, Math.min(WIDEST, pixels));
    String key = payload(target) + "@" + width;
    byte[] png;
    synchronized (fetched) {
      png = fetched.get(key);
    }
    if (png == null) {
      png = fetch(payload(target), width);
      synchronized (fetched) {
        fetched.put(key, png);
      }
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw unavailable();
      }
      return image;
    } catch (IOException unreadable) {
      throw unavailable();
    }
  }

  private byte[] fetch(String scene, int width) {
    try {
      // checkPath off: a page of a version not yet released (trial, develop) still gets its code.
      return wechat.getQrcodeService().createWxaCodeUnlimitBytes(
          scene, properties.codePage(), false, properties.codeEnvVersion(), width, false, null, false);
    } catch (WxErrorException | WxRuntimeException failure) {
      throw unavailable();
    }
  }

  private static ApiException unavailable() {
    return new ApiException(HttpStatus.BAD_GATEWAY, "微信小程序码暂时无法生成，请稍后再试");
  }
}
