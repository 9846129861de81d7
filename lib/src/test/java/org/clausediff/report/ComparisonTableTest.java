package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.report.ComparisonTable.Note;
import org.clausediff.report.ComparisonTable.Piece;
import org.clausediff.report.ComparisonTable.Row;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.ReportChecks;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 新旧对照表: one row per article of a law revision, with its renumbering; items of the policy
 * seeds; paragraphs when there is no numbering; every sentence in one row; and the CSV form.
 */
class ComparisonTableTest {
  /** Articles 第三条 is inserted, so 第三条–第五条 become 第四条–第六条; 第四条 is also reworded. */
  private static final SourceText LAW_2017 =
      SourceText.of(
          "law-2017.txt",
          "第一章 总则\n"
              + "第一条 为了规范市场秩序，保护经营者和消费者的合法权益，制定本法。\n"
              + "第二条 本法适用于在中华人民共和国境内从事经营活动的经营者。\n"
              + "第三条 国家鼓励、支持和保护一切组织和个人对不正当竞争行为进行社会监督。\n"
              + "第二章 监督管理\n"
              + "第四条 县级以上人民政府履行工商行政管理职责的部门对不正当竞争行为进行查处。\n"
              + "第五条 经营者违反本法规定，给他人造成损害的，应当依法承担民事责任。\n");

  private static final SourceText LAW_2019 =
      SourceText.of(
          "law-2019.txt",
          "第一章 总则\n"
              + "第一条 为了规范市场秩序，保护经营者和消费者的合法权益，制定本法。\n"
              + "第二条 本法适用于在中华人民共和国境内从事经营活动的经营者。\n"
              + "第三条 各级人民政府应当采取措施，制止不正当竞争行为，为公平竞争创造良好的环境和条件。\n"
              + "第四条 国家鼓励、支持和保护一切组织和个人对不正当竞争行为进行社会监督。\n"
              + "第二章 监督管理\n"
              + "第五条 县级以上人民政府履行市场监督管理职责的部门对不正当竞争行为进行查处。\n"
              + "第六条 经营者违反本法规定，给他人造成损害的，应当依法承担民事责任。\n");

  @Test
  void aLawRevisionHasOneRowPerArticleWithItsRenumbering() {
    ComparisonTable table = ComparisonTable.of(ClauseDiff.create().compare(LAW_2017, LAW_2019));

    assertThat(table.rowLevel()).isEqualTo(UnitKind.ITEM);
    assertThat(table.rows())
        .extracting(Row::note)
        .containsExactly(
            "unchanged",
            "unchanged",
            "unchanged",
            "added",
            "renumbered 第三条 → 第四条",
            "unchanged",
            "modified; renumbered 第四条 → 第五条",
            "renumbered 第五条 → 第六条");
    Row added = table.rows().get(3);
    assertThat(added.left()).isEmpty();
    assertThat(added.right())
        .containsExactly(new Piece("第三条 各级人民政府应当采取措施，制止不正当竞争行为，为公平竞争创造良好的环境和条件。", true));
    Row modified = table.rows().get(6);
    assertThat(modified.left())
        .containsExactly(
            new Piece("第四条 县级以上人民政府履行", false),
            new Piece("工商行政", true),
            new Piece("管理职责的部门对不正当竞争行为进行查处。", false));
    assertThat(modified.right())
        .containsExactly(
            new Piece("第五条 县级以上人民政府履行", false),
            new Piece("市场监督", true),
            new Piece("管理职责的部门对不正当竞争行为进行查处。", false));
    assertThat(modified.notes()).containsExactly(Note.MODIFIED, Note.RENUMBERED);
    assertThat(modified.leftHeading()).get().asString().startsWith("第二章监督管理 › 第四条");
    assertThat(modified.similarity()).isPresent();
    assertThat(table.rows().get(0).similarity())
        .as("a chapter is scored with its articles")
        .isEmpty();
    assertThat(table.summary())
        .isEqualTo("8 rows (items): 4 unchanged, 1 modified, 3 renumbered, 1 added");
  }

