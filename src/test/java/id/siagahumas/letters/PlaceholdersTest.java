package id.siagahumas.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @Test
  void findsWhatTemplatesAndPeopleLeaveToFill() {
    assertThat(Placeholders.in("Hormat kami,\n[tanda tangan]\n[Nama Pejabat]\nNIP. [………]"))
        .containsExactly("[tanda tangan]", "[Nama Pejabat]", "[………]");
    assertThat(Placeholders.in("Nomor : W…. /HM.01.01/2026")).containsExactly("…");
    assertThat(Placeholders.in("telepon .... atau surel ....")).containsExactly("....");
    assertThat(Placeholders.in("- [Langkah penanganan segera]\n- [Langkah penanganan segera]"))
        .as("each gap once").containsExactly("[Langkah penanganan segera]");
  }

  @Test
  void aFinishedLetterHasNone() {
    assertThat(Placeholders.in("Dengan hormat,\n\nBerdasarkan hasil verifikasi kami, pemberitaan tersebut tidak "
        + "benar. Apel pagi pukul 07.00 WIB lengkap: 1.204 orang (Pasal 5 ayat (2) UU No. 40/1999)...")).isEmpty();
    assertThat(Placeholders.in(null)).isEmpty();
  }
}
