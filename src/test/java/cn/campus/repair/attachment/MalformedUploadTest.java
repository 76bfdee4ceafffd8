package cn.campus.repair.attachment;

import static cn.campus.repair.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.RawHttp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads whose multipart envelope is broken are refused as 400 and store nothing. */
class MalformedUploadTest extends IntegrationTest {

  private static final String BOUNDARY = "----repair-boundary-7MA4YWxkTrZu0gW";

  @Autowired
  private JdbcClient jdbc;

  private RawHttp raw;
  private Person student;

  @BeforeEach
  void student() {
    raw = new RawHttp(port);
    student = newStudent();
  }

  @Test
  void multipartWithoutABoundaryIs400() {
    assertProblem(400, upload("multipart/form-data", envelope("photo.png", AttachmentApiTest.PNG)));
    assertNothingStored();
  }

  @Test
  void aTruncatedUploadIs400() {
    byte[] whole = envelope("photo.png", AttachmentApiTest.PNG);
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    // Cut short with the length of the whole announced: the connection ends mid-body.
    assertProblem(400, raw.send("POST", "/api/attachments", Map.of(
        "Authorization", "Bearer " + student.token(),
        "Content-Type", "multipart/form-data; boundary=" + BOUNDARY,
        "Content-Length", Integer.toString(whole.length)), cut));
    // Cut short with its own length: the closing boundary never comes.
    assertProblem(400, upload("multipart/form-data; boundary=" + BOUNDARY, cut));
    assertNothingStored();
  }

  @Test
  void aNulInTheFileNameIs400() {
    assertProblem(400, upload("multipart/form-data; boundary=" + BOUNDARY, envelope("photo\0.png", AttachmentApiTest.PNG)));
    assertNothingStored();
  }

  private cn.campus.repair.support.ApiResponse upload(String contentType, byte[] body) {
    return raw.send("POST", "/api/attachments",
        Map.of("Authorization", "Bearer " + student.token(), "Content-Type", contentType), body);
  }

  private static byte[] envelope(String filename, byte[] content) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
        + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private void assertNothingStored() {
    assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE owner_id = :owner")
        .param("owner", student.id()).query(Long.class).single()).isZero();
  }
}
