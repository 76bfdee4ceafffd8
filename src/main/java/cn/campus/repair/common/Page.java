package cn.campus.repair.common;

import java.util.List;

/**
 * One page of a list. {@code total} is exact up to a cap; beyond it {@code totalCapped} is true and
 * {@code total} is the cap, so a list of a million finished requests is not counted on every call.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

  public Page(List<T> items, int page, int size, long total) {
    this(items, page, size, total, false);
  }
}
