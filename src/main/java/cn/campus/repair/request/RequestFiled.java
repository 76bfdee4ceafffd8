package cn.campus.repair.request;

/**
 * A request's row was written, in the transaction that files it (listeners that keep numbers about
 * requests count it there, so the count commits with the request or not at all).
 */
public record RequestFiled(String requestId) {}
