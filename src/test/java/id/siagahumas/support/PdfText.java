package id.siagahumas.support;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as its reader sees it (Apache PDFBox): the text, the fonts, the page size. */
public final class PdfText {

  private PdfText() {
  }

  /** The text in reading order (top to bottom, left to right, as laid out on the page). */
  public static String of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  /** Whether every font the pages use is embedded in the file. */
  public static boolean fontsEmbedded(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      boolean any = false;
      for (var page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          any = true;
          if (!font.isEmbedded()) {
            return false;
          }
        }
      }
      return any;
    }
  }

  /** The number of pages. */
  public static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** The text of one page (from 1). */
  public static String page(byte[] pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(document);
    }
  }

  /** Width and height of the first page in points (A4: 595 x 842). */
  public static float[] pageSize(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var box = document.getPage(0).getMediaBox();
      return new float[] {box.getWidth(), box.getHeight()};
    }
  }

  /** The PDF attachments of a received e-mail. */
  public static List<byte[]> attachments(MimeMessage message) throws Exception {
    List<byte[]> pdfs = new ArrayList<>();
    if (message.getContent() instanceof MimeMultipart parts) {
      collect(parts, pdfs);
    }
    return pdfs;
  }

  private static void collect(MimeMultipart parts, List<byte[]> pdfs) throws Exception {
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getContent() instanceof MimeMultipart nested) {
        collect(nested, pdfs);
      } else if (part.getContentType().toLowerCase().startsWith("application/pdf")) {
        pdfs.add(part.getInputStream().readAllBytes());
      }
    }
  }
}
