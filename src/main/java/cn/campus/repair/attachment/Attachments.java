package cn.campus.repair.attachment;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Times;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/** Storing, finding and guarding uploads. */
@Service
public class Attachments {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  private static final int SNIFF_BYTES = 64 * 1024;

  private final JdbcClient jdbc;
  private final AttachmentTypes types;
  private final Path directory;

  Attachments(JdbcClient jdbc, AttachmentTypes types, @Value("${repair.attachments.directory}") Path directory)
      throws IOException {
    this.jdbc = jdbc;
    this.types = types;
    this.directory = Files.createDirectories(directory.toAbsolutePath().normalize());
  }

  Attachment store(String ownerId, MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalid("file", "请选择要上传的文件");
    }
    if (file.getSize() > MAX_BYTES) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "文件不能超过10MB");
    }
    String contentType = types.detect(head(file)).orElseThrow(() -> new ApiException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "只支持 JPEG、PNG、WebP 图片和 MP3、AAC/M4A、WAV 语音"));
    String id = UUID.randomUUID().toString();
    Path target = directory.resolve(id);
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Attachment attachment = new Attachment(id, ownerId, contentType, file.getSize(), id, Instant.now());
    try {
      remember(attachment);
    } catch (RuntimeException failure) {
      // No row, no upload: a file nobody can name is not left behind (the database may be away).
      deleteQuietly(target, failure);
      throw failure;
    }
    return attachment;
  }

  private void remember(Attachment attachment) {
    jdbc.sql("""
            INSERT INTO attachment (id, owner_id, content_type, size_bytes, storage_name, created_at)
            VALUES (:id, :owner, :type, :size, :storage, :at)""")
        .param("id", attachment.id())
        .param("owner", attachment.ownerId())
        .param("type", attachment.contentType())
        .param("size", attachment.size())
        .param("storage", attachment.storageName())
        .param("at", Times.toDb(attachment.createdAt()))
        .update();
  }

  private static void deleteQuietly(Path file, RuntimeException cause) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  Optional<Attachment> find(String id) {
    return jdbc.sql("SELECT id, owner_id, content_type, size_bytes, storage_name, created_at FROM attachment WHERE id = :id")
        .param("id", id)
        .query((rs, i) -> new Attachment(
            rs.getString("id"),
            rs.getString("owner_id"),
            rs.getString("content_type"),
            rs.getLong("size_bytes"),
            rs.getString("storage_name"),
            Times.fromDb(rs.getTimestamp("created_at"))))
        .optional();
  }

  Path file(Attachment attachment) {
    return directory.resolve(attachment.storageName());
  }

  /** Whether the person is a party (requester or a worker it was given to) of a request using it. */
  boolean isPartyOfRequestUsing(String attachmentId, String personId) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM request_attachment ra JOIN repair_request r ON r.id = ra.request_id
            WHERE ra.attachment_id = :attachment AND (r.requester_id = :person OR EXISTS (
              SELECT 1 FROM request_worker w WHERE w.request_id = r.id AND w.worker_id = :person))""")
        .param("attachment", attachmentId)
        .param("person", personId)
        .query(Long.class)
        .single() > 0;
  }

  /**
   * Checks that every id is the person's own upload not yet used by another request; a 400 naming
   * {@code field} otherwise.
   */
  public void requireUnusedUploadsOf(String ownerId, Collection<String> ids, String field) {
    if (ids.isEmpty()) {
      return;
    }
    List<String> usable = jdbc.sql("""
            SELECT a.id FROM attachment a WHERE a.id IN (:ids) AND a.owner_id = :owner
            AND NOT EXISTS (SELECT 1 FROM request_attachment ra WHERE ra.attachment_id = a.id)""")
        .param("ids", ids)
        .param("owner", ownerId)
        .query(String.class)
        .list();
    if (usable.size() != ids.size()) {
      throw ApiException.invalid(field, "附件不存在、不属于你或已被使用");
    }
  }

  private static byte[] head(MultipartFile file) {
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
