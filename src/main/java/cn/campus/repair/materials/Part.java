package cn.campus.repair.materials;

import java.math.BigDecimal;

/** A catalogue part; {@code retired} parts stay for the requests and movements that name them. */
public record Part(
    String id, String name, String spec, String unit, BigDecimal unitPrice, String category, String shelf,
    int minStock, boolean retired) {

  /** How keepers and workers name it: 阀门 DN20. */
  public String label() {
    return spec.isEmpty() ? name : name + " " + spec;
  }
}
