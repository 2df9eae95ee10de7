package id.siagahumas.classification;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.registry.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unit of a story, registered or only named, from a small registry of its own (so that the enlarged
 * registry of data/units.csv cannot change what these tests mean). Plain JUnit.
 */
class UnitGazetteerTest {

  static final List<Unit> UNITS = List.of(
      new Unit("ditjenpas", "Direktorat Jenderal Pemasyarakatan", "PUSAT", "", "Jakarta",
          List.of("Ditjenpas", "Ditjen PAS")),
      new Unit("kanwil-sumsel", "Kantor Wilayah Ditjenpas Sumatera Selatan", "KANWIL", "sumsel", "Palembang",
          List.of("Kanwil Sumsel")),
      new Unit("lapas-palembang", "Lapas Kelas I Palembang", "LAPAS", "sumsel", "Palembang",
          List.of("Lapas Merah Mata", "LP Merah Mata")),
      new Unit("lpp-palembang", "Lapas Perempuan Kelas IIA Palembang", "LAPAS_PEREMPUAN", "sumsel", "Palembang",
          List.of()),
      new Unit("lpka-palembang", "LPKA Kelas I Palembang", "LPKA", "sumsel", "Palembang", List.of()),
      new Unit("rutan-palembang", "Rutan Kelas I Palembang", "RUTAN", "sumsel", "Palembang", List.of("Rutan Pakjo")),
      new Unit("lapas-muara-enim", "Lapas Kelas IIB Muara Enim", "LAPAS", "sumsel", "Muara Enim", List.of()),
      new Unit("lapas-narkotika-muara-beliti", "Lapas Narkotika Kelas IIA Muara Beliti", "LAPAS_NARKOTIKA", "sumsel",
          "Musi Rawas", List.of()),
      new Unit("lapas-madiun", "Lapas Kelas I Madiun", "LAPAS", "jatim", "Madiun", List.of()),
      new Unit("lapas-pemuda-madiun", "Lapas Pemuda Kelas IIA Madiun", "LAPAS", "jatim", "Madiun", List.of()),
      new Unit("kanwil-jatim", "Kantor Wilayah Ditjenpas Jawa Timur", "KANWIL", "jatim", "Surabaya",
          List.of("Kanwil Jatim")),
      new Unit("lapas-batu-nusakambangan", "Lapas Kelas I Batu Nusakambangan", "LAPAS", "jateng", "Cilacap",
          List.of("Lapas Batu")),
      new Unit("lapas-pasir-putih-nusakambangan", "Lapas Kelas IIA Pasir Putih Nusakambangan", "LAPAS", "jateng",
          "Cilacap", List.of("Lapas Pasir Putih")),
      new Unit("lapas-surabaya", "Lapas Kelas I Surabaya", "LAPAS", "jatim", "Sidoarjo", List.of("Lapas Porong")),
      new Unit("lapas-narkotika-karang-intan", "Lapas Narkotika Kelas IIA Karang Intan", "LAPAS_NARKOTIKA", "kalsel",
          "Banjar", List.of()),
      new Unit("kanwil-jambi", "Kantor Wilayah Ditjenpas Jambi", "KANWIL", "jambi", "Jambi", List.of("Kanwil Jambi")),
      new Unit("lapas-jambi", "Lapas Kelas IIA Jambi", "LAPAS", "jambi", "Jambi", List.of()),
      new Unit("lapas-muara-bungo", "Lapas Kelas IIB Muara Bungo", "LAPAS", "jambi", "Bungo", List.of()));

  final UnitGazetteer gazetteer = new UnitGazetteer(UNITS);

  UnitGazetteer.Detected detect(String title, String body) {
    return gazetteer.detect(new StoryText(title, body));
  }

  @Test
  void registeredUnitByOfficialNamePopularNameOrWithoutClass() {
    assertThat(detect("Napi Kabur", "Seorang napi Lembaga Pemasyarakatan Klas I Palembang kabur.").unitCode())
        .isEqualTo("lapas-palembang");
    assertThat(detect("Napi LP Merah Mata Kabur", "Seorang napi kabur dari LP Merah Mata pagi tadi.").unitCode())
        .isEqualTo("lapas-palembang");
    assertThat(detect("Ricuh di Rutan Pakjo", "Keributan terjadi di blok C Rutan Pakjo.").unitName())
        .isEqualTo("Rutan Kelas I Palembang");
    assertThat(detect("Razia di Lapas Porong", "Petugas menggeledah kamar hunian Lapas Porong.").unitCode())
        .isEqualTo("lapas-surabaya");
  }

