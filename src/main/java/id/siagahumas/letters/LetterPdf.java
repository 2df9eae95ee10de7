package id.siagahumas.letters;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A letter as the PDF the outlet receives: A4, the letterhead over a rule, number and subject, place and date,
 * addressee, body, signatory, and the contact line at the foot of every page (never a page of its own), in
 * Liberation Serif embedded in the file (from OpenPDF's
 * fonts-extra), so it prints the same everywhere and renders every Indonesian character.
 */
@Component
public class LetterPdf {

  private final BaseFont regular = font("liberation/LiberationSerif-Regular.ttf");
  private final BaseFont bold = font("liberation/LiberationSerif-Bold.ttf");

  public byte[] render(Letter letter) {
    Font text = new Font(regular, 12);
    Font strong = new Font(bold, 12);
    Font head = new Font(bold, 12);
    Font small = new Font(regular, 9.5f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 68, 60, 48, FOOT);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new ContactFooter(letter.contact(), small));
      document.addTitle(letter.subject());
      document.addSubject(letter.number() == null ? Letter.NUMBER_NOT_YET : letter.number());
      document.addCreator("Siaga Humas");
      document.open();
      for (String line : letter.letterhead()) {
        document.add(centered(line, head, 0));
      }
      document.add(centered(letter.letterheadContact(), small, 2));
      document.add(new Chunk(new LineSeparator(1.5f, 100, null, Element.ALIGN_CENTER, -4)));
      document.add(spacer(10));

      PdfPTable heading = new PdfPTable(new float[] {1.2f, 0.2f, 5.6f});
      heading.setWidthPercentage(100);
      row(heading, "Nomor", letter.number() == null ? Letter.NUMBER_NOT_YET : letter.number(), text);
      row(heading, "Sifat", "Segera", text);
      row(heading, "Lampiran", "-", text);
      row(heading, "Hal", letter.subject(), strong);
      Paragraph date = new Paragraph(letter.placeAndDate(), text);
      date.setAlignment(Element.ALIGN_RIGHT);
      document.add(date);
      document.add(spacer(6));
      document.add(heading);
      document.add(spacer(10));
      for (String line : letter.addressee()) {
        document.add(new Paragraph(line, text));
      }
      if (letter.reference() != null) {
        document.add(spacer(6));
        document.add(new Paragraph(letter.reference(), small));
      }
      document.add(spacer(8));
      for (String line : letter.body().split("\n", -1)) {
        Paragraph paragraph = new Paragraph(line.isEmpty() ? " " : line, text);
        paragraph.setLeading(16);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        document.add(paragraph);
      }
      document.add(spacer(14));
      // The signatory block on the right half, as official letters are signed.
      Paragraph signatory = new Paragraph();
      signatory.setLeading(16);
      signatory.add(new Chunk(letter.signatoryTitle() + "\n\n\n\n", text));
      signatory.add(new Chunk(letter.signatoryName() + "\n", strong));
      signatory.add(new Chunk(letter.signatoryNip(), text));
      PdfPTable signature = new PdfPTable(new float[] {1f, 1.1f});
      signature.setWidthPercentage(100);
      signature.setKeepTogether(true);
      PdfPCell left = new PdfPCell(new Paragraph(" ", text));
      left.setBorder(PdfPCell.NO_BORDER);
      PdfPCell right = new PdfPCell(signatory);
      right.setBorder(PdfPCell.NO_BORDER);
      signature.addCell(left);
      signature.addCell(right);
      document.add(signature);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot render the letter", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  /** Bottom margin: room for the contact line under the text. */
  private static final float FOOT = 72;

  /** The contact line in the bottom margin of each page, over the rule of a letter's foot. */
  private static final class ContactFooter extends PdfPageEventHelper {
    private final String contact;
    private final Font font;

    ContactFooter(String contact, Font font) {
      this.contact = contact;
      this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      Rectangle page = document.getPageSize();
      ColumnText column = new ColumnText(writer.getDirectContent());
      column.setSimpleColumn(new Phrase(contact, font), document.leftMargin(), 24,
          page.getWidth() - document.rightMargin(), FOOT - 16, 11, Element.ALIGN_LEFT);
      try {
        column.go();
      } catch (DocumentException e) {
        throw new IllegalStateException("Cannot write the letter's contact line", e);
      }
    }
  }

  private static void row(PdfPTable table, String label, String value, Font font) {
    for (String cell : new String[] {label, ":", value}) {
      PdfPCell pdfCell = new PdfPCell(new Paragraph(cell, font));
      pdfCell.setBorder(PdfPCell.NO_BORDER);
      pdfCell.setPaddingBottom(2);
      table.addCell(pdfCell);
    }
  }

  private static Paragraph centered(String line, Font font, float after) {
    Paragraph paragraph = new Paragraph(line, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  private Paragraph spacer(float height) {
    Paragraph paragraph = new Paragraph(" ", new Font(regular, 6)); // no standard font: every font is embedded
    paragraph.setLeading(height);
    return paragraph;
  }

  private static BaseFont font(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException | DocumentException e) {
      throw new UncheckedIOException("Font " + path + " missing from the classpath (openpdf-fonts-extra)",
          e instanceof IOException io ? io : new IOException(e));
    }
  }
}
