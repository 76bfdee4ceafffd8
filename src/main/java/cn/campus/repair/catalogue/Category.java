package cn.campus.repair.catalogue;

public record Category(String code, String name, String hotline) {}