  @Test
  void specialisedUnitsAreNeverTheLapasOfTheirCity() {
    assertThat(detect("Anak Binaan LPKA Palembang Berkelahi", "Dua anak binaan LPKA Kelas I Palembang berkelahi.")
        .unitCode()).isEqualTo("lpka-palembang");
    assertThat(detect("Warga Binaan Lapas Perempuan Palembang Sakit",
        "Seorang warga binaan Lapas Perempuan Kelas IIA Palembang dirawat.").unitCode()).isEqualTo("lpp-palembang");
    assertThat(detect("Napi Lapas Pemuda Madiun Kabur", "Seorang napi Lapas Pemuda Kelas IIA Madiun kabur.")
        .unitCode()).isEqualTo("lapas-pemuda-madiun");
    assertThat(detect("Napi Lapas Madiun Kabur", "Seorang napi Lapas Kelas I Madiun kabur.").unitCode())
        .isEqualTo("lapas-madiun");
    // A narcotics Lapas of a city the registry does not have is not the city's Lapas, nor another.
    UnitGazetteer.Detected narkotika = detect("Pesta Sabu di Lapas Narkotika Madiun",
        "Petugas memergoki pesta sabu di Lapas Narkotika Madiun.");
    assertThat(narkotika.unitCode()).isNull();
    assertThat(narkotika.unitName()).isEqualTo("Lapas Narkotika Madiun");
  }

  @Test
  void anUnregisteredUnitIsNamedNeverMappedToAnother() {
    UnitGazetteer.Detected tuban = detect("Dua Napi Lapas Tuban Kabur",
        "Dua narapidana Lapas Kelas IIB Tuban melarikan diri, Selasa (4/3) dini hari.");
    assertThat(tuban.unitCode()).isNull();
    assertThat(tuban.unitName()).isEqualTo("Lapas Kelas IIB Tuban");
    UnitGazetteer.Detected cipinang = detect("Napi LP Cipinang Tewas", "Seorang napi LP Cipinang ditemukan tewas.");
    assertThat(cipinang.unitCode()).isNull();
    assertThat(cipinang.unitName()).isEqualTo("Lapas Cipinang");
    // Several registered units stand on Nusakambangan: the island alone names none of them.
    UnitGazetteer.Detected island = detect("Napi Lapas Nusakambangan Tewas", "Seorang napi Lapas Nusakambangan tewas.");
    assertThat(island.unitCode()).isNull();
    assertThat(detect("Napi Lapas Pasir Putih Ricuh", "Kericuhan pecah di Lapas Kelas IIA Pasir Putih Nusakambangan.")
        .unitCode()).isEqualTo("lapas-pasir-putih-nusakambangan");
  }

  @Test
  void aHeadlineIsCutToThePlaceTheStoryConfirms() {
    UnitGazetteer.Detected d = detect("Napi Lapas Muara Enim Kabur Jebol Plafon",
        "Seorang napi Lapas Kelas IIB Muara Enim kabur dengan menjebol plafon kamar mandi.");
    assertThat(d.unitCode()).isEqualTo("lapas-muara-enim");
    UnitGazetteer.Detected unconfirmed = detect("Napi Lapas Diduga Kabur Lewat Atap", "Seorang napi kabur lewat atap.");
    assertThat(unconfirmed.unitName()).isNull();
  }

  @Test
  void aPersonsNameAfterTheUnitIsCutWhereAnotherMentionParts() {
    UnitGazetteer.Detected d = detect("Napi Lapas Tuban Kabur",
        "Kepala Lapas Kelas IIB Tuban Joko Santoso membenarkan kejadian itu. Petugas Lapas Tuban masih mencari.");
    assertThat(d.unitName()).isEqualTo("Lapas Kelas IIB Tuban");
  }

