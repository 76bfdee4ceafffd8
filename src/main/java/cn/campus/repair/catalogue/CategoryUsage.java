package cn.campus.repair.catalogue;

/**
 * Something that keeps category codes (requests, workers' specialties): a code one of them uses can
 * be retired but not deleted. Features that keep codes provide one as a bean.
 */
public interface CategoryUsage {

  /** Whether anything of this feature keeps {@code code}. */
  boolean uses(String code);
}
