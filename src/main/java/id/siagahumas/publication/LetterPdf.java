package id.siagahumas.publication;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Component;

/**
 * The hak jawab as a PDF letter: the approved text (rendered from the same template as the draft), on A4,
 * one paragraph per line, so the outlet receives a document it can file and print.
 */
@Component
public class LetterPdf {

  public byte[] render(String title, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 72, 72, 72, 72);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.addCreator("Siaga Humas");
      document.open();
      Font font = FontFactory.getFont(FontFactory.TIMES_ROMAN, 12);
      for (String line : text.split("\n", -1)) {
        Paragraph paragraph = new Paragraph(line.isEmpty() ? " " : line, font);
        paragraph.setLeading(16);
        document.add(paragraph);
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot render the letter", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }
}
