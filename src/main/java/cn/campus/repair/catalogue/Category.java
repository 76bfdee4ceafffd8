package cn.campus.repair.catalogue;

/**
 * A repair category: its code (what requests and workers' specialties store), name, icon (a short
 * symbol the mini program shows), the hotline to call for it, its place in the list ({@code order},
 * ascending) and whether it is offered ({@code active}; a retired one keeps its name on old requests).
 */
public record Category(String code, String name, String icon, String hotline, int order, boolean active) {}
