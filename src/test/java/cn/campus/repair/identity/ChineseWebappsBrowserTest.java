package cn.campus.repair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.Chromium;
import cn.campus.repair.support.IntegrationTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office's staff work in Chinese: a browser whose language is Chinese gets Tasklist and Cockpit in
 * Simplified Chinese, named 后勤报修, without Camunda's migration banner and without the buttons to
 * start a process or create a task; an English browser still gets English.
 */
class ChineseWebappsBrowserTest extends IntegrationTest {

  @Test
  void aChineseBrowserGetsTasklistAndCockpitInChineseBrandedWithoutTheBannerOrTheStartButtons() throws IOException {
    String requestId = submitted(newStudent());
    String number = api.get("/api/requests/" + requestId, adminToken()).text("number");
    ChromeDriver browser = Chromium.start("zh-CN");
    try {
      WebDriverWait wait = Chromium.waitFor(browser);
      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//button[contains(., '登录')]")));
      assertThat(browser.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
          .isEqualTo("手机号");
      Chromium.screenshot(browser, "zh-1-login");
      Chromium.logIntoCamunda(browser, ADMIN_PHONE, ADMIN_PASSWORD);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasks], .tasks-list")));

      // The task list and a task's form buttons speak Chinese.
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), '所有任务')]")));
      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + reviewTaskOf(requestId));
      WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".claim")));
      assertThat(claim.getText()).contains("认领");
      claim.click();
      WebElement complete = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("button[ng-click='complete()']")));
      assertThat(complete.getText()).isEqualTo("完成");
      assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).contains(number);
      Chromium.screenshot(browser, "zh-2-tasklist-form");

      assertThat(browser.findElement(By.cssSelector(".navbar-brand")).getText()).contains("后勤报修");
      assertThat(browser.getTitle()).isEqualTo("后勤报修 任务列表");
      assertNoBanner(browser);
      assertThat(browser.findElements(By.cssSelector(".start-process-action"))).isEmpty();
      assertThat(browser.findElements(By.cssSelector(".create-task-action"))).isEmpty();
      assertThat(browser.getPageSource()).doesNotContain("Camunda 8");

      browser.get("http://127.0.0.1:" + port + "/camunda/app/cockpit/default/#/dashboard");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), '运行中的流程实例')]")));
      assertThat(browser.findElement(By.cssSelector(".navbar-brand")).getText()).contains("后勤报修");
      assertNoBanner(browser);
      Chromium.screenshot(browser, "zh-3-cockpit");
    } finally {
      browser.quit();
    }
  }

  @Test
  void anEnglishBrowserStillGetsEnglish() throws IOException {
    ChromeDriver browser = Chromium.start("en-US");
    try {
      WebDriverWait wait = Chromium.waitFor(browser);
      browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//button[contains(., 'Log in')]")));
      assertNoBanner(browser);
    } finally {
      browser.quit();
    }
  }

  private static void assertNoBanner(ChromeDriver browser) {
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
        .isEmpty();
  }

  private String reviewTaskOf(String requestId) {
    return expect(200, new cn.campus.repair.support.EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE,
        ADMIN_PASSWORD).get("/task?taskDefinitionKey=review&processInstanceBusinessKey=" + requestId))
        .body().path(0).path("id").asText();
  }
}
