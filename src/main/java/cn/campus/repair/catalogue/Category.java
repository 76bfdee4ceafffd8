package cn.campus.repair.catalogue;

/**
 * A repair category: its code (what requests and workers' specialties store), name, icon (the name
 * of the TDesign icon the mini program shows, such as {@code lightbulb}; an emoji stored before that
 * is shown as the nearest icon), the hotline to call for it, its place in the list ({@code order},
 * ascending), whether it is offered ({@code active}; a retired one keeps its name on old requests),
 * and whether a report in it is urgent unless the requester says otherwise ({@code urgentByDefault}:
 * a leak, a power cut), which the service-level table reads for its deadlines; and whether a fault
 * in it affects a whole building ({@code buildingWide}: hot water, a power cut), so that reports of it
 * anywhere in the building are the same fault.
 */
public record Category(
    String code, String name, String icon, String hotline, int order, boolean active, boolean urgentByDefault,
    boolean buildingWide) {}
