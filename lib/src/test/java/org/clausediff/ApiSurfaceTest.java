package org.clausediff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's public surface: what its module exports, and that nothing else leaks through it —
 * no engine type and no third-party type (Guava, Jackson, java-diff-utils, ICU) in any public
 * signature of an exported package.
 */
class ApiSurfaceTest {
  /** The packages lib exports: checked against its module-info below, used by ArchitectureTest. */
  static final Set<String> API_PACKAGES =
      Set.of(
          "org.clausediff",
          "org.clausediff.text",
          "org.clausediff.text.normalize",
          "org.clausediff.segment",
          "org.clausediff.compare",
          "org.clausediff.dups",
          "org.clausediff.collate",
          "org.clausediff.report",
          "org.clausediff.fingerprint");

  private static Path classes;
  private static List<Class<?>> all;

  @BeforeAll
  static void loadClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    classes = Path.of(ClauseDiff.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString();
        if (name.equals("module-info.class")) {
          continue;
        }
        all.add(
            Class.forName(
                name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                false,
                ApiSurfaceTest.class.getClassLoader()));
      }
    }
  }

  @Test
  void theModuleExportsOnlyTheApiPackages() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }

    assertThat(descriptor.name()).isEqualTo("org.clausediff");
    assertThat(descriptor.exports())
        .allSatisfy(export -> assertThat(export.isQualified()).isFalse());
    assertThat(
            descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .isEqualTo(API_PACKAGES);
    assertThat(descriptor.packages())
        .as("every package that is not API is engine, under org.clausediff.internal")
        .allSatisfy(
            p ->
                assertThat(API_PACKAGES.contains(p) || p.startsWith("org.clausediff.internal."))
                    .as(p)
                    .isTrue());
  }

  @Test
  void publicSignaturesOfTheApiUseOnlyTheApiAndTheJdk() {
    Set<String> leaks = new TreeSet<>();
    for (Class<?> type : apiTypes()) {
      String where = type.getName();
      check(type.getGenericSuperclass(), where + " extends", leaks);
      for (Type supertype : type.getGenericInterfaces()) {
        check(supertype, where + " implements", leaks);
      }
      for (Field field : type.getDeclaredFields()) {
        if (visible(field.getModifiers())) {
          check(field.getGenericType(), where + "." + field.getName(), leaks);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
          for (Type parameter : constructor.getGenericParameterTypes()) {
            check(parameter, where + " constructor", leaks);
          }
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (!visible(method.getModifiers()) || method.isSynthetic() || method.isBridge()) {
          continue;
        }
        String name = where + "." + method.getName() + "()";
        check(method.getGenericReturnType(), name, leaks);
        for (Type parameter : method.getGenericParameterTypes()) {
          check(parameter, name, leaks);
        }
        for (Type thrown : method.getGenericExceptionTypes()) {
          check(thrown, name + " throws", leaks);
        }
      }
    }

    assertThat(leaks).as("types outside the API and the JDK in public signatures").isEmpty();
  }

  @Test
  void theApiIsSmall() {
    List<String> api = apiTypes().stream().map(Class::getName).sorted().toList();

    // 88 on main: 75 for the pipeline; 8 for org.clausediff.fingerprint (issue 15: the units and
    // signatures that the corpus index and the distributed job compute with the library); 5 for
    // issue 14: ComparisonTable with its Row, Piece and Note (the 新旧对照表 as data, which the .docx
    // writer of the formats module renders) and ReportEncoder (every format as bytes);
    // PrintableText
    // and Encoding for issue 17 within that. 3 more for issue 12/14: the sealed Collation's two
    // variants, its verdicts and the kinds of additions, less the Status they replace.
    assertThat(api).as("public types of the exported packages").hasSizeLessThanOrEqualTo(91);
  }

  /**
   * No documentation in the exported packages promises a sentinel for "not known" (-1, a negative
   * number, null): absence is an {@code Optional}, {@code OptionalInt} or {@code OptionalLong}
   * (STYLE §3). The offset of {@link InvalidInputException} was the last ("or a negative number
   * when not known").
   */
  @Test
  void noApiDocumentationPromisesASentinel() throws IOException {
    Pattern sentinel =
        Pattern.compile(
            "(?i)(\\bor -1\\b|-1 (if|when)|or a negative|negative (number|value) (if|when)"
                + "|\\bor null\\b|\\bnull (if|when)\\b)");
    Path sources = TestData.dir().getParent().resolve("lib/src/main/java");
    Set<String> promises = new TreeSet<>();
    int read = 0;
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
        if (!API_PACKAGES.contains(pkg)) {
          continue;
        }
        read++;
        // Javadoc lines joined, so that a phrase broken across two lines is found.
        String comments =
            Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("*") || line.startsWith("/**"))
                .map(line -> line.replaceFirst("^/?\\*+\\s*", ""))
                .collect(Collectors.joining(" "));
        Matcher m = sentinel.matcher(comments);
        while (m.find()) {
          promises.add(file.getFileName() + ": " + m.group());
        }
      }
    }
    assertThat(read).isGreaterThan(50);
    assertThat(promises).isEmpty();
  }

  /** The public types of the exported packages, nested ones included. */
  private static List<Class<?>> apiTypes() {
    return all.stream()
        .filter(type -> API_PACKAGES.contains(type.getPackageName()))
        .filter(ApiSurfaceTest::publiclyVisible)
        .toList();
  }

  private static boolean publiclyVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(Type type, String where, Set<String> leaks) {
    if (type == null) {
      return;
    }
    if (type instanceof Class<?>) {
      Class<?> raw = (Class<?>) type;
      while (raw.isArray()) {
        raw = raw.getComponentType();
      }
      if (!raw.isPrimitive()
          && !raw.getPackageName().startsWith("java.")
          && !(API_PACKAGES.contains(raw.getPackageName()) && publiclyVisible(raw))) {
        leaks.add(where + ": " + raw.getName());
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      check(parameterized.getRawType(), where, leaks);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, where, leaks);
      }
    } else if (type instanceof WildcardType) {
      for (Type bound : ((WildcardType) type).getUpperBounds()) {
        check(bound, where, leaks);
      }
      for (Type bound : ((WildcardType) type).getLowerBounds()) {
        check(bound, where, leaks);
      }
    } else if (type instanceof GenericArrayType) {
      check(((GenericArrayType) type).getGenericComponentType(), where, leaks);
    } else if (type instanceof TypeVariable<?>) {
      for (Type bound : ((TypeVariable<?>) type).getBounds()) {
        check(bound, where, leaks);
      }
    }
  }
}
