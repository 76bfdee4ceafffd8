package cn.campus.repair.request;

/** An entry of a request's history was written, in the transaction that writes it. */
public record RequestHistoryAdded(String requestId, String entryId, String action) {}
