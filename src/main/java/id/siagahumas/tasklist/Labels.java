package id.siagahumas.tasklist;

import id.siagahumas.intake.Category;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table of words people read for the codes the process stores: categories, verdicts, stages, statement
 * types and follow-up outcomes. The forms get it as JSON ({@code [[& labels]]} in the case header); a code missing
 * here is shown as the code, and {@code TaskFormsTest} checks that every code the process uses has its words.
 */
public final class Labels {

  public static final Map<String, String> CATEGORIES = ordered(
      "PELARIAN", "Pelarian",
      "NARKOBA", "Narkoba",
      "PUNGLI", "Pungutan liar",
      "KEKERASAN", "Kekerasan",
      "KERUSUHAN", "Kerusuhan",
      "KEMATIAN", "Kematian",
      "PONSEL_ILEGAL", "Ponsel ilegal",
      "PERLAKUAN_ISTIMEWA", "Perlakuan istimewa",
      "OVERKAPASITAS", "Kelebihan kapasitas",
      "PELAYANAN", "Keluhan layanan",
      "LAINNYA", "Lainnya");

  public static final Map<String, String> VERDICTS = ordered(
      "FAKTA", "Fakta",
      "SEBAGIAN", "Sebagian benar",
      "TIDAK_BENAR", "Tidak benar",
      "BELUM_JELAS", "Belum jelas",
      "SALAH_DETEKSI", "Salah deteksi");

  /** The stage of a case: its open task's key, or where it stands between tasks (case API {@code stage}). */
  public static final Map<String, String> STAGES = ordered(
      "triage", "Penilaian awal",
      "assignUnit", "Penetapan satker",
      "verifyFacts", "Verifikasi fakta",
      "draftStatement", "Penyusunan pernyataan",
      "approveStatement", "Persetujuan Kanwil",
      "approveStatementHead", "Persetujuan pimpinan",
      "publishing", "Penerbitan dan pemantauan",
      "reviewCoverage", "Tinjauan pemberitaan",
      "closed", "Selesai");

  public static final Map<String, String> STATEMENT_TYPES = ordered(
      "HAK_JAWAB", "Hak jawab",
      "KLARIFIKASI", "Klarifikasi",
      "SIARAN_PERS", "Siaran pers");

  public static final Map<String, String> OUTCOMES = ordered(
      "TERKOREKSI", "Terkoreksi",
      "TIDAK_DIMUAT", "Tidak dimuat",
      "ISU_MELUAS", "Isu meluas");

  /** Every table by the name the forms use: {@code label('categories', code)}. */
  public static final Map<String, Map<String, String>> ALL = Map.of("categories", CATEGORIES, "verdicts", VERDICTS,
      "stages", STAGES, "statementTypes", STATEMENT_TYPES, "outcomes", OUTCOMES);

  private Labels() {
  }

  /** The words for a code, or the code itself where the table has none. */
  public static String of(Map<String, String> table, String code) {
    return code == null ? null : table.getOrDefault(code, code);
  }

  private static Map<String, String> ordered(String... codesAndWords) {
    Map<String, String> table = new LinkedHashMap<>();
    for (int i = 0; i < codesAndWords.length; i += 2) {
      table.put(codesAndWords[i], codesAndWords[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(table);
  }

  static {
    for (Category category : Category.values()) {
      if (!CATEGORIES.containsKey(category.name())) {
        throw new IllegalStateException("No words for category " + category);
      }
    }
  }
}
