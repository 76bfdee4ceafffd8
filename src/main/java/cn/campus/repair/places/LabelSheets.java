package cn.campus.repair.places;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * A4 sheets of labels (PDFBox), {@link #COLUMNS} × {@link #ROWS} to a page: the code, and under it
 * the building and the room, cut along light grey lines. Sticker paper of 3 × 4 (70 × 74 mm) fits.
 */
@Component
class LabelSheets {

  static final int COLUMNS = 3;
  static final int ROWS = 4;
  static final int PER_PAGE = COLUMNS * ROWS;

  private static final float MARGIN = 18;
  private static final float CODE_SIZE = 130;
  private static final float MAIN_SIZE = 15;
  private static final float SMALL_SIZE = 10;
  private static final Color CUT_LINE = new Color(0xCC, 0xCC, 0xCC);

  private final LabelCodes codes;
  private final LabelFont font;

  LabelSheets(LabelCodes codes, LabelFont font) {
    this.codes = codes;
    this.font = font;
  }

  /** One label: what it points to, a main line (the room) and a small one (the building). */
  record Label(LabelCodes.LabelTarget target, String main, String small) {}

  boolean canPrint() {
    return font.available();
  }

  byte[] pdf(List<Label> labels) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      font.use(document, pdfFont -> {
        for (int start = 0; start < labels.size(); start += PER_PAGE) {
          page(document, pdfFont, labels.subList(start, Math.min(start + PER_PAGE, labels.size())));
        }
        document.save(out);
      });
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void page(PDDocument document, PDType0Font pdfFont, List<Label> labels) throws IOException {
    PDRectangle a4 = PDRectangle.A4;
    PDPage page = new PDPage(a4);
    document.addPage(page);
    float width = (a4.getWidth() - 2 * MARGIN) / COLUMNS;
    float height = (a4.getHeight() - 2 * MARGIN) / ROWS;
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      for (int i = 0; i < labels.size(); i++) {
        float left = MARGIN + (i % COLUMNS) * width;
        float bottom = a4.getHeight() - MARGIN - (i / COLUMNS + 1) * height;
        cell(document, content, pdfFont, labels.get(i), left, bottom, width, height);
      }
    }
  }

  private void cell(PDDocument document, PDPageContentStream content, PDType0Font pdfFont, Label label,
      float left, float bottom, float width, float height) throws IOException {
    content.setStrokingColor(CUT_LINE);
    content.setLineWidth(0.5f);
    content.addRect(left, bottom, width, height);
    content.stroke();
    // One image pixel per QR module, scaled up by the viewer without smoothing: sharp at any size.
    PDImageXObject code = LosslessFactory.createFromImage(document, codes.image(label.target(), 0));
    float codeLeft = left + (width - CODE_SIZE) / 2;
    float codeBottom = bottom + height - CODE_SIZE - 10;
    content.drawImage(code, codeLeft, codeBottom, CODE_SIZE, CODE_SIZE);
    content.setNonStrokingColor(Color.BLACK);
    centred(content, pdfFont, label.main(), MAIN_SIZE, left, width, codeBottom - MAIN_SIZE - 2);
    centred(content, pdfFont, label.small(), SMALL_SIZE, left, width, codeBottom - MAIN_SIZE - SMALL_SIZE - 8);
  }

  /** A line centred in the cell, made smaller until it fits its width. */
  private static void centred(PDPageContentStream content, PDType0Font pdfFont, String text, float size,
      float left, float width, float baseline) throws IOException {
    if (text == null || text.isBlank()) {
      return;
    }
    float room = width - 12;
    float fitted = size;
    while (fitted > 6 && pdfFont.getStringWidth(text) / 1000 * fitted > room) {
      fitted -= 0.5f;
    }
    float textWidth = pdfFont.getStringWidth(text) / 1000 * fitted;
    content.beginText();
    content.setFont(pdfFont, fitted);
    content.newLineAtOffset(left + Math.max(6, (width - textWidth) / 2), baseline);
    content.showText(text);
    content.endText();
  }
}
