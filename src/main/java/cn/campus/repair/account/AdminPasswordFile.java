package cn.campus.repair.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The file that keeps a generated admin password (as Jenkins' {@code initialAdminPassword} and
 * Grafana's first password do), so an operator who missed the start-up log can still log in. Readable
 * by its owner only where the file system has POSIX permissions; written whole or not at all.
 */
final class AdminPasswordFile {

  private final Path path;

  AdminPasswordFile(Path path) {
    this.path = path.toAbsolutePath().normalize();
  }

  Path path() {
    return path;
  }

  void write(String password) {
    try {
      Path directory = Files.createDirectories(path.getParent());
      Path temporary = Files.createTempFile(directory, ".admin-password-", ".tmp", ownerOnly(directory));
      try {
        Files.writeString(temporary, password + "\n");
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(cannotWrite(e), e);
    }
  }

  /** Best effort: the file must not outlive a password that was never stored. */
  void deleteQuietly() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // nothing better to do: the password in it never worked
    }
  }

  private String cannotWrite(Exception e) {
    return "Cannot keep the generated admin password in " + path + " (" + e.getMessage()
        + "): make that folder writable, point repair.bootstrap-admin.password-file elsewhere, or set REPAIR_ADMIN_PASSWORD.";
  }

  private static FileAttribute<?>[] ownerOnly(Path directory) {
    if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
    return new FileAttribute<?>[0];
  }
}
