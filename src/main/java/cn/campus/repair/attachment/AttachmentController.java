package cn.campus.repair.attachment;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.common.ApiException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class AttachmentController {

  private final Attachments attachments;

  AttachmentController(Attachments attachments) {
    this.attachments = attachments;
  }

  @PostMapping("/api/attachments")
  @ResponseStatus(HttpStatus.CREATED)
  Uploaded upload(@AuthenticationPrincipal CurrentUser me, @RequestParam(name = "file", required = false) MultipartFile file) {
    Attachment stored = attachments.store(me.id(), file);
    return new Uploaded(stored.id(), stored.contentType(), stored.size());
  }

  @GetMapping("/api/attachments/{id}")
  ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    Attachment attachment = attachments.find(id).orElseThrow(() -> ApiException.notFound("附件不存在"));
    boolean allowed = me.is(Role.ADMIN)
        || attachment.ownerId().equals(me.id())
        || attachments.isPartyOfRequestUsing(id, me.id());
    if (!allowed) {
      throw ApiException.forbidden("无权查看该附件");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.contentType()))
        .contentLength(attachment.size())
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(new FileSystemResource(attachments.file(attachment)));
  }

  record Uploaded(String id, String contentType, long size) {}
}
