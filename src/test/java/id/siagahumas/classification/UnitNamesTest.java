package id.siagahumas.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit names as the press writes them: type, specialisation, class, place. Plain JUnit. */
class UnitNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Lapas Kelas IIB Tuban                                           | Lapas Kelas IIB Tuban
      Lembaga Pemasyarakatan Klas 2A Jambi                            | Lapas Kelas IIA Jambi
      Lembaga Pemasyarakatan (Lapas) Kelas IIA Serang, Banten         | Lapas Kelas IIA Serang
      Rumah Tahanan Negara (Rutan) Kelas IIA Batam.                   | Rutan Kelas IIA Batam
      Rutan Kelas-IIA Batam                                           | Rutan Kelas IIA Batam
      Lapas Kelas II A Palangka Raya, Kalimantan Tengah               | Lapas Kelas IIA Palangka Raya
      Lapas Kelas IIA Pekalongan Jawa Tengah                          | Lapas Kelas IIA Pekalongan
      LP Cipinang                                                     | Lapas Cipinang
      di lapas Pati yang                                              | Lapas Pati
      Rutan Pati                                                      | Rutan Pati
      Lapas Perempuan Kelas II B Jambi                                | Lapas Perempuan Kelas IIB Jambi
      Lapas Kelas IIA Perempuan Palembang                             | Lapas Perempuan Kelas IIA Palembang
      LPP Palembang                                                   | Lapas Perempuan Palembang
      Lapas Narkotika Kelas IIA Muara Beliti                          | Lapas Narkotika Kelas IIA Muara Beliti
      Lapas Pemuda Kelas IIA Madiun                                   | Lapas Pemuda Kelas IIA Madiun
      Lapas Terbuka Kelas IIB Kendal                                  | Lapas Terbuka Kelas IIB Kendal
      Lembaga Pembinaan Khusus Anak (LPKA) Kelas I Blitar             | LPKA Kelas I Blitar
      Lapas Anak Palembang                                            | LPKA Palembang
      Balai Pemasyarakatan Kelas I Palembang                          | Bapas Kelas I Palembang
      Rupbasan Kelas I Jakarta                                        | Rupbasan Kelas I Jakarta
      Lapas Dewasa Klas I Tangerang                                   | Lapas Kelas I Tangerang
      Lapas Kelas 1 Madiun                                            | Lapas Kelas I Madiun
      Lapas Kelas III Lembata, Nusa Tenggara Timur                    | Lapas Kelas III Lembata
      Lapas Kelas IIB Ketapang Senin (3/2) malam                      | Lapas Kelas IIB Ketapang
      LAPAS KELAS IIA TUBAN                                           | Lapas Kelas IIA Tuban
      Kanwil Kemenkumham Jatim                                        | Kantor Wilayah Ditjenpas Jawa Timur
      Kantor Wilayah Kementerian Hukum dan HAM Jambi                  | Kantor Wilayah Ditjenpas Jambi
      Kanwil Kementerian Imigrasi dan Pemasyarakatan Sumatera Selatan | Kantor Wilayah Ditjenpas Sumatera Selatan
      Kantor Wilayah Direktorat Jenderal Pemasyarakatan Kalimantan Barat, Jayanta | Kantor Wilayah Ditjenpas Kalimantan Barat
      """)
  void readsTheNameAsWritten(String text, String canonical) {
    assertThat(UnitNames.parse(text)).hasValueSatisfying(m -> assertThat(m.canonical()).isEqualTo(canonical));
  }

  @Test
  void someoneElsesCustodyIsNotOurs() {
    List<UnitNames.Mention> police = UnitNames.find("dititipkan di Rutan Polres Pati sejak pekan lalu");
    assertThat(police).singleElement().satisfies(m -> assertThat(m.notOurs()).isEqualTo("POLICE"));
    assertThat(UnitNames.find("penyidik memindahkan tersangka ke Rutan KPK")).singleElement()
        .satisfies(m -> assertThat(m.notOurs()).isEqualTo("KPK"));
    assertThat(UnitNames.parse("Rutan Polrestabes Semarang")).isEmpty();
  }

  @Test
  void aLapasWithoutAPlaceIsNoName() {
    assertThat(UnitNames.find("Petugas lapas langsung melakukan penyisiran di sekitar lapas.")).isEmpty();
    assertThat(UnitNames.find("Kepala Lapas Kelas IIA belum memberi keterangan")).isEmpty();
  }

  @Test
  void sameUnitComparesTypePlaceAndClass() {
    assertThat(UnitNames.sameUnit("Lapas Tuban", "Lembaga Pemasyarakatan Kelas IIB Tuban")).isTrue();
    assertThat(UnitNames.sameUnit("LP Kelas II B Tuban", "Lapas Kelas IIB Tuban")).isTrue();
    assertThat(UnitNames.sameUnit("Lapas Perempuan Palembang", "Lapas Palembang")).isFalse();
    assertThat(UnitNames.sameUnit("LPKA Palembang", "Lapas Kelas I Palembang")).isFalse();
    assertThat(UnitNames.sameUnit("Lapas Narkotika Kelas IIA Jakarta", "Lapas Kelas IIA Jakarta")).isFalse();
    assertThat(UnitNames.sameUnit("Lapas Kelas IIA Tuban", "Lapas Kelas IIB Tuban")).isFalse();
    assertThat(UnitNames.sameUnit("Kanwil Kemenkumham Jatim", "Kantor Wilayah Ditjenpas Jawa Timur")).isTrue();
  }

  @Test
  void targetAndFormerMarkersBeforeAName() {
    String moved = "Napi itu kemudian dipindahkan ke Lapas Batu Nusakambangan.";
    assertThat(UnitNames.targetBefore(moved, moved.indexOf("Lapas"))).isTrue();
    String former = "Pelaku baru bebas dari Lapas Kediri dua bulan lalu.";
    assertThat(UnitNames.formerBefore(former, former.indexOf("Lapas"))).isTrue();
    String inside = "Dua napi kabur dari Lapas Kediri.";
    assertThat(UnitNames.targetBefore(inside, inside.indexOf("Lapas"))).isFalse();
    assertThat(UnitNames.formerBefore(inside, inside.indexOf("Lapas"))).isFalse();
  }
}
