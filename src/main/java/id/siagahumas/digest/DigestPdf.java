package id.siagahumas.digest;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.siagahumas.reports.UnitKpi;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The daily digest as a PDF for leadership: A4 landscape, a summary line of four figures, two bar charts (open cases
 * per severity; median minutes to publish per unit over the last days) and the tables of new cases, open cases with
 * their deadlines, missed deadlines and published statements, in Liberation Sans embedded in the file. The charts
 * are drawn with OpenPDF's own vector graphics: no second chart library for two bar charts, and they stay sharp
 * when printed.
 */
@Component
public class DigestPdf {

  static final Color NAVY = new Color(0x12, 0x35, 0x5b);
  static final Map<String, Color> SEVERITY = Map.of("KRITIS", new Color(0xb3, 0x26, 0x1e), "TINGGI",
      new Color(0xe6, 0x51, 0x00), "SEDANG", new Color(0xc7, 0x91, 0x00), "RENDAH", new Color(0x2e, 0x7d, 0x32));
  private static final Color GRID = new Color(0xd9, 0xde, 0xe3);
  private static final Color HEAD = new Color(0xe8, 0xed, 0xf2);

  private final BaseFont regular = font("liberation/LiberationSans-Regular.ttf");
  private final BaseFont bold = font("liberation/LiberationSans-Bold.ttf");

  public byte[] render(DailyDigest d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 30, 30);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle("Laporan Harian Siaga Humas " + d.regionName() + " " + d.date());
      document.addCreator("Siaga Humas");
      document.open();
      Font title = new Font(bold, 16, Font.NORMAL, NAVY);
      Font text = new Font(regular, 9);
      Font small = new Font(regular, 8, Font.NORMAL, new Color(0x5b, 0x67, 0x73));
      Font heading = new Font(bold, 11, Font.NORMAL, NAVY);
      document.add(new Paragraph("Laporan Harian Siaga Humas — " + (d.region() == null ? "Nasional"
          : "Kanwil " + d.regionName()), title));
      document.add(new Paragraph("Keadaan per " + d.asOfLocal() + "; kejadian 24 jam sebelumnya. Waktu kasus menurut "
          + "zona satker.", small));
      document.add(spacer(6));

      PdfPTable summary = new PdfPTable(4);
      summary.setWidthPercentage(100);
      figure(summary, "Kasus baru (24 jam)", d.newCases().size(), NAVY);
      figure(summary, "Kasus terbuka", d.openCases().size(), NAVY);
      figure(summary, "Tenggat terlewat (24 jam)", d.breaches().size(),
          d.breaches().isEmpty() ? NAVY : SEVERITY.get("KRITIS"));
      figure(summary, "Pernyataan terbit (24 jam)", d.statementsPublished().size(), NAVY);
      document.add(summary);
      document.add(spacer(8));

      PdfPTable charts = new PdfPTable(new float[] {1f, 1.4f});
      charts.setWidthPercentage(100);
      PdfContentByte canvas = writer.getDirectContent();
      charts.addCell(chartCell("Kasus terbuka per tingkat keparahan", severityChart(canvas, d.openBySeverity()),
          heading));
      charts.addCell(chartCell("Median menit hingga pernyataan terbit per satker (" + d.kpi().from().getDayOfMonth()
          + "/" + d.kpi().from().getMonthValue() + "–" + d.kpi().to().getDayOfMonth() + "/" + d.kpi().to().getMonthValue()
          + ")", publishChart(canvas, d.kpi().units()), heading));
      document.add(charts);

