package cn.campus.repair.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The first admin of a new installation: no known password. Each test plays the start-up of a new
 * installation with an admin phone of its own, against the shared database.
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTest extends IntegrationTest {

  @Autowired
  private Users users;

  @Autowired
  private Tokens tokens;

  @Autowired
  private PasswordAttempts passwordAttempts;

  @Autowired
  private PasswordEncoder passwordEncoder;

  @Autowired
  private PlatformTransactionManager transactionManager;

  @Autowired
  private JdbcClient jdbc;

  @Autowired
  private ApplicationContext context;

  @TempDir
  private Path data;

  @Test
  void theFirstStartGeneratesAPasswordThatWorksKeepsItInTheFileAndPrintsItOnce(CapturedOutput output) throws Exception {
    String phone = newPhone();
    Path file = data.resolve("initial-admin-password");

    start(phone, "", file, false);

    String password = Files.readString(file).strip();
    assertThat(password).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){4}").isNotEqualTo("admin123");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(output.getOut()).containsOnlyOnce(password).contains(file.toAbsolutePath().toString());
    ApiResponse login = expect(200, login(phone, password));
    assertThat(login.body().path("user").path("role").asText()).isEqualTo("ADMIN");
    assertThat(login(phone, "admin123").status()).isEqualTo(401);
  }

  @Test
  void twoStartsNeverMakeTheSamePassword() throws Exception {
    Path first = data.resolve("first");
    Path second = data.resolve("second");
    start(newPhone(), "", first, false);
    start(newPhone(), "", second, false);

    assertThat(Files.readString(first)).isNotEqualTo(Files.readString(second));
  }

  @Test
  void theConfiguredPasswordWinsAndNothingIsWrittenOrPrinted(CapturedOutput output) {
    String phone = newPhone();
    Path file = data.resolve("initial-admin-password");

    start(phone, "configured-Secret-42", file, false);

    expect(200, login(phone, "configured-Secret-42"));
    assertThat(file).doesNotExist();
    assertThat(output.getOut()).doesNotContain("configured-Secret-42");
  }

  @Test
  void aLaterStartPrintsNothingNewAndChangesNothing(CapturedOutput output) throws Exception {
    String phone = newPhone();
    Path file = data.resolve("initial-admin-password");
    start(phone, "", file, false);
    String password = Files.readString(file).strip();
    int printedBefore = output.getOut().length();

    start(phone, "", file, false);
    start(phone, "configured-Secret-42", data.resolve("other"), false);

    String printedSince = output.getOut().substring(printedBefore);
    assertThat(printedSince).doesNotContain(password).doesNotContain("configured-Secret-42")
        .doesNotContain("*".repeat(20));
    assertThat(Files.readString(file).strip()).isEqualTo(password);
    assertThat(data.resolve("other")).doesNotExist();
    expect(200, login(phone, password));
    assertThat(login(phone, "configured-Secret-42").status()).isEqualTo(401);
  }

  @Test
  void aResetAsksForItExplicitlyAndEndsTheAdminsSessions() throws Exception {
    String phone = newPhone();
    Path file = data.resolve("initial-admin-password");
    start(phone, "", file, false);
    String token = expect(200, login(phone, Files.readString(file).strip())).text("token");

    start(phone, "configured-Secret-42", file, true);

    expect(200, login(phone, "configured-Secret-42"));
    assertThat(api.get("/api/me", token).status()).isEqualTo(401);
  }

  @Test
  void aResetLiftsTheLockThatWrongPasswordsLeft() {
    String phone = newPhone();
    Path file = data.resolve("initial-admin-password");
    start(phone, "", file, false);
    for (int attempt = 0; attempt < 10 && passwordAttempts.lockedFor(phone).isEmpty(); attempt++) {
      assertThat(login(phone, "wrong-Password-1").status()).isIn(401, 429);
    }
    assertThat(passwordAttempts.lockedFor(phone)).isPresent();

    start(phone, "configured-Secret-42", file, true);

    assertThat(passwordAttempts.lockedFor(phone)).isEmpty();
    expect(200, login(phone, "configured-Secret-42"));
  }

  @Test
  void nodesStartingAtOnceOnAnEmptyDatabaseMakeOneAdminWithOnePassword() throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        String phone = newPhone();
        List<Path> files = List.of(data.resolve(round + "-node-a"), data.resolve(round + "-node-b"));
        CountDownLatch ready = new CountDownLatch(files.size());
        List<Future<?>> starts = new ArrayList<>();
        for (Path file : files) {
          BootstrapAdmin node = bootstrapAdmin(phone, "", file, false);
          starts.add(nodes.submit(() -> {
            ready.countDown();
            ready.await();
            node.ensureAdmin();
            return null;
          }));
        }
        for (Future<?> start : starts) {
          start.get();
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE phone = :phone").param("phone", phone)
            .query(Long.class).single()).isEqualTo(1);
        List<Path> written = files.stream().filter(Files::exists).toList();
        assertThat(written).hasSize(1);
        expect(200, login(phone, Files.readString(written.get(0)).strip()));
      }
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void theAdminIsReadyBeforeTheWebServerOpensItsPort() {
    SmartLifecycle webServer = context.getBean("webServerStartStop", SmartLifecycle.class);
    BootstrapAdmin bootstrapAdmin = context.getBean(BootstrapAdmin.class);

    assertThat(bootstrapAdmin.getPhase()).isLessThan(webServer.getPhase());
    assertThat(bootstrapAdmin.isRunning()).isTrue();
  }

  private void start(String phone, String password, Path file, boolean reset) {
    bootstrapAdmin(phone, password, file, reset).ensureAdmin();
  }

  private BootstrapAdmin bootstrapAdmin(String phone, String password, Path file, boolean reset) {
    return new BootstrapAdmin(users, tokens, passwordAttempts, passwordEncoder, transactionManager,
        new BootstrapAdminProperties(phone, "管理员", password, file, reset));
  }

  private ApiResponse login(String phone, String password) {
    return api.post("/api/auth/login", null, Map.of("phone", phone, "password", password));
  }
}
