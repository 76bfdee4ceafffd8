package cn.campus.repair.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AttachmentApiTest extends IntegrationTest {

  static final byte[] PNG = HexFormat.of().parseHex(
      "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63f8cf000003010100"
          + "c9fe92ef0000000049454e44ae426082");

  @Test
  void typeIsDecidedByTheBytesNotTheName() {
    Person student = newStudent();
    ApiResponse png = expect(201, api.upload(student.token(), "photo.txt", PNG, MediaType.TEXT_PLAIN));
    assertThat(png.text("contentType")).isEqualTo("image/png");
    assertThat(png.body().path("size").asLong()).isEqualTo(PNG.length);

    ApiResponse fake = api.upload(student.token(), "photo.jpg", "not an image".getBytes(StandardCharsets.UTF_8), MediaType.IMAGE_JPEG);
    assertThat(fake.status()).isEqualTo(415);
  }

  @Test
  void moreThanTenMegabytesIs413() {
    Person student = newStudent();
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    assertThat(api.upload(student.token(), "big.png", big, MediaType.IMAGE_PNG).status()).isEqualTo(413);
  }

  @Test
  void onlyThePartiesAndAdminsReadAnAttachment() {
    Person student = newStudent();
    Person stranger = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String attachment = expect(201, api.upload(student.token(), "leak.png", PNG, MediaType.IMAGE_PNG)).text("id");
    ApiResponse created = expect(201, api.post("/api/requests", student.token(), Map.of(
        "categoryCode", "WATER_ELECTRIC", "description", "漏水", "location", Map.of("building", "7号楼"),
        "attachmentIds", List.of(attachment))));
    assertThat(created.body().path("attachments").path(0).path("id").asText()).isEqualTo(attachment);

    assertThat(api.download("/api/attachments/" + attachment, student.token())).isEqualTo(PNG);
    assertThat(api.download("/api/attachments/" + attachment, adminToken())).isEqualTo(PNG);
    assertThat(api.get("/api/attachments/" + attachment, stranger.token()).status()).isEqualTo(403);
    assertThat(api.get("/api/attachments/" + attachment, worker.token()).status()).isEqualTo(403);

    String admin = adminToken();
    expect(200, api.post("/api/requests/" + created.text("id") + "/review", admin, Map.of("decision", "ACCEPT")));
    expect(200, api.post("/api/requests/" + created.text("id") + "/assign", admin, Map.of("workerId", worker.id())));
    assertThat(api.download("/api/attachments/" + attachment, worker.token())).isEqualTo(PNG);
    assertThat(api.get("/api/attachments/unknown-id", student.token()).status()).isEqualTo(404);
  }

  @Test
  void someoneElsesUploadCannotBeAttached() {
    Person owner = newStudent();
    Person other = newStudent();
    String attachment = expect(201, api.upload(owner.token(), "a.png", PNG, MediaType.IMAGE_PNG)).text("id");
    ApiResponse refused = api.post("/api/requests", other.token(), Map.of(
        "categoryCode", "OTHER", "description", "x", "location", Map.of("building", "1号楼"),
        "attachmentIds", List.of(attachment)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fieldInError()).isEqualTo("attachmentIds");
  }
}
