package cn.campus.repair.places;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font the label sheets write names in. PDF's built-in fonts have no Chinese, so a font with
 * TrueType outlines is embedded (only the characters used): {@code repair.places.label-font}, or
 * else the first of the usual places where Debian's fonts-wqy-microhei, fonts-wqy-zenhei,
 * fonts-arphic-uming or Windows keep one. (Noto Sans CJK and Source Han are OpenType with CFF
 * outlines, which PDFBox cannot embed.)
 */
@Component
class LabelFont {

  private static final Logger log = LoggerFactory.getLogger(LabelFont.class);
  private static final List<String> USUAL_PLACES = List.of(
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "/usr/share/fonts/truetype/arphic/uming.ttc",
      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
      "C:/Windows/Fonts/simhei.ttf",
      "C:/Windows/Fonts/msyh.ttc",
      "C:/Windows/Fonts/simsun.ttc");

  private final Optional<Path> file;

  LabelFont(@Value("${repair.places.label-font:}") String configured) {
    this.file = configured.isBlank()
        ? USUAL_PLACES.stream().map(Path::of).filter(Files::isReadable).findFirst()
        : Optional.of(Path.of(configured)).filter(Files::isReadable);
    if (file.isPresent()) {
      log.info("Label sheets write names in {}", file.get());
    } else {
      log.warn("No Chinese font for label sheets ({}): install fonts-wqy-microhei or set repair.places.label-font;"
          + " label sheets answer 503 until then", configured.isBlank() ? "none of the usual places" : configured);
    }
  }

  boolean available() {
    return file.isPresent();
  }

  /**
   * Loads the font into a document. A collection (.ttc) stays open until {@code whileOpen} is done,
   * since the subset is cut when the document is saved.
   */
  void use(PDDocument document, FontUser whileOpen) throws IOException {
    Path path = file.orElseThrow();
    if (!path.toString().toLowerCase().endsWith(".ttc")) {
      whileOpen.write(PDType0Font.load(document, path.toFile()));
      return;
    }
    try (TrueTypeCollection collection = new TrueTypeCollection(path.toFile())) {
      AtomicReference<TrueTypeFont> first = new AtomicReference<>();
      collection.processAllFonts(font -> first.compareAndSet(null, font));
      whileOpen.write(PDType0Font.load(document, first.get(), true));
    }
  }

  @FunctionalInterface
  interface FontUser {
    void write(PDType0Font font) throws IOException;
  }
}
