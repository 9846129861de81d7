package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's public surface: which types are public, and no third-party type in a signature. */
class FormatsApiSurfaceTest {
  private static final List<Class<?>> PUBLIC =
      List.of(
          DocumentReader.class,
          ReadOptions.class,
          InputFormat.class,
          Extraction.class,
          UnreadableDocumentException.class,
          UnreadableDocumentException.Reason.class,
          org.clausediff.formats.report.ComparisonTableDocx.class);

  private static final List<Class<?>> PACKAGE_PRIVATE =
      List.of(
          FormatReader.class,
          DocxReader.class,
          DocxPackage.class,
          DocxBody.class,
          DocxNotes.class,
          WordStyles.class,
          WordNumberingXml.class,
          DocReader.class,
          DocListLabels.class,
          Ole2Files.class,
          PdfReader.class,
          PdfLineCollector.class,
          PdfRunningLines.class,
          HtmlReader.class,
          MarkdownReader.class,
          TextFileReader.class,
          FormatDetector.class,
          TextBuilder.class,
          WordNumbering.class,
          ListNumbers.class,
          Input.class,
          Xml.class,
          Damage.class);

  @Test
  void onlyTheApiIsPublic() {
    for (Class<?> c : PUBLIC) {
      assertThat(Modifier.isPublic(c.getModifiers())).as(c.getName()).isTrue();
    }
    for (Class<?> c : PACKAGE_PRIVATE) {
      assertThat(Modifier.isPublic(c.getModifiers())).as(c.getName()).isFalse();
    }
  }

  @Test
  void noThirdPartyTypeInAPublicSignature() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : PUBLIC) {
      for (Method m : c.getMethods()) {
        if (m.getDeclaringClass() != c) {
          continue;
        }
        check(leaks, c, m.getName(), m.getGenericReturnType());
        for (Type t : m.getGenericParameterTypes()) {
          check(leaks, c, m.getName(), t);
        }
      }
      for (Constructor<?> k : c.getConstructors()) {
        for (Type t : k.getGenericParameterTypes()) {
          check(leaks, c, "<init>", t);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void check(List<String> leaks, Class<?> owner, String member, Type type) {
    String name = type.getTypeName();
    for (String foreign :
        new String[] {"org.apache.", "org.jsoup.", "com.google.", "org.openxmlformats."}) {
      if (name.contains(foreign)) {
        leaks.add(owner.getSimpleName() + "." + member + ": " + name);
      }
    }
  }
}
