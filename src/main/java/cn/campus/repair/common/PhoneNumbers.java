package cn.campus.repair.common;

import cn.campus.repair.common.ApiException;
import java.util.regex.Pattern;

/** Mainland mobile numbers: 11 digits starting with 1; a leading +86 is accepted and dropped. */
public final class PhoneNumbers {

  private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

  private PhoneNumbers() {}

  /** The 11-digit form, or a 400 naming {@code field}. */
  public static String normalize(String field, String raw) {
    String phone = raw == null ? "" : raw.replaceAll("[\\s-]", "");
    if (phone.startsWith("+86")) {
      phone = phone.substring(3);
    }
    if (!MOBILE.matcher(phone).matches()) {
      throw ApiException.invalid(field, "请输入11位手机号");
    }
    return phone;
  }

  public static String mask(String phone) {
    return phone == null || phone.length() != 11 ? phone : phone.substring(0, 3) + "****" + phone.substring(7);
  }
}
