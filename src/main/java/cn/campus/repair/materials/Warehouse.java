package cn.campus.repair.materials;

/** A store of parts with its own stock and keepers' shelf places. */
public record Warehouse(String id, String name, String location) {}
