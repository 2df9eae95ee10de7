package id.siagahumas.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siagahumas.drafting.Statement;
import id.siagahumas.registry.UnitLetter;
import id.siagahumas.registry.UnitLetters;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.support.PdfText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A letter composed from the registry and rendered, read back with PDFBox as the newsroom's reader would. */
class LetterPdfTest {

  static final UnitLetter PALEMBANG = new UnitLetter("lapas-palembang", "Lembaga Pemasyarakatan Kelas I Palembang",
      "Jalan Contoh No. 3, Palembang", "(0711) 555-0103", "humas@lapas-palembang.contoh.example",
      "Kepala Lapas Kelas I Palembang", "Citra Contoh, S.H., M.H.", "197203032007031003",
      "PAS.1.UPT.1-HM.01.01-{nomor}");

  final Map<String, UnitLetter> data = new HashMap<>(Map.of(PALEMBANG.unitCode(), PALEMBANG));
  final LetterComposer composer = new LetterComposer(new UnitRegistry(), new UnitLetters(null) {
    @Override
    public Optional<UnitLetter> of(String unitCode) {
      return Optional.ofNullable(data.get(unitCode));
    }
  });

  static Statement hakJawab(String text) {
    return new Statement(7, "KRS-2026-000042", 1, "HAK_JAWAB", text, "humas.sumsel", OffsetDateTime.now(),
        Statement.APPROVED, "kasubag.sumsel", OffsetDateTime.now(), null);
  }

  @Test
  void theLetterCarriesLetterheadNumberAddresseeAndSignatory() throws Exception {
    Instant issued = Instant.parse("2026-11-23T02:00:00Z");
    Letter letter = composer.compose("lapas-palembang", hakJawab("Dengan hormat,\n\nBerdasarkan hasil verifikasi "
            + "kami, pemberitaan tersebut tidak benar — apel pagi lengkap “1.204 orang”.\n\nDemikian."),
        "Palembang Pos", new StoryReference("Tiga Napi Kabur Lewat Gorong-gorong",
            Instant.parse("2026-11-22T23:00:00Z"), "https://palembang-pos.example/berita/1"),
        new IssuedNumber("PAS.1.UPT.1-HM.01.01-17", "lapas-palembang", issued), issued);
    byte[] pdf = new LetterPdf().render(letter);
    // lines as wrapped on the page: joined again, words broken after a hyphen too
    String text = PdfText.of(pdf).replaceAll("-\\s+", "-").replaceAll("\\s+", " ");

    assertThat(text).contains("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
        "DIREKTORAT JENDERAL PEMASYARAKATAN", "KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN SUMATERA SELATAN",
        "LEMBAGA PEMASYARAKATAN KELAS I PALEMBANG", "Jalan Contoh No. 3, Palembang", "(0711) 555-0103",
        "Nomor", "PAS.1.UPT.1-HM.01.01-17", "Palembang, 23 November 2026",
        "Hak Jawab atas Pemberitaan \"Tiga Napi Kabur Lewat Gorong-gorong\"",
        "Yth. Pemimpin Redaksi Palembang Pos", "tanggal 23 November 2026", "https://palembang-pos.example/berita/1",
        "tidak benar — apel pagi lengkap “1.204 orang”",
        "Kepala Lapas Kelas I Palembang,", "Citra Contoh, S.H., M.H.", "NIP 197203032007031003",
        "Narahubung: Subbagian Humas Lapas Kelas I Palembang");
    assertThat(Placeholders.in(text)).as("gaps in the printed letter").isEmpty();
    assertThat(PdfText.fontsEmbedded(pdf)).as("fonts embedded").isTrue();
    assertThat(PdfText.pageSize(pdf)).containsExactly(595f, 842f);
    assertThat(PdfText.pages(pdf)).as("a short letter is one page, its contact line included").isEqualTo(1);
    assertThat(text.indexOf("LEMBAGA PEMASYARAKATAN")).as("reading order: letterhead, number, addressee, body, "
        + "signatory").isLessThan(text.indexOf("PAS.1.UPT.1-HM.01.01-17"));
    assertThat(text.indexOf("PAS.1.UPT.1-HM.01.01-17")).isLessThan(text.indexOf("Yth. Pemimpin Redaksi"));
    assertThat(text.indexOf("Yth. Pemimpin Redaksi")).isLessThan(text.indexOf("Dengan hormat"));
    assertThat(text.indexOf("Demikian.")).isLessThan(text.indexOf("Citra Contoh"));
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/letters"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/letters/hak-jawab-contoh.pdf"), pdf);
  }

  @Test
  void aPreviewBeforeApprovalSaysTheNumberComesWithApproval() throws Exception {
    Letter letter = composer.compose("lapas-palembang", hakJawab("Dengan hormat."), "Sumatera Ekspres", null, null,
        Instant.parse("2026-11-23T02:00:00Z"));
    assertThat(PdfText.of(new LetterPdf().render(letter))).contains(Letter.NUMBER_NOT_YET,
        "Yth. Pemimpin Redaksi Sumatera Ekspres");
  }

  @Test
  void aUnitWithoutCompleteLetterDataCannotSign() {
    data.put("lapas-palembang", new UnitLetter("lapas-palembang", "Lembaga Pemasyarakatan Kelas I Palembang",
        "Jalan Contoh No. 3", "(0711) 555-0103", "humas@x.example", "Kepala Lapas Kelas I Palembang",
        "[Nama Pejabat]", "", "HM.01.01"));
    assertThatThrownBy(() -> composer.compose("lapas-palembang", hakJawab("Dengan hormat."), "Palembang Pos", null,
        null, Instant.now())).isInstanceOf(IncompleteLetterData.class)
        .hasMessageContaining("nama penanda tangan").hasMessageContaining("NIP penanda tangan")
        .hasMessageContaining("format nomor surat");
    assertThatThrownBy(() -> composer.compose("lapas-muara-enim", hakJawab("x"), "Palembang Pos", null, null,
        Instant.now())).isInstanceOf(IncompleteLetterData.class).hasMessageContaining("belum ada di registri");
  }

  @Test
  void aLongLetterCarriesTheContactLineOnEveryPageAndKeepsTheSignatureWhole() throws Exception {
    Instant issued = Instant.parse("2026-11-23T02:00:00Z");
    String facts = ("Petugas telah memeriksa setiap blok hunian, mencocokkan daftar penghuni dengan hasil apel, dan "
        + "meminta keterangan dari regu pengamanan yang bertugas malam itu. ").repeat(4);
    String body = ("Dengan hormat,\n\n" + (facts + "\n\n").repeat(7) + "Demikian.");
    Letter letter = composer.compose("lapas-palembang", hakJawab(body), "Palembang Pos",
        new StoryReference("Tiga Napi Kabur", Instant.parse("2026-11-22T23:00:00Z"), "https://p.example/1"),
        new IssuedNumber("PAS.1.UPT.1-HM.01.01-18", "lapas-palembang", issued), issued);
    byte[] pdf = new LetterPdf().render(letter);
    int pages = PdfText.pages(pdf);
    assertThat(pages).isGreaterThan(1);
    for (int page = 1; page <= pages; page++) {
      assertThat(PdfText.page(pdf, page).replaceAll("\\s+", " ")).as("page " + page)
          .contains("Narahubung: Subbagian Humas Lapas Kelas I Palembang");
    }
    String last = PdfText.page(pdf, pages).replaceAll("\\s+", " ");
    assertThat(last).as("the signatory block is not split").contains("Kepala Lapas Kelas I Palembang,",
        "Citra Contoh, S.H., M.H.", "NIP 197203032007031003");
  }
}
