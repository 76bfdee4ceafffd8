package cn.campus.repair.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt of an HMAC-SHA256 of the password keyed with bcrypt's own salt (the scheme of passlib's
 * {@code bcrypt_sha256}). bcrypt reads at most 72 bytes, 24 Chinese characters in UTF-8, and
 * Spring's refuses longer passwords; the digest is 44 characters whatever the password, so every
 * character of any password counts. Keying the digest with the salt means an unsalted SHA-256 of
 * the same password leaked elsewhere cannot be tried against our hashes directly. Stored as
 * {@code {bcrypt-sha256}$2b$10$...}, at bcrypt's cost 10 like the plain bcrypt hashes before it.
 */
final class BcryptSha256PasswordEncoder implements PasswordEncoder {

  static final String ID = "bcrypt-sha256";
  private static final int STRENGTH = 10;
  private static final int SALT_LENGTH = 29; // $2b$10$ and 22 characters of salt
  private static final Pattern HASH = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

  private final SecureRandom random = new SecureRandom();

  @Override
  public String encode(CharSequence rawPassword) {
    String salt = BCrypt.gensalt("$2b", STRENGTH, random);
    return BCrypt.hashpw(digest(rawPassword, salt), salt);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null || !HASH.matcher(encodedPassword).matches()) {
      return false;
    }
    return BCrypt.checkpw(digest(rawPassword, encodedPassword.substring(0, SALT_LENGTH)), encodedPassword);
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return encodedPassword != null && HASH.matcher(encodedPassword).matches()
        && Integer.parseInt(encodedPassword.substring(4, 6)) < STRENGTH;
  }

  private static String digest(CharSequence rawPassword, String salt) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(hmac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
