package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.Test;

class DamageTest {

  private static RuntimeException thrownAt(String className, RuntimeException e) {
    e.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(className, "parse", "X.java", 1),
          new StackTraceElement("org.clausediff.formats.DocxReader", "read", "DocxReader.java", 2)
        });
    return e;
  }

  @Test
  void turnsAParsersUncheckedExceptionIntoCorrupt() {
    RuntimeException e =
        Damage.ifFromParser(
            thrownAt(
                "org.apache.poi.openxml4j.opc.PackagingURIHelper",
                new IllegalArgumentException("targetUri invalid - x\nmore")),
            "a.docx",
            "is a damaged Word document");
    assertThat(e).isInstanceOf(UnreadableDocumentException.class);
    assertThat(((UnreadableDocumentException) e).reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage())
        .isEqualTo("a.docx: is a damaged Word document (targetUri invalid - x)");
  }

  @Test
  void looksThroughJdkHelpersToTheParserThatCalledThem() {
    IndexOutOfBoundsException oob = new IndexOutOfBoundsException("7");
    oob.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.util.Objects", "checkIndex", "Objects.java", 1),
          new StackTraceElement("org.apache.poi.hwpf.model.PAPX", "get", "PAPX.java", 2)
        });
    assertThat(Damage.ifFromParser(oob, "a.doc", "is damaged"))
        .isInstanceOf(UnreadableDocumentException.class);
  }

  @Test
  void letsOurOwnBugsThrough() {
    RuntimeException bug =
        thrownAt("org.clausediff.formats.PdfReader", new IllegalStateException("bug"));
    assertThat(Damage.ifFromParser(bug, "a.pdf", "is damaged")).isSameAs(bug);
    IndexOutOfBoundsException viaJdk = new IndexOutOfBoundsException("3");
    viaJdk.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.util.ArrayList", "get", "ArrayList.java", 1),
          new StackTraceElement("org.clausediff.formats.HtmlReader", "read", "HtmlReader.java", 2)
        });
    assertThat(Damage.ifFromParser(viaJdk, "a.html", "is damaged")).isSameAs(viaJdk);
  }
}
