package cn.campus.repair.common;

/** The contract's paging rules for every list: {@code page} from 0, {@code size} 1 to 100. */
public final class Paging {

  public static final int MAX_SIZE = 100;

  private Paging() {}

  public static void check(int page, int size) {
    if (page < 0) {
      throw ApiException.invalid("page", "页码不能小于0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.invalid("size", "每页条数为1到100");
    }
  }

  /** How many items come before the page: a long, since page × size of two ints may not fit an int. */
  public static long offset(int page, int size) {
    return (long) page * size;
  }
}
