package cn.campus.repair.attachment;

import java.time.Instant;

public record Attachment(
    String id, String ownerId, String contentType, long size, String storageName, Instant createdAt) {}
