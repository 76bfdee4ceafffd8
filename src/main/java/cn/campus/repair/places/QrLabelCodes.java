package cn.campus.repair.places;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Plain QR codes (ZXing) holding a link: {@code <label-link>/r/<room id>} or {@code /a/<asset id>}.
 * Inside the mini program {@code wx.scanCode} reads it; WeChat's own camera opens the mini program
 * for a link whose prefix is registered in the WeChat admin console ("扫普通链接二维码打开小程序").
 * Error correction M survives a scuffed or partly covered label.
 */
@Component
class QrLabelCodes implements LabelCodes {

  private static final Map<EncodeHintType, Object> HINTS = Map.of(
      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
      EncodeHintType.MARGIN, 2,
      EncodeHintType.CHARACTER_SET, "UTF-8");

  private final String link;

  QrLabelCodes(@Value("${repair.places.label-link}") String link) {
    this.link = link.replaceAll("/+$", "");
  }

  @Override
  public String payload(LabelTarget target) {
    return link + (target.kind() == LabelTarget.Kind.ROOM ? "/r/" : "/a/") + target.id();
  }

  @Override
  public BufferedImage image(LabelTarget target, int pixels) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(payload(target), BarcodeFormat.QR_CODE, pixels, pixels, HINTS);
      return MatrixToImageWriter.toBufferedImage(matrix);
    } catch (WriterException tooLong) {
      throw new IllegalStateException("A label link does not fit a QR code: " + payload(target), tooLong);
    }
  }
}
