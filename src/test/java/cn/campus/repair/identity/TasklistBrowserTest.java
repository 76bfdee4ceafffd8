package cn.campus.repair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Chromium;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * People work a request in Camunda Tasklist, in a real browser, with their mini program phone and
 * password: the admin reviews and dispatches it with the forms, the worker refuses it (and may not
 * give the task back: the model assigned it to them).
 */
class TasklistBrowserTest extends IntegrationTest {

  @Test
  void anAdminReviewsAndDispatchesAndTheWorkerRefusesWithTheTasklistForms() throws IOException {
    String requestId = submitted(newStudent());
    Person worker = newWorker("WATER_ELECTRIC");
    expect(204, api.put("/api/me/password", worker.token(), Map.of("newPassword", "worker-pass")));
    String number = api.get("/api/requests/" + requestId, adminToken()).text("number");

    ChromeDriver browser = Chromium.start();
    try {
      WebDriverWait wait = Chromium.waitFor(browser);
      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
      logIn(browser, wait, ADMIN_PHONE, ADMIN_PASSWORD);

      openAndClaim(browser, wait, taskOf(requestId, "review"));
      WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., '" + number + "')]")));
      assertThat(summary.getText()).contains(number).contains("宿舍卫生间水龙头漏水");

      browser.findElement(By.xpath("//label[contains(@class,'fjs-form-field-label') and contains(., '受理')]"
          + " | //label[.//input[@type='radio'] and contains(., '受理')]")).click();
      browser.findElement(By.cssSelector(".fjs-form textarea")).sendKeys("已核实，派人维修");
      Chromium.screenshot(browser, "tasklist-2-review-form");
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
      ApiResponse reviewed = api.get("/api/requests/" + requestId, adminToken());
      assertThat(reviewed.text("status")).isEqualTo("AWAITING_DISPATCH");
      assertThat(reviewed.body().toString()).contains("已核实，派人维修");

      openAndClaim(browser, wait, taskOf(requestId, "assign"));
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form .fjs-input-group"))).click();
      String workerName = "师傅" + worker.phone().substring(7);
      // Other tests' workers make a long list: search it, as an admin with many workers would.
      browser.findElement(By.cssSelector(".fjs-form .fjs-input-group input")).sendKeys(workerName);
      WebElement choice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
          "//*[contains(@class,'fjs-dropdownlist-item') and contains(., '" + workerName + "')]")));
      assertThat(choice.getText()).contains("水电").contains("进行中 0");
      Chromium.screenshot(browser, "tasklist-3-assign-form");
      choice.click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
      ApiResponse assigned = api.get("/api/requests/" + requestId, adminToken());
      assertThat(assigned.text("status")).isEqualTo("ASSIGNED");
      assertThat(assigned.body().path("worker").path("id").asText()).isEqualTo(worker.id());
      awaitSmsAbout(worker.phone(), "TASK_ASSIGNED", number);

      browser.manage().deleteAllCookies();
      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
      logIn(browser, wait, worker.phone(), "worker-pass");
      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + taskOf(requestId, "confirm"));
      WebElement accept = wait.until(ExpectedConditions.elementToBeClickable(
          By.cssSelector(".fjs-form input[type='checkbox']")));
      // The model assigned the task to the worker: giving it back is for an admin, and Tasklist says why.
      browser.findElement(By.cssSelector(".unclaim")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), '不能退回')]")));
      Chromium.screenshot(browser, "tasklist-4-give-back-refused");
      assertThat(browser.findElements(By.cssSelector(".fjs-form textarea"))).isEmpty();
      accept.click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form textarea")))
          .sendKeys("今天没带梯子");
      Chromium.screenshot(browser, "tasklist-5-refuse-form");
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    } finally {
      browser.quit();
    }

    ApiResponse refused = api.get("/api/requests/" + requestId, adminToken());
    assertThat(refused.text("status")).isEqualTo("AWAITING_DISPATCH");
    assertThat(refused.body().path("history").toString()).contains("REFUSED").contains("今天没带梯子");
  }

  private static void logIn(ChromeDriver browser, WebDriverWait wait, String phone, String password) {
    Chromium.logIntoCamunda(browser, phone, password);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasks], .tasks-list")));
  }

  /**
   * On a machine starved of CPU, Tasklist sometimes shows the claimed task without its form (seen
   * in CI under a load average of 12): opening the task again shows it, as a person would reload.
   */
  private void openAndClaim(ChromeDriver browser, WebDriverWait wait, String taskId) {
    browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".claim"))).click();
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    } catch (TimeoutException formNotShown) {
      browser.navigate().refresh();
      wait.until(ExpectedConditions.or(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")),
          ExpectedConditions.elementToBeClickable(By.cssSelector(".claim"))));
      browser.findElements(By.cssSelector(".claim")).stream().filter(WebElement::isDisplayed).findFirst()
          .ifPresent(WebElement::click);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }
  }

  private String taskOf(String requestId, String taskKey) {
    ApiResponse tasks = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD)
        .get("/task?taskDefinitionKey=" + taskKey + "&processInstanceBusinessKey=" + requestId);
    return expect(200, tasks).body().path(0).path("id").asText();
  }
}
