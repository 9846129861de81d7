package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.clausediff.ClauseDiff;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The section paths built in one walk are those the document gives unit by unit, collapsed. */
class SectionPathsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "qinghai-2017-new-growth-drivers.txt",
        "henan-2017-new-growth-drivers.txt",
        "yunnan-2017-new-growth-drivers-garbled.txt",
        "qinghai-2018-county-innovation.txt"
      })
  void everyUnitHasTheCollapsedSectionPathOfTheDocument(String seed) {
    Document document = ClauseDiff.create().segment(TestData.text(seed)).document();
    SectionPaths paths = new SectionPaths(document);

    int withPath = 0;
    for (Unit unit : document.units()) {
      String expected = PrintableText.collapsed(document.sectionPath(unit));
      assertThat(paths.of(unit)).as("%s: unit %s", seed, unit.index()).isEqualTo(expected);
      withPath += expected.isEmpty() ? 0 : 1;
    }
    assertThat(withPath).as("units inside a numbered part").isGreaterThan(10);
  }
}
