package cn.campus.repair.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and chromedriver (.ci/run installs both). Missing is a failure, never
 * a skip: the browser tests are the proof that people can work in the webapps.
 */
public final class Chromium {

  private static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Chromium() {}

  public static ChromeDriver start() throws IOException {
    return start("en-US");
  }

  /** A browser whose language is {@code language} (what the webapps pick their locale from). */
  public static ChromeDriver start(String language) throws IOException {
    assertThat(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER))
        .as("The browser tests need %s and %s: apt-get install chromium chromium-driver", BROWSER, DRIVER)
        .isTrue();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=" + language, "--accept-lang=" + language,
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /**
   * Waits up to 30 seconds; when the page never gets there, the failure carries what the page wrote
   * to its console (a refused call, a script error) and a screenshot is kept, so a failure on a CI
   * machine says why.
   */
  public static WebDriverWait waitFor(ChromeDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)) {
      @Override
      protected RuntimeException timeoutException(String message, Throwable lastException) {
        return super.timeoutException(message + "\n" + whatThePageSaid(driver), lastException);
      }
    };
  }

  /**
   * Types each field's text until every field holds its own: Camunda's login page focuses the phone
   * field once it has loaded, and on a slow machine that can come between two fields' keys, sending
   * the password into the phone field.
   */
  public static void fillIn(ChromeDriver driver, Map<By, String> textsByField) {
    waitFor(driver).until(page -> {
      textsByField.forEach((field, text) -> {
        WebElement input = page.findElement(field);
        input.clear();
        input.sendKeys(text);
      });
      return textsByField.entrySet().stream()
          .allMatch(field -> field.getValue().equals(page.findElement(field.getKey()).getDomProperty("value")));
    });
  }

  /** Logs into a Camunda webapp whose login page is showing. */
  public static void logIntoCamunda(ChromeDriver driver, String phone, String password) {
    By username = By.cssSelector("input[ng-model='username']");
    waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(username));
    fillIn(driver, Map.of(username, phone, By.cssSelector("input[ng-model='password']"), password));
    driver.findElement(By.cssSelector("form button[type='submit']")).click();
  }

  private static String whatThePageSaid(ChromeDriver driver) {
    try {
      screenshot(driver, "timed-out-" + System.currentTimeMillis());
      return "At " + driver.getCurrentUrl() + " the page's console said:\n"
          + driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(entry -> entry.getLevel() + " " + entry.getMessage()).collect(Collectors.joining("\n"));
    } catch (RuntimeException | IOException unreadable) {
      return "The page's console could not be read: " + unreadable;
    }
  }

  /** Keeps what the page looked like under target/screenshots, for a person to check. */
  public static void screenshot(ChromeDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}
