package cn.campus.repair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Chromium;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An admin works a request in Camunda Tasklist, in a real browser, with their mini program login. */
class TasklistBrowserTest extends IntegrationTest {

  @Test
  void anAdminLogsInWithPhoneAndPasswordAndReviewsARequestWithItsForm() throws IOException {
    String requestId = submitted(newStudent());
    String number = api.get("/api/requests/" + requestId, adminToken()).text("number");
    ApiResponse tasks = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD)
        .get("/task?taskDefinitionKey=review&processInstanceBusinessKey=" + requestId);
    String taskId = expect(200, tasks).body().path(0).path("id").asText();

    ChromeDriver browser = Chromium.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
          .sendKeys(ADMIN_PHONE);
      browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(ADMIN_PASSWORD);
      Chromium.screenshot(browser, "tasklist-1-login");
      browser.findElement(By.cssSelector("form button[type='submit']")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasks], .tasks-list")));

      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".claim"))).click();
      WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., '" + number + "')]")));
      assertThat(summary.getText()).contains(number).contains("宿舍卫生间水龙头漏水");

      browser.findElement(By.xpath("//label[contains(@class,'fjs-form-field-label') and contains(., '受理')]"
          + " | //label[.//input[@type='radio'] and contains(., '受理')]")).click();
      browser.findElement(By.cssSelector(".fjs-form textarea")).sendKeys("已核实，派人维修");
      Chromium.screenshot(browser, "tasklist-2-review-form");
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
      Chromium.screenshot(browser, "tasklist-3-completed");
    } finally {
      browser.quit();
    }

    ApiResponse request = api.get("/api/requests/" + requestId, adminToken());
    assertThat(request.text("status")).isEqualTo("AWAITING_DISPATCH");
    assertThat(request.body().toString()).contains("已核实，派人维修");
  }
}
