package cn.campus.repair.attachment;

import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides a file's type from its bytes (Apache Tika's magic numbers), never from its name or the
 * client's Content-Type, and maps it to the few types we accept.
 */
@Component
class AttachmentTypes {

  private static final Map<String, String> ACCEPTED = Map.ofEntries(
      Map.entry("image/jpeg", "image/jpeg"),
      Map.entry("image/png", "image/png"),
      Map.entry("image/webp", "image/webp"),
      Map.entry("audio/mpeg", "audio/mpeg"),
      Map.entry("audio/x-aac", "audio/aac"),
      Map.entry("audio/aac", "audio/aac"),
      Map.entry("audio/mp4", "audio/mp4"),
      Map.entry("audio/x-m4a", "audio/mp4"),
      Map.entry("audio/vnd.wave", "audio/wav"),
      Map.entry("audio/x-wav", "audio/wav"),
      Map.entry("audio/wav", "audio/wav"));

  private final Tika tika = new Tika();

  Optional<String> detect(byte[] head) {
    return Optional.ofNullable(ACCEPTED.get(tika.detect(head)));
  }
}