  @Test
  void thePolicySeedsHaveOneRowPerItemAndTheDeletedItemWhereItStood() {
    ComparisonTable table =
        ComparisonTable.of(
            ClauseDiff.create()
                .compare(TestData.text(TestData.QINGHAI_2017), TestData.text(TestData.HENAN_2017)));

    assertThat(table.rowLevel()).isEqualTo(UnitKind.ITEM);
    List<String> headings =
        table.rows().stream().map(r -> r.leftHeading().or(r::rightHeading).orElse("")).toList();
    int guiding = headings.indexOf("一、总体要求 › （一）指导思想");
    int principles = headings.indexOf("一、总体要求 › （二）基本原则");
    assertThat(principles).as("（二）基本原则 right after （一）指导思想").isEqualTo(guiding + 1);
    Row deleted = table.rows().get(principles);
    assertThat(deleted.notes()).containsExactly(Note.DELETED);
    assertThat(deleted.right()).isEmpty();
    assertThat(deleted.left()).allMatch(p -> p.changed() || p.text().isBlank());
    assertThat(text(deleted.left())).startsWith("（二）基本原则。\n---坚持深化改革。");
    assertThat(table.rows())
        .filteredOn(r -> r.notes().contains(Note.RENUMBERED))
        .extracting(r -> r.renumbering().orElseThrow())
        .contains("（四） → （一）", "（十七） → （一） + （二） + （三）");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "qinghai-2017-new-growth-drivers.txt, henan-2017-new-growth-drivers.txt",
    "yunnan-2017-new-growth-drivers-garbled.txt, qinghai-2017-new-growth-drivers.txt",
    "qinghai-2018-county-innovation.txt, qinghai-2018-mass-innovation.txt",
    "henan-2017-new-growth-drivers.txt, qinghai-2018-mass-innovation.txt"
  })
  void everySentenceIsInARowOfItsSide(String left, String right) {
    Comparison comparison = ClauseDiff.create().compare(TestData.text(left), TestData.text(right));
    ComparisonTable table = ComparisonTable.of(comparison);
    String lefts = String.join("\u0000", table.rows().stream().map(r -> text(r.left())).toList());
    String rights = String.join("\u0000", table.rows().stream().map(r -> text(r.right())).toList());

    for (Unit unit : comparison.left().document().units(UnitKind.SENTENCE)) {
      assertThat(occurrences(lefts, line(comparison.left().document().text(unit))))
          .as("%s in the old column", unit.span())
          .isGreaterThanOrEqualTo(1);
    }
    for (Unit unit : comparison.right().document().units(UnitKind.SENTENCE)) {
      assertThat(occurrences(rights, line(comparison.right().document().text(unit))))
          .as("%s in the new column", unit.span())
          .isGreaterThanOrEqualTo(1);
    }
    assertThat(lefts.replace("\u0000", "").replace("\n", "").length())
        .as("no old text twice")
        .isLessThanOrEqualTo(comparison.left().document().source().length());
    for (Row row : table.rows()) {
      assertThat(row.notes()).isSorted().doesNotHaveDuplicates();
      if (row.notes().contains(Note.UNCHANGED)) {
        assertThat(row.notes()).containsExactly(Note.UNCHANGED);
        assertThat(row.left()).noneMatch(Piece::changed);
        assertThat(row.right()).noneMatch(Piece::changed);
      }
      if (row.notes().contains(Note.DELETED)) {
        assertThat(row.right()).isEmpty();
      }
      if (row.notes().contains(Note.ADDED)) {
        assertThat(row.left()).isEmpty();
      }
    }
  }

  @Test
  void withoutNumberingEachRowIsAGroupOfLinkedParagraphs() {
    SourceText left =
        SourceText.of("a.txt", "春天来了，万物复苏。\n\n夏天很热，大家都去游泳。\n\n秋天收获了很多粮食。\n\n冬天下雪了。\n");
    SourceText right =
        SourceText.of("b.txt", "春天来了，万物复苏。\n\n秋天收获了很多的粮食。\n\n冬天下雪了，孩子们堆雪人。\n\n新的一年开始了。\n");

    ComparisonTable table = ComparisonTable.of(ClauseDiff.create().compare(left, right));

    assertThat(table.rowLevel()).isEqualTo(UnitKind.PARAGRAPH);
    assertThat(table.rows())
        .extracting(r -> text(r.left()) + " | " + text(r.right()) + " | " + r.note())
        .containsExactly(
            "春天来了，万物复苏。 | 春天来了，万物复苏。 | unchanged",
            "夏天很热，大家都去游泳。 |  | deleted",
            "秋天收获了很多粮食。 | 秋天收获了很多的粮食。 | modified",
            "冬天下雪了。 | 冬天下雪了，孩子们堆雪人。 | modified",
            " | 新的一年开始了。 | added");
    assertThat(table.rows().get(0).leftHeading()).isEqualTo(Optional.empty());
  }

  @Test
  void theCsvStartsWithAByteOrderMarkAndDefusesFormulas() {
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of("a.txt", "=HYPERLINK(\"http://example.invalid\")，旧的一句。\n"),
                SourceText.of("b.txt", "=HYPERLINK(\"http://example.invalid\")，新的一句。\n"));

    String csv = new TableCsvWriter().render(comparison);

    assertThat(csv).startsWith("\uFEFFn,old heading,new heading,old,new,note,similarity\r\n");
    List<List<String>> records = ReportChecks.assertCsv(csv.substring(1), 7);
    assertThat(records.get(1).get(3)).isEqualTo("'=HYPERLINK(\"http://example.invalid\")，旧的一句。");
    assertThat(records.get(1).get(5)).isEqualTo("modified");
  }

  private static String text(List<Piece> pieces) {
    StringBuilder text = new StringBuilder();
    pieces.forEach(p -> text.append(p.text()));
    return text.toString();
  }

  /** A sentence as a cell shows it: line breaks inside it as spaces. */
  private static String line(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
