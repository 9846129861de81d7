package org.clausediff.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * An HTML page: the text of its main content. Scripts, styles, forms, navigation, menus, headers,
 * footers, breadcrumbs, sidebars and share buttons are dropped (by element and by class or id
 * names); the main content is then the element that holds most of the remaining text, found by
 * descending from {@code <main>}, {@code <article>} or {@code <body>} into the child that holds
 * most of it. A CSS selector in the options names the content instead. Block elements become line
 * breaks, table cells are separated by tabs, white space is collapsed as a browser does. Every code
 * point maps to the element whose text it is, as a CSS selector path.
 */
final class HtmlReader implements FormatReader {
  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "nav",
          "header",
          "footer",
          "aside",
          "form",
          "iframe",
          "svg",
          "button",
          "select",
          "input",
          "textarea",
          "object",
          "embed",
          "canvas",
          "head",
          "menu",
          "dialog");

  /** Class and id words of page furniture, as gov.cn and most CMS templates name it. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?:^|[\\s_-])(?:nav|navbar|menu|header|footer|foot|breadcrumbs?|crumbs?|position|location"
              + "|share|bdsharebuttonbox|sidebar|side|aside|toolbar|tools|print|comments?|copyright"
              + "|banner|ads?|advert|social|related|logo|search|skip|top-bar|topbar)(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "tr",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "caption",
          "section",
          "article",
          "main",
          "blockquote",
          "pre",
          "hr",
          "figure",
          "figcaption",
          "address",
          "center",
          "body",
          "html",
          "br");

  /** A share of the text above which the descent goes on into one child. */
  private static final double DOMINANT = 0.7;

  @Override
  public Extraction read(Input input, ReadOptions options) throws IOException {
    SourceText html = TextDecoder.of(options.decodeOptions()).decode(input.name(), input.bytes());
    Document page = Jsoup.parse(html.text());
    List<Element> content;
    List<String> notes = new ArrayList<>();
    if (options.contentSelector().isPresent()) {
      String selector = options.contentSelector().get();
      Elements selected;
      try {
        selected = page.select(selector);
      } catch (Selector.SelectorParseException e) {
        throw new IllegalArgumentException("contentSelector is not a CSS selector: " + selector, e);
      }
      if (selected.isEmpty()) {
        throw new UnreadableDocumentException(
            input.name(), Reason.NO_CONTENT, "no element of the page matches " + selector);
      }
      content = selected;
    } else {
      dropFurniture(page.body());
      Element main = mainContent(page);
      content = List.of(main);
      notes.add("main content: " + main.cssSelector());
    }
    TextBuilder out = new TextBuilder(input.name(), options.maxInputBytes());
    Map<Element, SourceLocation> paths = new HashMap<>();
    for (Element element : content) {
      Writer writer = new Writer(out, paths);
      writer.block(element);
      out.finish(writer.lastLocation);
    }
    return new Extraction(out.build(InputFormat.HTML.sourceFormat()), InputFormat.HTML, notes);
  }

  private static void dropFurniture(Element body) {
    List<Element> drop = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      String tag = e.normalName();
      String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
      if (DROPPED.contains(tag)
          || e.hasAttr("hidden")
          || style.contains("display:none")
          || style.contains("visibility:hidden")
          || "navigation".equals(e.attr("role"))
          || "banner".equals(e.attr("role"))
          || "contentinfo".equals(e.attr("role"))
          || FURNITURE.matcher(e.className()).find()
          || FURNITURE.matcher(e.id()).find()) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      e.remove();
    }
  }

  private static Element mainContent(Document page) {
    Element start = page.body();
    Elements marked = page.select("main, [role=main], article");
    if (marked.size() == 1) {
      start = marked.first();
    }
    Element current = start;
    while (true) {
      int total = textLength(current);
      Element best = null;
      int bestLength = 0;
      for (Element child : current.children()) {
        int length = textLength(child);
        if (length > bestLength) {
          best = child;
          bestLength = length;
        }
      }
      if (best == null || total == 0 || bestLength < DOMINANT * total || !isContainer(best)) {
        return current;
      }
      current = best;
    }
  }

  /** Elements the descent may enter: not a single paragraph or line of text. */
  private static boolean isContainer(Element e) {
    return e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()));
  }

  /** Text outside links, in code points without white space: the measure of content. */
  private static int textLength(Element e) {
    int[] length = {0};
    e.traverse(
        (node, depth) -> {
          if (node instanceof TextNode && !insideLink(node, e)) {
            String t = ((TextNode) node).text();
            for (int i = 0; i < t.length(); i++) {
              if (!Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '\u00A0') {
                length[0]++;
              }
            }
          }
        });
    return length[0];
  }

  private static boolean insideLink(Node node, Element root) {
    for (Node n = node.parentNode(); n != null && n != root; n = n.parentNode()) {
      if (n instanceof Element && ((Element) n).normalName().equals("a")) {
        return true;
      }
    }
    return false;
  }

  /** Writes an element's text with browser-like white space: collapsed, blocks on their lines. */
  private static final class Writer {
    private final TextBuilder out;
    private final Map<Element, SourceLocation> paths;
    private static final int NONE = 0;
    private static final int LINE = 1;
    private static final int PARAGRAPH = 2;

    private boolean lineHasText;
    private int pending = NONE;
    private boolean pendingSpace;
    private SourceLocation lastLocation = new SourceLocation.Element("html");

    Writer(TextBuilder out, Map<Element, SourceLocation> paths) {
      this.out = out;
      this.paths = paths;
    }

    void block(Element element) {
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode) {
          text(((TextNode) child).getWholeText(), element, insidePre(element));
        } else if (child instanceof Element) {
          Element e = (Element) child;
          String tag = e.normalName();
          if (DROPPED.contains(tag)) {
            continue;
          }
          if (tag.equals("br")) {
            newline(location(element));
            continue;
          }
          boolean isBlock = BLOCKS.contains(tag);
          if (isBlock) {
            breakLine(e);
          }
          if (tag.equals("td") || tag.equals("th")) {
            if (e.elementSiblingIndex() > 0) {
              flushBreak();
              out.append("\t", location(e));
              pendingSpace = false;
            }
          }
          if (tag.equals("img") && !e.attr("alt").isBlank()) {
            text(e.attr("alt"), e, false);
          }
          block(e);
          if (isBlock) {
            breakLine(e);
          }
        }
      }
    }

    void breakLine(Element e) {
      if (lineHasText) {
        pending = Math.max(pending, inTableRow(e) ? LINE : PARAGRAPH);
        lineHasText = false;
        pendingSpace = false;
      }
    }

    private static boolean inTableRow(Element e) {
      String tag = e.normalName();
      return tag.equals("tr") || tag.equals("td") || tag.equals("th");
    }

    private void newline(SourceLocation location) {
      if (lineHasText || pending == NONE) {
        pending = Math.max(pending, LINE);
      }
      lineHasText = false;
      pendingSpace = false;
    }

    /** Writes the break that the blocks and line breaks before this text asked for. */
    private void flushBreak() {
      if (pending == PARAGRAPH) {
        out.startParagraph(lastLocation);
      } else if (pending == LINE && out.length() > 0) {
        out.append("\n", lastLocation);
      }
      pending = NONE;
    }

    private void text(String raw, Element parent, boolean pre) {
      SourceLocation location = location(parent);
      if (pre) {
        flushBreak();
        out.append(raw, location);
        lineHasText = !raw.isEmpty() && !raw.endsWith("\n");
        lastLocation = location;
        return;
      }
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          pendingSpace = true;
        } else {
          if (pendingSpace && (lineHasText || s.length() > 0)) {
            s.append(' ');
          }
          pendingSpace = false;
          s.append(c);
        }
      }
      if (s.length() > 0) {
        flushBreak();
        out.append(s, location);
        lineHasText = true;
        lastLocation = location;
      }
    }

    private SourceLocation location(Element e) {
      return paths.computeIfAbsent(e, el -> new SourceLocation.Element(el.cssSelector()));
    }

    private static boolean insidePre(Element e) {
      for (Element p = e; p != null; p = p.parent()) {
        if (p.normalName().equals("pre")) {
          return true;
        }
      }
      return false;
    }
  }
}
