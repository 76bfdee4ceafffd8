package cn.campus.repair.catalogue;

/**
 * A repair category. {@code urgentByDefault}: a report in it is urgent unless the requester says
 * otherwise (a leak, a power cut), which the service-level table reads for its deadlines.
 */
public record Category(String code, String name, String hotline, boolean urgentByDefault) {}
