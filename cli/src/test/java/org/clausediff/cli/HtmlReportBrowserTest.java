package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML reports in a real headless Chromium (the system's {@code chromium} and {@code
 * chromedriver}, driven by Selenium; nothing is downloaded: the driver executable is given, so
 * Selenium Manager never runs). One browser session serves the whole class. Skipped, with a notice
 * on stderr, when Chromium or its driver is not installed ({@code .ci/run} installs both).
 *
 * <p>The paths default to {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; the system
 * properties {@code chromium.binary} and {@code webdriver.chrome.driver} override them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
  private static final String QINGHAI = TestData.path(TestData.QINGHAI_2017).toString();
  private static final String HENAN = TestData.path(TestData.HENAN_2017).toString();
  private static final String YUNNAN = TestData.path(TestData.YUNNAN_2017).toString();
  private static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)");

  /**
   * Selenium's own logger: held here so that its level sticks. It warns that it has no DevTools
   * classes for this Chromium version, which the test does not use (CDP commands go through
   * chromedriver).
   */
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  @TempDir Path dir;
  private ChromeDriver driver;

  @BeforeAll
  void startBrowser() {
    Path chromium = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    boolean installed = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    if (!installed) {
      // A notice on the console, not only in the report: these tests did not run.
      System.err.println(
          "NOTICE: "
              + chromium
              + " or "
              + chromedriver
              + " is missing (Debian packages chromium, chromium-driver); the HTML reports were"
              + " not tested in a browser");
    }
    assumeTrue(installed, "chromium and chromedriver are not installed");
    SELENIUM.setLevel(Level.SEVERE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(chromium.toFile())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-extensions",
                "--window-size=1200,900");
    options.setCapability("goog:loggingPrefs", logs);
    // An alert stays open for the test to find, instead of being dismissed by the driver.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void compareReportRendersWithoutConsoleErrorsAndItsScriptRuns() throws IOException {
    open(report("qh.html", "compare", QINGHAI, HENAN, "--format", "html"));

    assertThat(severeLogs()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("tr.row"))).isNotEmpty();
    // The script ran (the Content-Security-Policy admits it by its hash): j marks a change.
    press("j");
    WebElement current = driver.findElement(By.cssSelector("tr.current"));
    assertThat(current.getAttribute("class")).contains("change");
    assertThat(inViewport(current)).isTrue();
  }

  @Test
  void collateReportRendersWithoutConsoleErrors() throws IOException {
    open(report("collate.html", "collate", QINGHAI, HENAN, YUNNAN, "--format", "html"));

    assertThat(severeLogs()).isEmpty();
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("健全信用约束机制")
        .contains("推进中国（郑州）跨境电子商务综合试验区建设");
  }

  @Test
  void everyAlignmentRowOfTheJsonIsOneClauseRow() throws IOException {
    for (String[] pair : List.of(new String[] {QINGHAI, HENAN}, new String[] {YUNNAN, QINGHAI})) {
      Path html = report("rows.html", "compare", pair[0], pair[1], "--format", "html");
      JsonNode json = json(report("rows.json", "compare", pair[0], pair[1], "--format", "json"));
      String level = json.get("options").get("unit").asText();
      int links = countAtLevel(json.get("alignments"), level);
      int moved = 0;
      for (JsonNode alignment : json.get("alignments")) {
        if (alignment.get("level").asText().equals(level) && alignment.get("moved").asBoolean()) {
          moved++;
        }
      }
      int rows =
          links + countAtLevel(json.get("deleted"), level) + countAtLevel(json.get("added"), level);

      open(html);

      assertThat(driver.findElements(By.cssSelector("tr.row"))).as(pair[0]).hasSize(rows);
      assertThat(driver.findElements(By.cssSelector("tr.ghost"))).as(pair[0]).hasSize(moved);
      assertThat(moved).as("the seeds have moved sentences").isPositive();
      assertThat(severeLogs()).as(pair[0]).isEmpty();
    }
  }

  @Test
  void clickingAMovedClauseScrollsToItsCounterpartAndBack() throws IOException {
    open(report("moved.html", "compare", QINGHAI, HENAN, "--format", "html"));
    // The moved row whose counterpart lies farthest away.
    WebElement link = null;
    long farthest = -1;
    for (WebElement candidate : driver.findElements(By.cssSelector("tr.row a.jump"))) {
      WebElement target = target(candidate);
      long distance = Math.abs(candidate.getLocation().getY() - (long) target.getLocation().getY());
      if (distance > farthest) {
        farthest = distance;
        link = candidate;
      }
    }
    assertThat(link).as("a moved row with a link").isNotNull();
    assertThat(farthest).as("counterpart more than a screen away").isGreaterThan(900);
    WebElement ghost = target(link);
    js("arguments[0].scrollIntoView({block:'center'})", link);
    assertThat(inViewport(ghost)).isFalse();
    double before = scrollY();

    link.click();

    assertThat(scrollY()).isNotEqualTo(before);
    assertThat(inViewport(ghost)).isTrue();
    assertThat(ghost.isDisplayed()).isTrue();
    assertThat(driver.getCurrentUrl()).endsWith("#" + ghost.getAttribute("id"));
    WebElement row = link.findElement(By.xpath("ancestor::tr"));
    assertThat(inViewport(row)).isFalse();

    ghost.findElement(By.cssSelector("a.jump")).click();

    assertThat(inViewport(row)).isTrue();
  }

  @Test
  void onlyChangesToggleHidesEqualRowsAndKeysWalkTheChanges() throws IOException {
    open(report("toggle.html", "compare", QINGHAI, HENAN, "--format", "html"));
    List<WebElement> equal = driver.findElements(By.cssSelector("tr.row.EQUAL"));
    assertThat(equal).isNotEmpty();
    assertThat(equal.get(0).isDisplayed()).isTrue();

    driver.findElement(By.id("only-changes")).click();

    assertThat(displayed("tr.row.EQUAL")).isZero();
    assertThat(displayed("tr.change"))
        .isEqualTo(driver.findElements(By.cssSelector("tr.change")).size())
        .isPositive();
    press("j");
    press("n");
    WebElement second = driver.findElement(By.cssSelector("tr.current"));
    press("k");
    WebElement first = driver.findElement(By.cssSelector("tr.current"));
    List<WebElement> changes = driver.findElements(By.cssSelector("tr.change"));
    assertThat(changes.indexOf(first)).isZero();
    assertThat(changes.indexOf(second)).isEqualTo(1);
  }

  @Test
  void hostileTextIsShownAsTextAndRunsNothing() throws IOException {
    Path left =
        write(
            "<img src=x onerror=alert(1)>.txt",
            "一、总则\n（一）第一条。"
                + HOSTILE.get(0)
                + "在这里。\n（二）第二条。"
                + HOSTILE.get(1)
                + "图片。\n（三）第三条。"
                + HOSTILE.get(2)
                + "引号。\n（四）第四条。保持不变的一句话。\n");
    Path right =
        write(
            "right\" onmouseover=\"alert(1).txt",
            "一、总则\n（一）第一条。"
                + HOSTILE.get(0)
                + "在那里。\n（二）第二条。"
                + HOSTILE.get(2)
                + "新增。\n（四）第四条。保持不变的一句话。\n（五）第五条。"
                + HOSTILE.get(1)
                + "。\n");
    String repeated = "（五）第五条。" + String.join("", HOSTILE) + "重复出现的一段话。\n";
    Path dups =
        write("dups\" onmouseover=\"alert(1).txt", Files.readString(left) + repeated + repeated);
    Object script =
        driver
            .executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                    "source",
                    "window.__alerts=0;window.alert=function(){window.__alerts++;};"
                        + "window.confirm=window.alert;window.prompt=window.alert;"))
            .get("identifier");
    try {
      for (Path html :
          List.of(
              report(
                  "evil-compare.html",
                  "compare",
                  left.toString(),
                  right.toString(),
                  "--format",
                  "html"),
              report("evil-dups.html", "dups", dups.toString(), "--format", "html"))) {
        open(html);
        hoverEverything();

        assertNoAlert();
        assertThat(js("return window.__alerts")).as("%s: alert calls", html).isEqualTo(0L);
        String text = driver.findElement(By.tagName("body")).getText();
        for (String hostile : HOSTILE) {
          assertThat(text).as("%s shows %s", html, hostile).contains(hostile);
        }
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
        assertThat(
                js(
                    "return Array.prototype.some.call(document.querySelectorAll('*'),function(e){"
                        + "return Array.prototype.some.call(e.attributes,function(a){"
                        + "return a.name.indexOf('on')===0;});});"))
            .as("%s: an element with an event handler attribute", html)
            .isEqualTo(false);
        assertThat(severeLogs()).as(html.toString()).isEmpty();
      }
      assertThat(driver.findElements(By.cssSelector("#text .dup")))
          .as("the repeated hostile passage is marked")
          .isNotEmpty();
    } finally {
      driver.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
    }
  }

  /**
   * A right-to-left override that makes 1000 read 0001, in the text and in a file name: the page
   * shows it as ⟨U+202E⟩ and holds no raw control, and user text is isolated from its surroundings.
   */
  @Test
  void bidiControlsAreShownAndUserTextIsIsolated() throws IOException {
    Path left = write("old.txt", "一、总则\n合同金额为1000元，由甲方支付。\n");
    Path right = write("new\u202Etxt.html", "一、总则\n合同金额为\u202E1000\u202C元，由甲方支付。\n");
    CliRun status = CliRun.of("compare", "-q", left.toString(), right.toString());
    Path html =
        report("bidi.html", "compare", left.toString(), right.toString(), "--format", "html");

    open(html);

    assertThat(status.status()).as("a change in meaning is a difference").isEqualTo(1);
    String text = driver.findElement(By.tagName("body")).getText();
    assertThat(text).contains("⟨U+202E⟩").contains("⟨U+202C⟩").doesNotContain("\u202E");
    assertThat(Files.readString(html)).doesNotContain("\u202E").doesNotContain("\u202C");
    assertThat(js("return getComputedStyle(document.querySelector('td.text')).unicodeBidi"))
        .isEqualTo("isolate");
    assertThat(driver.findElements(By.cssSelector("h1 bdi"))).hasSize(2);
    assertThat(severeLogs()).isEmpty();
  }

  @Test
  void dupsReportLinksEveryRepeatToItsFirstOccurrence() throws IOException {
    Path html = report("dups.html", "dups", YUNNAN, "--format", "html");
    JsonNode json = json(report("dups.json", "dups", YUNNAN, "--format", "json"));
    int occurrences = 0;
    for (JsonNode group : json.get("groups")) {
      occurrences += group.get("occurrences").size();
    }

    open(html);

    assertThat(severeLogs()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#text span[id^=o]"))).hasSize(occurrences);
    assertThat(driver.findElements(By.cssSelector("#text a.jump")))
        .hasSize(occurrences - json.get("groups").size());
    assertThat(driver.findElements(By.cssSelector("#text .dup"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#text .boiler"))).isNotEmpty();
    WebElement last =
        driver.findElements(By.cssSelector("#text a.jump")).stream()
            .reduce((a, b) -> b)
            .orElseThrow();
    js("arguments[0].scrollIntoView({block:'center'})", last);
    WebElement first = driver.findElement(By.id(last.getAttribute("href").replaceFirst(".*#", "")));

    last.click();

    WebElement mark = (WebElement) js("return arguments[0].nextElementSibling", first);
    assertThat(inViewport(mark)).isTrue();
  }

  private Path report(String name, String... args) {
    Path out = dir.resolve(name);
    String[] withOutput = new String[args.length + 2];
    System.arraycopy(args, 0, withOutput, 0, args.length);
    withOutput[args.length] = "-o";
    withOutput[args.length + 1] = out.toString();
    CliRun run = CliRun.of(withOutput);
    assertThat(run.status()).as("%s: %s", List.of(args), run.err()).isIn(0, 1);
    return out;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }

  private static int countAtLevel(JsonNode entries, String level) {
    int count = 0;
    for (JsonNode entry : entries) {
      if (entry.get("level").asText().equals(level)) {
        count++;
      }
    }
    return count;
  }

  private void open(Path html) {
    driver.get(html.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> "complete".equals(js("return document.readyState")));
  }

  private WebElement target(WebElement link) {
    String href = link.getAttribute("href");
    return driver.findElement(By.id(href.substring(href.indexOf('#') + 1)));
  }

  private void press(String key) {
    new Actions(driver).sendKeys(key).perform();
  }

  /**
   * Moves the mouse over every cell or highlight that shows a hostile string, and sends mouse and
   * focus events to every element of the page.
   */
  private void hoverEverything() {
    for (WebElement cell : driver.findElements(By.cssSelector("td, #text span, h1, th"))) {
      if (cell.getText().contains("alert(1)") && cell.isDisplayed()) {
        js("arguments[0].scrollIntoView({block:'center'})", cell);
        new Actions(driver).moveToElement(cell).perform();
      }
    }
    js(
        "Array.prototype.forEach.call(document.querySelectorAll('*'),function(e){"
            + "['mouseover','mouseenter','focus','click'].forEach(function(t){"
            + "if(e.tagName!=='A'&&e.tagName!=='INPUT'){"
            + "e.dispatchEvent(new Event(t,{bubbles:true}));}});});");
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
  }

  /** How many elements matching {@code selector} are displayed. */
  private long displayed(String selector) {
    return (Long)
        js(
            "return Array.prototype.filter.call(document.querySelectorAll(arguments[0]),"
                + "function(e){return e.offsetParent!==null;}).length;",
            selector);
  }

  private void assertNoAlert() {
    try {
      String text = driver.switchTo().alert().getText();
      throw new AssertionError("an alert is open: " + text);
    } catch (NoAlertPresentException expected) {
      // what should happen
    }
  }

  private boolean inViewport(WebElement element) {
    return (Boolean)
        js(
            "var r=arguments[0].getBoundingClientRect();"
                + "return r.bottom>0&&r.top<window.innerHeight&&r.height>0;",
            element);
  }

  private double scrollY() {
    return ((Number) js("return window.scrollY")).doubleValue();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The browser's console messages of level SEVERE since the last call. */
  private List<String> severeLogs() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::toString)
        .toList();
  }
}
