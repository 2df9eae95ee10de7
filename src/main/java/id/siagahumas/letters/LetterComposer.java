package id.siagahumas.letters;

import id.siagahumas.drafting.Statement;
import id.siagahumas.drafting.StatementType;
import id.siagahumas.registry.LocalTimes;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitLetter;
import id.siagahumas.registry.UnitLetters;
import id.siagahumas.registry.UnitRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Composes a statement's letter to one outlet from the registry (DESIGN.md "Letters to the press"): the
 * unit's letterhead under today's nomenclature, its number, the place and date in the unit's zone, the
 * editor of that outlet as addressee, and the head of the unit (of the Kanwil for Kanwil letters) as signatory.
 */
@Component
public class LetterComposer {

  static final String MINISTRY = "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA";
  static final String DIRECTORATE = "DIREKTORAT JENDERAL PEMASYARAKATAN";

  private final UnitRegistry registry;
  private final UnitLetters unitLetters;

  public LetterComposer(UnitRegistry registry, UnitLetters unitLetters) {
    this.registry = registry;
    this.unitLetters = unitLetters;
  }

  /**
   * @param number  the issued number, or null for a preview before approval
   * @param story   the outlet's own story for a hak jawab, else null
   * @param dated   the letter's date: when the number was issued, or now for a preview
   */
  public Letter compose(String unitCode, Statement statement, String outlet, StoryReference story,
      IssuedNumber number, Instant dated) {
    Unit unit = registry.unit(unitCode).orElseThrow(() -> new IncompleteLetterData(
        "Satker '" + unitCode + "' tidak ada di registri."));
    UnitLetter data = letterData(unit);
    Region region = registry.regionOf(unit);
    List<String> letterhead = new ArrayList<>(List.of(MINISTRY, DIRECTORATE));
    if (!unit.national() && !"KANWIL".equals(unit.type())) {
      letterhead.add(("Kantor Wilayah Direktorat Jenderal Pemasyarakatan " + region.name()).toUpperCase(Locale.ROOT));
    }
    if (!unit.national()) {
      letterhead.add(data.letterheadName().toUpperCase(Locale.ROOT));
    }
    StatementType type = StatementType.valueOf(statement.statementType());
    String subject = switch (type) {
      case HAK_JAWAB -> "Hak Jawab atas Pemberitaan \"" + (story == null ? "" : story.title()) + "\"";
      case KLARIFIKASI -> "Klarifikasi " + unit.name();
      case SIARAN_PERS -> "Siaran Pers " + unit.name();
    };
    String reference = story == null ? null : "Rujukan: pemberitaan " + outlet + " tanggal "
        + LocalTimes.date(story.publishedAt(), region) + ", " + story.url();
    return new Letter(letterhead,
        data.address() + " · Telepon " + data.phone() + " · Surel " + data.email(),
        number == null ? null : number.number(),
        unit.city() + ", " + LocalTimes.date(dated, region),
        subject,
        List.of("Yth. Pemimpin Redaksi " + outlet, "di tempat"),
        reference,
        statement.text().strip(),
        data.headTitle() + ",",
        data.headName(),
        "NIP " + data.headNip(),
        "Narahubung: Subbagian Humas " + unit.name() + ", telepon " + data.phone() + ", surel " + data.email());
  }

  /** The unit's letter data, complete, or the Indonesian reason it cannot sign a letter yet. */
  public UnitLetter letterData(Unit unit) {
    UnitLetter data = unitLetters.of(unit.code()).orElseThrow(() -> new IncompleteLetterData(
        "Data surat " + unit.name() + " (kop, penanda tangan, format nomor) belum ada di registri satker."));
    List<String> missing = new ArrayList<>();
    check(missing, data.letterheadName(), "nama pada kop");
    check(missing, data.address(), "alamat");
    check(missing, data.phone(), "telepon");
    check(missing, data.email(), "surel");
    check(missing, data.headTitle(), "jabatan penanda tangan");
    check(missing, data.headName(), "nama penanda tangan");
    check(missing, data.headNip(), "NIP penanda tangan");
    if (data.numberFormat() == null || !data.numberFormat().contains("{nomor}")) {
      missing.add("format nomor surat (dengan {nomor})");
    }
    if (!missing.isEmpty()) {
      throw new IncompleteLetterData("Data surat " + unit.name() + " di registri satker belum lengkap: "
          + String.join(", ", missing) + ".");
    }
    return data;
  }

  private static void check(List<String> missing, String value, String name) {
    if (value == null || value.isBlank() || !Placeholders.in(value).isEmpty()) {
      missing.add(name);
    }
  }
}
