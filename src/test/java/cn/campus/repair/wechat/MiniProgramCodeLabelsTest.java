package cn.campus.repair.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.Campus;
import cn.campus.repair.support.Problems;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * With WeChat configured, a label carries the mini program code WeChat drew for the room (the stub
 * draws a QR code of the scene, so the test can read what WeChat was asked for), opening the report
 * page with the room in {@code scene}.
 */
class MiniProgramCodeLabelsTest extends WechatIntegrationTest {

  @Test
  void aRoomsLabelIsAMiniProgramCodeOpeningTheReportAtThatRoom() throws Exception {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String room = campus.newRoom();

    byte[] png = api.download("/api/places/rooms/" + room + "/qr.png?size=300", admin);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(300);
    assertThat(decode(image)).isEqualTo("r=" + room);
    assertThat(WECHAT.codes()).singleElement().satisfies(code -> {
      assertThat(code.scene()).isEqualTo("r=" + room);
      assertThat(code.page()).isEqualTo("pages/user/report/report");
      assertThat(code.width()).isEqualTo(300);
      assertThat(code.envVersion()).isEqualTo("release");
    });

    api.download("/api/places/rooms/" + room + "/qr.png?size=300", admin);
    assertThat(WECHAT.codes()).as("a scene's code is fetched once").hasSize(1);
  }

  @Test
  void aBuildingsSheetAsksWechatOncePerRoom() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    campus.room(building, "101");
    campus.room(building, "102");

    byte[] pdf = api.download("/api/places/buildings/" + building + "/labels.pdf", admin);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(WECHAT.codes()).hasSize(2).allMatch(code -> code.scene().startsWith("r="));
  }

  @Test
  void labelsStayForAdmins() {
    Problems.assertProblem(403, api.get("/api/places/rooms/1/qr.png", newStudent().token()));
  }

  private static String decode(BufferedImage image) throws Exception {
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }
}
