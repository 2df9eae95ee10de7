package id.siagahumas.board;

import java.util.Map;

/** A case's stage (the open task's key, {@code triage}, {@code publishing} or {@code closed}) in words. */
final class Stages {

  private static final Map<String, String> LABELS = Map.of("triage", "Triase", "assignUnit", "Tetapkan satker",
      "verifyFacts", "Verifikasi fakta", "draftStatement", "Susun pernyataan", "approveStatement",
      "Setujui pernyataan", "approveStatementHead", "Persetujuan pimpinan", "publishing", "Penerbitan pernyataan",
      "reviewCoverage", "Tinjau pemberitaan", "closed", "Selesai");

  /** Codes of the case record shown on the case page, in words. */
  static final Map<String, String> WORDS = Map.ofEntries(Map.entry("HAK_JAWAB", "Hak jawab"),
      Map.entry("KLARIFIKASI", "Klarifikasi"), Map.entry("SIARAN_PERS", "Siaran pers"),
      Map.entry("DIAJUKAN", "Diajukan"), Map.entry("DISETUJUI", "Disetujui"), Map.entry("DITOLAK", "Ditolak"),
      Map.entry("TERBIT", "Terbit"), Map.entry("NEW_CASE", "Membuka kasus"), Map.entry("ATTACHED", "Digabungkan"),
      Map.entry("LOKAL", "Lokal"), Map.entry("REGIONAL", "Regional"), Map.entry("NASIONAL", "Nasional"),
      Map.entry("EMAIL", "Surel"));

  private Stages() {
  }

  static String label(String stage) {
    return LABELS.getOrDefault(stage, stage);
  }
}
