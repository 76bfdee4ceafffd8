package cn.campus.repair.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.Chromium;
import cn.campus.repair.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The head of logistics in a real browser: logs into the dashboard with the phone and password,
 * widens the period (the charts redraw and the address keeps it), clicks a day's bar to see the
 * requests behind it, and downloads them as a spreadsheet that opens. A requester is turned away.
 */
class StatsConsoleBrowserTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;

  @Autowired
  private StatsRollups rollups;

  @Test
  void theOfficeReadsTheWeekClicksABarAndDownloadsTheRequestsBehindIt() throws Exception {
    String admin = adminToken();
    String category = StatsSeed.newCategory();
    expect(201, api.post("/api/categories", admin, Map.of("code", category, "name", "统计" + category)));
    // Retired at once: the week's requests keep it, and nobody else is offered it (other tests read the list).
    expect(200, api.patch("/api/categories/" + category, admin, Map.of("active", false)));
    new StatsSeed(jdbc, rollups, category, newWorker().id(), newWorker().id(), newStudent().id()).write();
    Path downloads = Files.createTempDirectory("console-downloads");

    ChromeDriver browser = Chromium.start("zh-CN");
    try {
      browser.executeCdpCommand("Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toString()));
      WebDriverWait wait = Chromium.waitFor(browser);
      browser.get("http://127.0.0.1:" + port + "/console/?from=2020-03-02&to=2020-03-04&category=" + category);
      logIn(browser, wait, ADMIN_PHONE, ADMIN_PASSWORD);
      awaitDraw(browser, wait, 1, "2020-03-02/2020-03-04");
      assertThat(card(browser, "收到报修")).isEqualTo("2");
      assertThat(seriesData(browser, "chart-flow", 0)).containsExactly(1L, 0L, 1L);
      Chromium.screenshot(browser, "console-1-three-days");

      WebElement to = browser.findElement(By.id("to"));
      browser.executeScript("arguments[0].value = '2020-03-08';"
          + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", to);
      awaitDraw(browser, wait, 2, "2020-03-02/2020-03-08");
      assertThat(card(browser, "收到报修")).isEqualTo("5");
      assertThat(card(browser, "重复报修")).isEqualTo("2");
      assertThat(seriesData(browser, "chart-flow", 0)).containsExactly(1L, 0L, 1L, 1L, 1L, 1L, 0L);
      assertThat(browser.getCurrentUrl()).contains("period=custom").contains("to=2020-03-08").contains(category);
      Chromium.screenshot(browser, "console-2-week");

      clickBar(browser, "chart-flow", 0, 2);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drill-title"), "2020-03-04 收到的报修（1 单）"));
      List<WebElement> cells = browser.findElements(By.cssSelector("#drill-table tbody tr td"));
      assertThat(cells.get(4).getText()).isEqualTo("101");
      assertThat(cells.get(1).getText()).isEqualTo("已完成");
      Chromium.screenshot(browser, "console-3-bar-clicked");

      browser.findElement(By.id("export-xlsx")).click();
      Path file = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> downloaded(downloads), f -> f != null);
      try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        Sheet sheet = workbook.getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("101");
      }
      assertThat(file.getFileName().toString()).isEqualTo("报修单-2020-03-04至2020-03-04.xlsx");

      browser.get("http://127.0.0.1:" + port + "/console/report.html?month=2020-03");
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-month", "2020-03"));
      assertThat(browser.findElement(By.id("title")).getText()).contains("2020 年 03 月");
      Chromium.screenshot(browser, "console-4-monthly-report");
    } finally {
      browser.quit();
    }
  }

  @Test
  void aRequesterIsTurnedAwayAtTheDoor() throws Exception {
    Person student = newStudent();
    expect(204, api.put("/api/me/password", student.token(), Map.of("newPassword", "student-pass")));
    ChromeDriver browser = Chromium.start("zh-CN");
    try {
      WebDriverWait wait = Chromium.waitFor(browser);
      browser.get("http://127.0.0.1:" + port + "/console/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-phone")));
      Chromium.fillIn(browser, Map.of(By.id("login-phone"), student.phone(), By.id("login-password"), "student-pass"));
      browser.findElement(By.id("login-submit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "仅供管理员"));
      assertThat(browser.findElement(By.id("dashboard")).isDisplayed()).isFalse();
    } finally {
      browser.quit();
    }
  }

  private static void logIn(ChromeDriver browser, WebDriverWait wait, String phone, String password) throws IOException {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-phone")));
    Chromium.fillIn(browser, Map.of(By.id("login-phone"), phone, By.id("login-password"), password));
    Chromium.screenshot(browser, "console-0-login");
    browser.findElement(By.id("login-submit")).click();
  }

  private static void awaitDraw(ChromeDriver browser, WebDriverWait wait, int draws, String period) {
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-draws", Integer.toString(draws)));
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-period")).isEqualTo(period);
  }

  private static String card(ChromeDriver browser, String label) {
    return browser.findElement(By.xpath("//div[@class='kpi'][div[@class='label' and text()='" + label + "']]"
        + "/div[@class='value']")).getText();
  }

  @SuppressWarnings("unchecked")
  private static List<Long> seriesData(ChromeDriver browser, String chart, int series) {
    return (List<Long>) browser.executeScript("return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
        + ".getOption().series[arguments[1]].data;", chart, series);
  }

  /** A real mouse click in the middle of a bar, where ECharts says the bar is drawn. */
  @SuppressWarnings("unchecked")
  private static void clickBar(ChromeDriver browser, String chart, int series, int index) {
    WebElement element = browser.findElement(By.id(chart));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    List<Number> point = (List<Number>) browser.executeScript("""
        const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));
        const bar = c.getModel().getSeriesByIndex(arguments[1]).getData().getItemLayout(arguments[2]);
        return [bar.x + bar.width / 2, bar.y + bar.height / 2];""", chart, series, index);
    int x = (int) Math.round(point.get(0).doubleValue() - element.getSize().getWidth() / 2.0);
    int y = (int) Math.round(point.get(1).doubleValue() - element.getSize().getHeight() / 2.0);
    new Actions(browser).moveToElement(element, x, y).click().perform();
  }

  private static Path downloaded(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
    }
  }
}
