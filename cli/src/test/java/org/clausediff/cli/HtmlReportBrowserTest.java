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
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.testing.GoldenFiles;
import org.clausediff.testing.ReportChecks;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
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
    assertThat(driver.findElements(By.cssSelector("div.row"))).isNotEmpty();
    String total = counter().replaceFirst("^– of ", "");
    // The script ran (the Content-Security-Policy admits it by its hash): j marks a change.
    press("j");
    WebElement current = driver.findElement(By.cssSelector(".current"));
    assertThat(current.getAttribute("class")).contains("change");
    assertThat(inViewport(current)).isTrue();
    assertThat(counter()).isEqualTo("1 of " + total);
    assertThat(Integer.parseInt(total)).isEqualTo(displayed(".change"));
  }

  @Test
  void theOutlineNamesEveryBlockAndTheDeletedItemStandsWhereItStood() throws IOException {
    open(report("outline.html", "compare", QINGHAI, HENAN, "--format", "html"));
    List<WebElement> entries = driver.findElements(By.cssSelector("#outline li"));
    List<WebElement> blocks = driver.findElements(By.cssSelector("section.block:not(.PREAMBLE)"));

    assertThat(entries).hasSize(blocks.size()).hasSizeGreaterThan(40);
    WebElement deleted =
        entries.stream().filter(e -> e.getText().startsWith("（二）基本原则")).findFirst().orElseThrow();
    assertThat(deleted.getText()).contains("deleted item");
    assertThat(deleted.getAttribute("class")).contains("DELETED");
    assertThat(entries.get(entries.indexOf(deleted) - 1).getText()).startsWith("（一）指导思想");
    assertThat(
            driver.findElements(By.cssSelector("#outline li")).stream()
                .filter(e -> e.getText().contains("（三） → （二）"))
                .count())
        .as("renumbering shown")
        .isEqualTo(1);
    // Its text is its own collapsible block, not rows under （一）指导思想.
    WebElement block = target(deleted.findElement(By.tagName("a")));
    assertThat(block.findElement(By.tagName("summary")).getText())
        .contains("一、总体要求 › （二）基本原则")
        .contains("deleted item, 12 sentences");
    WebElement guiding =
        target(entries.get(entries.indexOf(deleted) - 1).findElement(By.tagName("a")));
    assertThat(guiding.getText()).doesNotContain("坚持深化改革");

    deleted.findElement(By.tagName("a")).click();

    double top =
        ((Number) js("return arguments[0].getBoundingClientRect().top", block)).doubleValue();
    double bar =
        ((Number) js("return document.getElementById('bar').getBoundingClientRect().bottom"))
            .doubleValue();
    assertThat(top).as("the block is not under the sticky bar").isGreaterThanOrEqualTo(bar);
    assertThat(severeLogs()).isEmpty();
  }

  @Test
  void collateCoreIsAHeatMapOfVerdictsWithTheVersionSimilarities() throws IOException {
    open(report("collate-heat.html", "collate", QINGHAI, HENAN, YUNNAN, "--format", "html"));

    assertThat(severeLogs()).isEmpty();
    List<WebElement> cells =
        driver.findElements(By.cssSelector("table#core.heat td[data-verdict]"));
    assertThat(cells)
        .extracting(c -> c.getAttribute("data-verdict"))
        .contains("kept", "reworded", "dropped");
    // Shaded by similarity: a kept cell is darker than a reworded one, a dropped one hatched.
    WebElement kept = driver.findElement(By.cssSelector("table#core td[data-verdict=kept]"));
    WebElement reworded =
        driver.findElement(By.cssSelector("table#core td[data-verdict=reworded]"));
    WebElement dropped = driver.findElement(By.cssSelector("table#core td[data-verdict=dropped]"));
    assertThat(lightness(kept.getCssValue("background-color")))
        .isLessThan(lightness(reworded.getCssValue("background-color")));
    assertThat(dropped.getCssValue("background-image")).contains("repeating-linear-gradient");
    // Every core row is named by the shared wording, not one version's: row 5's consensus.
    assertThat(driver.findElement(By.cssSelector("table#core")).getText()).contains("提高行政审批服务效能");
    assertThat(driver.findElements(By.cssSelector("table#similarity td.cell"))).hasSize(9);
    assertThat(driver.findElement(By.cssSelector("table#similarity")).getText()).contains("%");
  }

  @Test
  void collateAgainstAnOriginalShadesItsMatrix() throws IOException {
    open(
        report(
            "collate-original.html",
            "collate",
            "--original",
            QINGHAI,
            HENAN,
            YUNNAN,
            "--format",
            "html"));

    assertThat(severeLogs()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("table#matrix.heat td[data-verdict=reworded]")))
        .isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("table#matrix td[data-verdict=dropped]")))
        .isNotEmpty();
  }

  @Test
  void everyUnitOfTheJsonIsInOneRow() throws IOException {
    for (String[] pair : List.of(new String[] {QINGHAI, HENAN}, new String[] {YUNNAN, QINGHAI})) {
      Path html = report("rows.html", "compare", pair[0], pair[1], "--format", "html");
      JsonNode json = json(report("rows.json", "compare", pair[0], pair[1], "--format", "json"));
      String level = json.get("options").get("unit").asText();
      int units = countAtLevel(json.get("deleted"), level) + countAtLevel(json.get("added"), level);
      int moved = 0;
      for (JsonNode alignment : json.get("alignments")) {
        if (alignment.get("level").asText().equals(level)) {
          units += alignment.get("left").size() + alignment.get("right").size();
          moved += alignment.get("moved").asBoolean() ? 1 : 0;
        }
      }

      open(html);

      assertThat(driver.findElements(By.cssSelector("div.row:not(.ghost):not(.names) .unit")))
          .as(pair[0])
          .hasSize(units);
      assertThat(driver.findElements(By.cssSelector("div.ghost")).size())
          .as(pair[0])
          .isGreaterThanOrEqualTo(moved);
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
    for (WebElement candidate : driver.findElements(By.cssSelector("div.row a.jump"))) {
      WebElement target = target(candidate);
      if (!candidate.isDisplayed() || !target.isDisplayed()) {
        continue;
      }
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
    WebElement row = link.findElement(By.xpath("ancestor::div[contains(@class,'row')]"));
    assertThat(inViewport(row)).isFalse();

    ghost.findElement(By.cssSelector("a.jump")).click();

    assertThat(inViewport(row)).isTrue();
  }

  @Test
  void theCountsFilterAndTheCounterFollows() throws IOException {
    open(report("filter.html", "compare", QINGHAI, HENAN, "--format", "html"));
    int all = displayed(".change");

    click("#counts button[data-filter-op=DELETED]");

    assertThat(displayed("div.row.MODIFIED")).isZero();
    assertThat(displayed("div.row.DELETED")).isPositive();
    assertThat(displayed("section.whole, section.DELETED")).isPositive();
    int deleted = displayed(".change");
    assertThat(deleted).isLessThan(all);
    assertThat(counter()).isEqualTo("– of " + deleted);
    press("j");
    assertThat(counter()).isEqualTo("1 of " + deleted);
    assertThat(driver.findElement(By.cssSelector(".current")).getAttribute("data-op"))
        .contains("DELETED");

    click("#show-all");
    assertThat(displayed(".change")).isEqualTo(all);

    WebElement deletedUnits =
        driver.findElement(By.cssSelector("#counts button[data-filter-verdict=DELETED]"));
    int count = Integer.parseInt(deletedUnits.getText().replace(" deleted", ""));
    deletedUnits.click();

    List<WebElement> shown =
        driver.findElements(By.cssSelector("section.block")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertThat(count).as("structure: N deleted").isGreaterThan(5);
    assertThat(shown)
        .hasSize(count)
        .allSatisfy(b -> assertThat(b.getAttribute("class")).contains("DELETED"));
    assertThat(displayed("#outline li")).isEqualTo(count);
    // The current change stays current when the filter still shows it (the first deleted sentence
    // lies in a deleted item since the addressees are linked), so only the count is fixed here.
    assertThat(counter()).endsWith(" of " + count);
    assertThat(severeLogs()).isEmpty();
  }

  @Test
  void onlyChangesToggleHidesEqualRowsAndKeysWalkTheChanges() throws IOException {
    open(report("toggle.html", "compare", QINGHAI, HENAN, "--format", "html"));
    List<WebElement> equal = driver.findElements(By.cssSelector("div.row.EQUAL"));
    assertThat(equal).isNotEmpty();
    assertThat(equal.get(0).isDisplayed()).isTrue();

    driver.findElement(By.id("only-changes")).click();

    assertThat(displayed("div.row.EQUAL")).isZero();
    assertThat(displayed(".change"))
        .isEqualTo(driver.findElements(By.cssSelector(".change")).size())
        .isPositive();
    press("j");
    press("n");
    WebElement second = driver.findElement(By.cssSelector(".current"));
    press("k");
    WebElement first = driver.findElement(By.cssSelector(".current"));
    List<WebElement> changes = driver.findElements(By.cssSelector(".change"));
    assertThat(changes.indexOf(first)).isZero();
    assertThat(changes.indexOf(second)).isEqualTo(1);
  }

  @Test
  void inPrintInsertionsAreUnderlinedDeletionsStruckControlsHiddenAndEverythingShown()
      throws IOException {
    open(report("print.html", "compare", QINGHAI, HENAN, "--format", "html"));
    WebElement hidden = driver.findElement(By.cssSelector("section.DELETED details div.row .unit"));
    assertThat(hidden.isDisplayed()).as("collapsed on screen").isFalse();

    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(style("#bar", "display")).isEqualTo("none");
      assertThat(style("#outline", "display")).isEqualTo("none");
      assertThat(style("del", "text-decoration-line")).isEqualTo("line-through");
      assertThat(style("ins", "text-decoration-line")).isEqualTo("underline");
      assertThat(style("ins", "text-decoration-style")).isEqualTo("solid");
      assertThat(style("body", "print-color-adjust")).isEqualTo("exact");
      assertThat(
              (Long)
                  js(
                      "return arguments[0].getClientRects().length",
                      driver.findElement(By.cssSelector("section.DELETED details div.row"))))
          .as("the rows of a collapsed block print")
          .isPositive();
      assertThat(driver.findElement(By.cssSelector("div.row.names")).isDisplayed()).isTrue();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    assertThat(severeLogs()).isEmpty();
  }

  @Test
  void deletionsAndInsertionsStayApartUnderDeuteranopiaInLightAndDark() throws IOException {
    open(report("colours.html", "compare", QINGHAI, HENAN, "--format", "html"));
    // The metric tells the old red/green marks apart from each other only barely.
    assertThat(deuteranopeDistance("#82071e", "#116329")).isLessThan(20);

    for (String scheme : List.of("light", "dark")) {
      driver.executeCdpCommand(
          "Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      try {
        double text = deuteranopeDistance(style("del", "color"), style("ins", "color"));
        double background =
            deuteranopeDistance(style("del", "background-color"), style("ins", "background-color"));
        double page = luminance(style("body", "background-color"));

        assertThat(text).as("%s: text of deletions and insertions", scheme).isGreaterThan(40);
        assertThat(background).as("%s: their backgrounds", scheme).isGreaterThan(15);
        if (scheme.equals("dark")) {
          assertThat(page).as("dark page").isLessThan(0.1);
        } else {
          assertThat(page).as("light page").isGreaterThan(0.9);
        }
      } finally {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
      }
    }
  }

  @Test
  void onAPhoneTheSidesStackTheHeaderIsSmallAndTheOutlineFolded() throws IOException {
    open(report("phone.html", "compare", QINGHAI, HENAN, "--format", "html"));
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      open(report("phone.html", "compare", QINGHAI, HENAN, "--format", "html"));
      long viewport = (Long) js("return window.innerHeight");
      double header =
          ((Number) js("return document.getElementById('bar').getBoundingClientRect().bottom"))
              .doubleValue();
      WebElement row = driver.findElement(By.cssSelector("div.row.MODIFIED"));
      WebElement left = row.findElement(By.cssSelector(".left"));
      WebElement right = row.findElement(By.cssSelector(".right"));

      assertThat(header / viewport).as("header and bar share of the screen").isLessThan(0.3);
      assertThat(driver.findElement(By.id("outline-panel")).getAttribute("open")).isNull();
      assertThat(right.getLocation().getY()).isGreaterThan(left.getLocation().getY());
      assertThat(right.getLocation().getX()).isEqualTo(left.getLocation().getX());
      js("window.scrollTo(0, 3000)");
      assertThat(inViewport(driver.findElement(By.id("bar")))).as("the bar stays").isTrue();
      assertThat(severeLogs()).isEmpty();
    } finally {
      driver.manage().window().setSize(new Dimension(1200, 900));
    }
  }

  @Test
  void theComparisonTablePageRendersOneRowPerTableRow() throws IOException {
    open(report("table.html", "compare", QINGHAI, HENAN, "--format", "table-html"));
    List<List<String>> csv =
        ReportChecks.assertCsv(
            CliRun.of("compare", QINGHAI, HENAN, "--format", "table-csv").out().substring(1), 7);

    assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(csv.size() - 1);
    assertThat(driver.findElements(By.cssSelector("tbody del"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("tbody ins"))).isNotEmpty();
    assertThat(style("ins", "text-decoration-line")).isEqualTo("underline");
    assertThat(severeLogs()).isEmpty();
  }

  /**
   * Takes the README's picture of the compare page (docs/compare-qinghai-henan.png) at 1400×1000,
   * the documents named as in the README's example: into target/ on every run, into docs/ with
   * {@code -Dgolden.update=true}.
   */
  @Test
  void takesThePictureOfTheComparePage() throws IOException {
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of(
                    "testdata/" + TestData.QINGHAI_2017,
                    TestData.text(TestData.QINGHAI_2017).text()),
                SourceText.of(
                    "testdata/" + TestData.HENAN_2017, TestData.text(TestData.HENAN_2017).text()));
    Path html = dir.resolve("picture.html");
    Files.writeString(
        html,
        ReportType.COMPARISON.writer(ReportFormat.HTML).render(comparison),
        StandardCharsets.UTF_8);
    driver.manage().window().setSize(new Dimension(1400, 1000));
    try {
      open(html);
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);

      assertThat(png).hasSizeGreaterThan(10_000);
      assertThat(severeLogs()).isEmpty();
      Files.write(Path.of("target", "compare-qinghai-henan.png"), png);
      if (GoldenFiles.updating()) {
        Files.write(TestData.dir().resolve("../docs/compare-qinghai-henan.png"), png);
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1200, 900));
    }
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
    assertThat(js("return getComputedStyle(document.querySelector('.text.right')).unicodeBidi"))
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
  private int displayed(String selector) {
    return ((Long)
            js(
                "return Array.prototype.filter.call(document.querySelectorAll(arguments[0]),"
                    + "function(e){return e.offsetParent!==null;}).length;",
                selector))
        .intValue();
  }

  /** The change counter's text, {@code 12 of 87}. */
  private String counter() {
    return driver.findElement(By.id("counter")).getText();
  }

  private void click(String selector) {
    driver.findElement(By.cssSelector(selector)).click();
  }

  /** The computed value of a CSS property of the first element matching {@code selector}. */
  private String style(String selector, String property) {
    return (String)
        js(
            "return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1]);",
            selector,
            property);
  }

  /**
   * How far apart two colours look to someone with deuteranopia: both simulated with the matrix of
   * Machado, Oliveira and Fernandes (2009) at severity 1, then compared in CIELAB (ΔE*76; 2.3 is
   * just noticeable, above 40 is obvious).
   */
  static double deuteranopeDistance(String a, String b) {
    double[] x = lab(deuteranope(linear(rgb(a))));
    double[] y = lab(deuteranope(linear(rgb(b))));
    return Math.sqrt(
        Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
  }

  /** The relative luminance of a colour, 0 (black) to 1 (white). */
  static double luminance(String colour) {
    double[] l = linear(rgb(colour));
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }

  /** {@code #rrggbb} or {@code rgb(r, g, b)} / {@code rgba(…)} as 0–255 components. */
  private static double[] rgb(String colour) {
    String c = colour.strip();
    if (c.startsWith("#")) {
      int v = Integer.parseInt(c.substring(1), 16);
      return new double[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }
    String[] parts = c.substring(c.indexOf('(') + 1, c.indexOf(')')).split(",", -1);
    return new double[] {
      Double.parseDouble(parts[0].strip()),
      Double.parseDouble(parts[1].strip()),
      Double.parseDouble(parts[2].strip())
    };
  }

  private static double[] linear(double[] rgb) {
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = rgb[i] / 255;
      out[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return out;
  }

  private static double[] deuteranope(double[] l) {
    double[][] m = {
      {0.367322, 0.860646, -0.227968},
      {0.280085, 0.672501, 0.047413},
      {-0.011820, 0.042940, 0.968881}
    };
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      out[i] = Math.max(0, Math.min(1, m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2]));
    }
    return out;
  }

  /** Linear sRGB to CIELAB (D65). */
  private static double[] lab(double[] l) {
    double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
    double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  /** The mean of the red, green and blue channels of a CSS {@code rgb(…)} or {@code rgba(…)}. */
  private static double lightness(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",", -1);
    return (Double.parseDouble(parts[0])
            + Double.parseDouble(parts[1])
            + Double.parseDouble(parts[2]))
        / 3;
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
