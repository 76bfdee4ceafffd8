package cn.campus.repair.materials;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Chromium;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A warehouse keeper works the parts step in Camunda Tasklist, in a real browser, with their phone and
 * password: the task is offered to the keepers' group, a shortage is refused with what is left and the
 * task stays open, and issuing from a stocked warehouse sends the request back to its worker.
 */
class KeeperTasklistBrowserTest extends IntegrationTest {

  @Test
  void aKeeperIssuesAWorkersPartsFromTasklistAndAShortageIsRefusedThere() throws IOException {
    Stockroom empty = Stockroom.create(api, adminToken());
    Stockroom stocked = Stockroom.create(api, adminToken());
    String valve = stocked.part("球阀", "48.00", 0, 3);
    Person worker = newWorker("WATER_ELECTRIC");
    String requestId = requestAt("IN_PROGRESS", newStudent(), worker);
    expect(200, api.post("/api/requests/" + requestId + "/requestParts", worker.token(),
        Map.of("parts", List.of(Map.of("partId", valve, "quantity", 1)))));
    Person keeper = newKeeper();
    expect(204, api.put("/api/me/password", keeper.token(), Map.of("newPassword", "keeper-pass")));

    ChromeDriver browser = Chromium.start();
    try {
      WebDriverWait wait = Chromium.waitFor(browser);
      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
      Chromium.logIntoCamunda(browser, keeper.phone(), "keeper-pass");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasks], .tasks-list")));

      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + taskOf(requestId));
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".claim"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
      Chromium.screenshot(browser, "tasklist-keeper-1-issue-form");

      pickWarehouse(browser, wait, empty.name());
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), '库存不足')]")));
      Chromium.screenshot(browser, "tasklist-keeper-2-shortage");
      assertThat(api.get("/api/requests/" + requestId, adminToken()).text("status")).isEqualTo("AWAITING_PARTS");

      pickWarehouse(browser, wait, stocked.name());
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    } finally {
      browser.quit();
    }

    ApiResponse issued = api.get("/api/requests/" + requestId, adminToken());
    assertThat(issued.text("status")).isEqualTo("IN_PROGRESS");
    assertThat(issued.body().path("worker").path("id").asText()).isEqualTo(worker.id());
    assertThat(issued.body().path("history").findValuesAsText("action")).contains("PARTS_ISSUED");
    assertThat(stocked.quantity(valve)).isEqualTo(2);
  }

  /** The form's warehouse list, searched as a keeper with several warehouses would. */
  private static void pickWarehouse(ChromeDriver browser, WebDriverWait wait, String name) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form .fjs-input-group"))).click();
    var search = browser.findElement(By.cssSelector(".fjs-form .fjs-input-group input"));
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    search.sendKeys(name);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item') and contains(., '" + name + "')]"))).click();
  }

  private String taskOf(String requestId) {
    ApiResponse tasks = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD)
        .get("/task?taskDefinitionKey=issueParts&processInstanceBusinessKey=" + requestId);
    return expect(200, tasks).body().path(0).path("id").asText();
  }
}