      section(document, "Kasus baru 24 jam terakhir", heading);
      table(document, new String[] {"Kasus", "Keparahan", "Satker", "Kategori", "Berita", "Dibuka"},
          new float[] {1.2f, 0.9f, 2f, 1.4f, 3.2f, 1.6f}, d.newCases().stream().map(i -> new String[] {i.caseId(),
              i.severity(), i.unitName(), i.categories(), i.title(), i.openedAtLocal()}).toList(), text);
      section(document, "Kasus terbuka dan tenggatnya", heading);
      table(document, new String[] {"Kasus", "Keparahan", "Satker", "Tahap", "Tenggat verifikasi",
              "Tenggat pernyataan", "Status"}, new float[] {1.2f, 0.9f, 2f, 1.8f, 1.6f, 1.6f, 1f},
          d.openCases().stream().map(i -> new String[] {i.caseId(), i.severity(), i.unitName(), i.state(),
              i.verifyDueLocal(), i.statementDueLocal(), i.breached() ? "LEWAT TENGGAT" : "sesuai jadwal"}).toList(),
          text);
      section(document, "Tenggat terlewat 24 jam terakhir", heading);
      table(document, new String[] {"Kasus", "Keparahan", "Satker", "Tenggat", "Jatuh tempo", "Diselesaikan"},
          new float[] {1.2f, 0.9f, 2f, 1f, 1.6f, 1.6f}, d.breaches().stream().map(b -> new String[] {b.caseId(),
              b.severity(), b.unitName(), b.deadline(), b.dueLocal(), b.doneLocal()}).toList(), text);
      section(document, "Pernyataan terbit 24 jam terakhir", heading);
      table(document, new String[] {"Kasus", "Versi", "Jenis", "Satker", "Pertama dikirim", "Penerima"},
          new float[] {1.2f, 0.6f, 1.2f, 2f, 1.6f, 0.8f}, d.statementsPublished().stream().map(p -> new String[] {
              p.caseId(), String.valueOf(p.version()), p.type(), p.unitName(), p.firstSentLocal(),
              String.valueOf(p.recipients())}).toList(), text);
      document.add(spacer(8));
      document.add(new Paragraph("Dibuat otomatis oleh Siaga Humas. Rincian tiap kasus: Papan Kasus (/papan).", small));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Digest PDF could not be written", e);
    }
    return out.toByteArray();
  }

  private void figure(PdfPTable table, String label, int value, Color colour) {
    Phrase phrase = new Phrase();
    phrase.add(new Chunk(value + "\n", new Font(bold, 20, Font.NORMAL, colour)));
    phrase.add(new Chunk(label, new Font(regular, 9)));
    PdfPCell cell = new PdfPCell(phrase);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setPadding(6);
    cell.setBorderColor(GRID);
    table.addCell(cell);
  }

  private PdfPCell chartCell(String caption, PdfTemplate chart, Font heading) throws DocumentException {
    PdfPCell cell = new PdfPCell();
    cell.setBorderColor(GRID);
    cell.setPadding(6);
    cell.addElement(new Paragraph(caption, heading));
    Image image = Image.getInstance(chart);
    image.setAlignment(Element.ALIGN_CENTER);
    cell.addElement(image);
    return cell;
  }

  /** Vertical bars, one per severity, in the severity's colour, with the count above each. */
  PdfTemplate severityChart(PdfContentByte canvas, Map<String, Integer> counts) {
    float w = 280;
    float h = 150;
    PdfTemplate t = canvas.createTemplate(w, h);
    int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    float base = 20;
    float top = h - 14;
    axis(t, 30, base, w - 10, top);
    int n = counts.size();
    float slot = (w - 40) / Math.max(1, n);
    int i = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      float x = 30 + slot * i + slot * 0.2f;
      float barH = (top - base) * e.getValue() / max;
      t.setColorFill(SEVERITY.getOrDefault(e.getKey(), NAVY));
      t.rectangle(x, base, slot * 0.6f, barH);
      t.fill();
      label(t, e.getKey(), x + slot * 0.3f, base - 11, 7.5f, Element.ALIGN_CENTER);
      label(t, String.valueOf(e.getValue()), x + slot * 0.3f, base + barH + 3, 8, Element.ALIGN_CENTER);
      i++;
    }
    return t;
  }

  /** Horizontal bars, one per unit with a published statement, the median minutes to publish at the end of each. */
  PdfTemplate publishChart(PdfContentByte canvas, List<UnitKpi> units) {
    float w = 400;
    float h = 150;
    PdfTemplate t = canvas.createTemplate(w, h);
    List<UnitKpi> shown = new ArrayList<>(units.stream().filter(u -> u.medianMinutesToPublish() != null).toList());
    shown.sort((a, b) -> Double.compare(b.medianMinutesToPublish(), a.medianMinutesToPublish()));
    if (shown.size() > 8) {
      shown = new ArrayList<>(shown.subList(0, 8));
    }
    if (shown.isEmpty()) {
      label(t, "Belum ada pernyataan terbit dalam periode ini.", w / 2, h / 2, 9, Element.ALIGN_CENTER);
      return t;
    }
    double max = shown.stream().mapToDouble(UnitKpi::medianMinutesToPublish).max().orElse(1);
    float left = 150;
    float right = w - 40;
    float row = Math.min(18, (h - 6) / shown.size());
    axis(t, left, 2, right, h - 2);
    for (int i = 0; i < shown.size(); i++) {
      UnitKpi u = shown.get(i);
      float y = h - 4 - row * (i + 1);
      float len = (float) ((right - left) * u.medianMinutesToPublish() / Math.max(1, max));
      t.setColorFill(NAVY);
      t.rectangle(left, y + row * 0.15f, Math.max(1, len), row * 0.7f);
      t.fill();
      String name = u.unitName().length() > 30 ? u.unitName().substring(0, 29) + "…" : u.unitName();
      label(t, name, left - 4, y + row * 0.3f, 7.5f, Element.ALIGN_RIGHT);
      label(t, String.format(Locale.forLanguageTag("id-ID"), "%.1f", u.medianMinutesToPublish()), left + len + 3,
          y + row * 0.3f, 7.5f, Element.ALIGN_LEFT);
    }
    return t;
  }

  private static void axis(PdfTemplate t, float x0, float y0, float x1, float y1) {
    t.setColorStroke(GRID);
    t.setLineWidth(0.6f);
    t.moveTo(x0, y1);
    t.lineTo(x0, y0);
    t.lineTo(x1, y0);
    t.stroke();
  }

  private void label(PdfTemplate t, String text, float x, float y, float size, int align) {
    t.beginText();
    t.setFontAndSize(regular, size);
    t.setColorFill(Color.DARK_GRAY);
    t.showTextAligned(align, text, x, y, 0);
    t.endText();
  }

  private void section(Document document, String title, Font heading) throws DocumentException {
    document.add(spacer(6));
    document.add(new Paragraph(title, heading));
    document.add(spacer(2));
  }

  private void table(Document document, String[] head, float[] widths, List<String[]> rows, Font text)
      throws DocumentException {
    if (rows.isEmpty()) {
      document.add(new Paragraph("Nihil.", text));
      return;
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    Font strong = new Font(bold, 8.5f);
    for (String h : head) {
      PdfPCell cell = new PdfPCell(new Phrase(h, strong));
      cell.setBackgroundColor(HEAD);
      cell.setBorderColor(GRID);
      cell.setPadding(3);
      table.addCell(cell);
    }
    for (String[] row : rows) {
      for (String value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null || value.isEmpty() ? "—" : value, text));
        cell.setBorderColor(GRID);
        cell.setPadding(3);
        if ("LEWAT TENGGAT".equals(value)) {
          cell.setPhrase(new Phrase(value, new Font(bold, 8.5f, Font.NORMAL, SEVERITY.get("KRITIS"))));
        }
        table.addCell(cell);
      }
    }
    document.add(table);
  }

  private Paragraph spacer(float height) {
    Paragraph p = new Paragraph(" ", new Font(regular, 6)); // no standard font: every font is embedded
    p.setLeading(height);
    return p;
  }

  private static BaseFont font(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    } catch (IOException | DocumentException e) {
      throw new UncheckedIOException(new IOException("Font " + path + " could not be read", e));
    }
  }
}