  @Test
  void theUnitWhereItHappenedBeatsTheOneSomeoneWasMovedTo() {
    UnitGazetteer.Detected d = detect("Napi Pengendali Sabu Dipindahkan",
        "Napi pengendali sabu dipindahkan dari Lapas Merah Mata ke Lapas Narkotika Muara Beliti.");
    assertThat(d.unitCode()).isEqualTo("lapas-palembang");
  }

  @Test
  void theRegionalOfficeOnlyWhenNoUnitIsNamed() {
    assertThat(detect("Kanwil Sumsel Turun Tangan", "Kanwil Kemenkumham Sumsel memeriksa petugas Lapas Muara Enim.")
        .unitCode()).isEqualTo("lapas-muara-enim");
    assertThat(detect("Kanwil Jatim Canangkan Zona Integritas", "Kantor Wilayah Kemenkumham Jawa Timur mencanangkan.")
        .unitCode()).isEqualTo("kanwil-jatim");
    assertThat(detect("Atap Aula Ditjenpas Ambruk", "Atap aula kantor Ditjenpas ambruk.").unitCode())
        .isEqualTo("ditjenpas");
  }

  @Test
  void aSpecialisedUnitByItsOwnPlaceButNeverByItsCity() {
    assertThat(detect("Remisi di Lapas Karang Intan", "Sebanyak 1.104 warga binaan Lapas Karang Intan menerima remisi.")
        .unitCode()).isEqualTo("lapas-narkotika-karang-intan");
    assertThat(detect("Napi Lapas Palembang Kabur", "Seorang napi Lapas Palembang kabur.").unitCode())
        .isEqualTo("lapas-palembang");
  }

  @Test
  void twoNamesTheStoryGivesAsOneUnit() {
    UnitGazetteer.Detected d = detect("Diare Massal di Lapas Rajabasa",
        "Sebanyak 90 warga binaan Lembaga Pemasyarakatan (Lapas) Kelas I Bandar Lampung atau yang dikenal dengan "
            + "Lapas Rajabasa terserang diare.");
    assertThat(d.unitName()).isEqualTo("Lapas Kelas I Bandar Lampung");
    assertThat(d.unitCode()).isNull();
  }

  @Test
  void aStoryAboutAWholeRegionIsTheRegionalOffices() {
    assertThat(detect("Remisi HUT RI, 3.947 Warga Binaan di Jambi Dapat Pengurangan Hukuman",
        "Sebanyak 3.947 warga binaan di Lapas Kelas IIA Jambi, Lapas Kelas IIB Muara Bungo dan UPT lain menerima "
            + "remisi umum.").unitCode()).isEqualTo("kanwil-jambi");
    // One unit named: the story is that unit's, whatever the headline says about the province.
    assertThat(detect("Napi Kabur di Jambi", "Seorang napi Lapas Kelas IIA Jambi kabur saat kerja bakti.")
        .unitCode()).isEqualTo("lapas-jambi");
  }

  @Test
  void aPlainNameSharedByUnitsOfTwoRegionsNeedsTheProvince() {
    UnitGazetteer twoMartapuras = new UnitGazetteer(List.of(
        new Unit("lapas-martapura", "Lapas Kelas IIB Martapura", "LAPAS", "sumsel", "Ogan Komering Ulu Timur",
            List.of()),
        new Unit("lpka-martapura", "LPKA Kelas I Martapura", "LPKA", "kalsel", "Banjar", List.of())));
    UnitGazetteer.Detected kalsel = twoMartapuras.detect(new StoryText("Banjir Rendam Lapas Martapura",
        "Banjir merendam blok hunian Lapas Martapura di Kabupaten Banjar, Kalimantan Selatan."));
    assertThat(kalsel.unitCode()).isNull();
    assertThat(kalsel.unitName()).isEqualTo("Lapas Martapura");
    assertThat(twoMartapuras.detect(new StoryText("Napi Lapas Martapura Kabur",
        "Seorang napi Lapas Kelas IIB Martapura, OKU Timur, Sumatera Selatan, kabur.")).unitCode())
        .isEqualTo("lapas-martapura");
    assertThat(twoMartapuras.detect(new StoryText("Banjir Rendam LPKA Martapura", "Banjir merendam LPKA Martapura."))
        .unitCode()).isEqualTo("lpka-martapura");
  }
}
