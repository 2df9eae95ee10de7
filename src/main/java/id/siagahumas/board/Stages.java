package id.siagahumas.board;

import java.util.Map;

/** A case's stage (the open task's key, {@code triage}, {@code publishing} or {@code closed}) in words. */
final class Stages {

  private static final Map<String, String> LABELS = Map.of("triage", "Triase", "assignUnit", "Tetapkan satker",
      "verifyFacts", "Verifikasi fakta", "draftStatement", "Susun pernyataan", "approveStatement",
      "Setujui pernyataan", "approveStatementHead", "Persetujuan pimpinan", "publishing", "Penerbitan / menunggu tinjauan",
      "reviewCoverage", "Tinjau pemberitaan", "closed", "Selesai");

  private Stages() {
  }

  static String label(String stage) {
    return LABELS.getOrDefault(stage, stage);
  }
}
