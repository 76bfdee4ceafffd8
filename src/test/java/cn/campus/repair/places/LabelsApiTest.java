package cn.campus.repair.places;

import static cn.campus.repair.places.PlacesApiTest.assertField;
import static cn.campus.repair.places.PlacesApiTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Labels: a code decodes back to its room's link, and a building's sheets hold one label per room. */
class LabelsApiTest extends IntegrationTest {

  @Value("${repair.places.label-link}")
  private String labelLink;

  @Test
  void aRoomsPngDecodesToItsLink() throws Exception {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String room = campus.newRoom();
    String asset = campus.asset(room, "投影仪", "OTHER");

    ResponseEntity<byte[]> png = get("/api/places/rooms/" + room + "/qr.png?size=300", admin);
    assertThat(png.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.getBody()));
    assertThat(image.getWidth()).isGreaterThanOrEqualTo(300);
    assertThat(decode(image)).isEqualTo(labelLink + "/r/" + room);

    byte[] assetPng = get("/api/places/assets/" + asset + "/qr.png", admin).getBody();
    assertThat(decode(ImageIO.read(new ByteArrayInputStream(assetPng)))).isEqualTo(labelLink + "/a/" + asset);
  }

  @Test
  void aBuildingsSheetsHoldEveryRoomTwelveToAnA4Page() throws Exception {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    String buildingName = api.get("/api/places/buildings/" + building, admin).text("name");
    String first = null;
    for (int i = 1; i <= 13; i++) {
      String room = campus.room(building, String.valueOf(100 + i));
      first = first == null ? room : first;
    }
    String retired = campus.room(building, "999");
    expect(200, api.post("/api/places/rooms/" + retired + "/retire", admin, null));

    ResponseEntity<byte[]> pdf = get("/api/places/buildings/" + building + "/labels.pdf", admin);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo(buildingName + "-标签.pdf");
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(buildingName + " 101", buildingName + " 113").doesNotContain(buildingName + " 999");
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      // The first label of the first page, top left.
      BufferedImage label = page.getSubimage(0, 0, page.getWidth() / 3, page.getHeight() / 4);
      assertThat(decode(label)).isEqualTo(labelLink + "/r/" + first);
    }
  }

  @Test
  void labelsAreRefusedForRetiredOrEmptyPlacesAndBadSizes() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    assertRefused(409, api.get("/api/places/buildings/" + building + "/labels.pdf", admin));
    String room = campus.room(building, "101");
    assertField(api.get("/api/places/rooms/" + room + "/qr.png?size=5000", admin), 400, "size");
    assertField(api.get("/api/places/rooms/" + room + "/qr.png?size=abc", admin), 400, "size");
    expect(200, api.post("/api/places/rooms/" + room + "/retire", admin, null));
    assertRefused(409, api.get("/api/places/rooms/" + room + "/qr.png", admin));
    expect(200, api.post("/api/places/buildings/" + building + "/retire", admin, null));
    assertRefused(409, api.get("/api/places/buildings/" + building + "/labels.pdf", admin));
    assertRefused(404, api.get("/api/places/rooms/nope/qr.png", admin));
    assertRefused(404, api.get("/api/places/buildings/nope/labels.pdf", admin));
  }

  private ResponseEntity<byte[]> get(String path, String token) {
    ResponseEntity<byte[]> answer = RestClient.create("http://127.0.0.1:" + port).method(HttpMethod.GET).uri(path)
        .headers(h -> h.setBearerAuth(token)).retrieve().toEntity(byte[].class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    return answer;
  }

  private static String decode(BufferedImage image) throws Exception {
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }
}
