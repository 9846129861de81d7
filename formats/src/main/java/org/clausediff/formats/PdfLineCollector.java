package org.clausediff.formats;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines of each page of a PDF's text layer with their boxes, in the order the page
 * draws them, instead of writing text (PDFBox's {@link PDFTextStripper} finds the lines and words).
 */
final class PdfLineCollector extends PDFTextStripper {
  final List<List<PdfReader.Line>> pages = new ArrayList<>();
  private List<PdfReader.Line> page;
  private int pageNumber;
  private float pageHeight;
  private final StringBuilder text = new StringBuilder();
  private boolean pendingSpace;
  private float x0;
  private float x1;
  private float top;
  private float bottom;

  PdfLineCollector() {
    setSortByPosition(false);
    setShouldSeparateByBeads(true);
  }

  @Override
  protected void startPage(PDPage p) {
    page = new ArrayList<>();
    pageNumber++;
    PDRectangle box = p.getCropBox();
    pageHeight = box == null ? 0 : box.getHeight();
    reset();
  }

  @Override
  protected void endPage(PDPage p) {
    finishLine();
    pages.add(page);
  }

  @Override
  protected void writeString(String string, List<TextPosition> positions) {
    if (pendingSpace && text.length() > 0 && !string.isEmpty()) {
      int last = text.codePointBefore(text.length());
      // A gap next to CJK is layout (justification, a change of font), not a space.
      if (!PdfReader.isCjk(last) && !PdfReader.isCjk(string.codePointAt(0))) {
        text.append(' ');
      }
    }
    pendingSpace = false;
    text.append(string);
    for (TextPosition t : positions) {
      float left = t.getXDirAdj();
      float right = left + t.getWidthDirAdj();
      float baseline = t.getYDirAdj();
      float height = t.getHeightDir();
      x0 = Math.min(x0, left);
      x1 = Math.max(x1, right);
      top = Math.min(top, baseline - height);
      bottom = Math.max(bottom, baseline);
    }
  }

  @Override
  protected void writeWordSeparator() {
    pendingSpace = true;
  }

  @Override
  protected void writeLineSeparator() {
    finishLine();
  }

  @Override
  protected void writeParagraphStart() {
    finishLine();
  }

  @Override
  protected void writeParagraphEnd() {
    finishLine();
  }

  @Override
  protected void writePageStart() {}

  @Override
  protected void writePageEnd() {}

  private void finishLine() {
    if (text.length() > 0) {
      float y = top == Float.MAX_VALUE ? pageHeight : top;
      page.add(new PdfReader.Line(pageNumber, page.size() + 1, text.toString(), x0, x1, y, bottom));
    }
    reset();
  }

  private void reset() {
    text.setLength(0);
    pendingSpace = false;
    x0 = Float.MAX_VALUE;
    x1 = 0;
    top = Float.MAX_VALUE;
    bottom = 0;
  }
}
