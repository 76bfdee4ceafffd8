package cn.campus.repair.places;

import java.awt.image.BufferedImage;

/**
 * The code printed on a place's label. The plain QR code ({@code QrLabelCodes}) carries a link
 * that the mini program reads with {@code wx.scanCode} and WeChat's camera opens the mini program
 * with; a WeChat mini program code (scene {@code r=<room id>}) is another implementation of this
 * interface, declared {@code @Primary} by the feature that talks to WeChat.
 */
public interface LabelCodes {

  /** What the code says for a room or an asset. */
  String payload(LabelTarget target);

  /**
   * The code as an image at least {@code pixels} wide (0: its natural size, which the label sheets
   * scale without smoothing), black on white with its quiet zone.
   */
  BufferedImage image(LabelTarget target, int pixels);

  /** A place a label is printed for: a room or an asset, by id. */
  record LabelTarget(Kind kind, String id) {

    public enum Kind { ROOM, ASSET }
  }
}
