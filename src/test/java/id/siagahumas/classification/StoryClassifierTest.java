package id.siagahumas.classification;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.classification.Classification.Frame;
import id.siagahumas.classification.Classification.Scope;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the classifier, with short sentences in the style of Indonesian news (written for these
 * tests, not taken from any outlet). Plain JUnit: the classifier is built from a small registry.
 */
class StoryClassifierTest {

  static final StoryClassifier CLASSIFIER = new StoryClassifier(UnitGazetteerTest.UNITS);

  static Classification classify(String title, String body) {
    return CLASSIFIER.classify(title, body);
  }

  static void assertNegative(Classification c, String primary) {
    assertThat(c.negative()).as("negative: %s", c).isTrue();
    assertThat(c.scope()).isEqualTo(Scope.IN);
    assertThat(c.frame()).isEqualTo(Frame.NEGATIVE);
    assertThat(c.categories()).as("categories: %s", c).first().isEqualTo(primary);
  }

  static void assertNotNegative(Classification c) {
    assertThat(c.negative()).as("not negative: %s", c).isFalse();
    assertThat(c.categories()).isEmpty();
  }

  static void assertOutOfScope(Classification c, String reason) {
    assertThat(c.scope()).as("scope: %s", c).isEqualTo(Scope.OUT);
    assertThat(c.negative()).isFalse();
    assertThat(c.unitCode()).isNull();
    assertThat(String.join(" | ", c.evidence()).toLowerCase()).contains(reason.toLowerCase());
  }

  @Nested
  class Scope_ {

    @Test
    void policeCellsAreNotOurs() {
      assertOutOfScope(classify("Tiga Tahanan Polsek Ilir Barat Kabur Jebol Dinding Sel",
          "Tiga tahanan Polsek Ilir Barat melarikan diri dengan menjebol dinding kamar mandi sel, Minggu dini hari. "
              + "Kapolsek mengatakan anggotanya masih melakukan pengejaran."), "tahanan polsek");
      assertOutOfScope(classify("Tahanan Tewas di Rutan Polres Pati",
          "Seorang tahanan kasus pencurian ditemukan tewas di Rutan Polres Pati. Propam turun tangan."),
          "Rutan Polres");
      assertOutOfScope(classify("Tahanan Kabur dari Sel Mapolresta",
          "Seorang tahanan kabur dari sel tahanan Mapolresta Jambi saat petugas jaga tahanan lengah."), "mapolresta");
    }

    @Test
    void prosecutorsDetaineesEscapingOnTheWayToARutanAreNotOurs() {
      Classification c = classify("Tahanan Kejari Kabur Saat Dibawa ke Rutan Pakjo",
          "Seorang tahanan Kejaksaan Negeri Palembang melompat dari mobil tahanan kejaksaan saat dibawa menuju "
              + "Rutan Kelas I Palembang. Jaksa dan polisi masih memburunya.");
      assertOutOfScope(c, "tahanan kejari");
    }

    @Test
    void immigrationKpkMilitaryAndAbroadAreNotOurs() {
      assertOutOfScope(classify("Lima Deteni Rudenim Kabur",
          "Lima deteni asal Afganistan kabur dari Rumah Detensi Imigrasi dengan memanjat pagar."), "deteni");
      assertOutOfScope(classify("Pungli di Rutan KPK Terungkap",
          "Dewan Pengawas KPK menemukan pungutan liar kepada tahanan di Rutan KPK."), "Rutan KPK");
      assertOutOfScope(classify("Oknum Prajurit Kabur dari Tahanan Pomdam",
          "Seorang prajurit yang ditahan Pomdam kabur dari ruang tahanan militer."), "pomdam");
      assertOutOfScope(classify("Napi di Brasil Sandera Sipir dalam Pemberontakan Penjara",
          "Ratusan narapidana di sebuah penjara di Brasil bagian utara menyandera enam sipir dan membakar kasur."),
          "brasil");
      assertOutOfScope(classify("Kerusuhan Penjara di Ekuador Tewaskan 30 Napi",
          "Kerusuhan antargeng di sebuah penjara di Guayaquil, Ekuador, menewaskan 30 narapidana."), "ekuador");
    }

    @Test
    void crimesOfFormerInmatesAreNotOurs() {
      assertOutOfScope(classify("Baru Bebas dari Lapas Muara Enim, Pria Ini Curi Motor",
          "Seorang pria yang baru bebas dari Lapas Kelas IIB Muara Enim kembali ditangkap polisi karena mencuri "
              + "sepeda motor warga."), "baru bebas");
      assertOutOfScope(classify("Mantan Napi Kembali Edarkan Sabu",
          "Seorang mantan napi kasus narkoba kembali ditangkap polisi karena mengedarkan sabu di kampungnya."),
          "mantan napi");
    }

    @Test
    void ourUnitStaysInScopeWhenThePoliceHelp() {
      Classification c = classify("Dua Napi Lapas Muara Enim Kabur, Polisi Bantu Pengejaran",
          "Dua narapidana Lapas Kelas IIB Muara Enim kabur dengan menjebol plafon. Tim Polres Muara Enim ikut "
              + "memburu keduanya yang kini masuk daftar pencarian orang.");
      assertNegative(c, "PELARIAN");
      assertThat(c.unitCode()).isEqualTo("lapas-muara-enim");
      Classification recidivist = classify("Residivis Kabur dari Lapas Muara Enim",
          "Seorang napi residivis kasus pencurian kabur dari Lapas Kelas IIB Muara Enim saat kerja bakti.");
      assertNegative(recidivist, "PELARIAN");
    }
  }

  @Nested
  class Frames {

    @Test
    void aFoiledSmugglingIsGoodNews() {
      Classification c = classify("Petugas Lapas Merah Mata Gagalkan Penyelundupan Sabu dalam Pempek",
          "Petugas Lapas Kelas I Palembang menggagalkan upaya penyelundupan sabu yang disembunyikan dalam pempek. "
              + "Tiga paket sabu ditemukan saat pemeriksaan barang titipan.\n\n"
              + "Pengunjung berinisial RS langsung diamankan dan diserahkan ke Satresnarkoba Polrestabes Palembang. "
              + "Kalapas mengapresiasi kejelian petugas.");
      assertNotNegative(c);
      assertThat(c.frame()).isEqualTo(Frame.POSITIVE);
      assertThat(c.evidence()).anySatisfy(e -> assertThat(e.toLowerCase()).contains("gagalkan"));
      assertNotNegative(classify("Sabu dalam Bungkus Kopi Gagal Diselundupkan ke Rutan Pakjo",
          "Paket sabu yang hendak diselundupkan ke Rutan Kelas I Palembang gagal masuk berkat kejelian petugas."));
    }

    @Test
    void cleanTestsAreGoodNewsButAPositiveResultIsNot() {
      assertNotNegative(classify("Tes Urine Mendadak, Seluruh Petugas Lapas Muara Enim Negatif Narkoba",
          "Sebanyak 80 petugas Lapas Kelas IIB Muara Enim menjalani tes urine mendadak. Hasilnya seluruhnya negatif."));
      assertNegative(classify("Tes Urine di Lapas Muara Enim, Dua Napi Positif Sabu",
          "Dari 50 warga binaan yang dites, dua napi positif narkoba jenis sabu dan langsung diperiksa."), "NARKOBA");
    }

    @Test
    void aRaidThatFindsNothingOrOnlyMinorItemsIsRoutine() {
      assertNotNegative(classify("Razia Kamar Hunian Lapas Muara Enim, Tidak Ditemukan Narkoba dan Ponsel",
          "Razia gabungan di blok hunian Lapas Kelas IIB Muara Enim tidak menemukan narkoba maupun ponsel. "
              + "Petugas hanya menemukan sendok, gunting kuku dan korek api."));
      assertNegative(classify("Razia di Lapas Muara Enim Temukan 30 Ponsel",
          "Razia blok hunian Lapas Kelas IIB Muara Enim menemukan 30 unit ponsel dan charger milik napi."),
          "PONSEL_ILEGAL");
    }

    @Test
    void ceremoniesAwardsAndProgrammesAreGoodNews() {
      assertNotNegative(classify("1.200 Napi Lapas Merah Mata Terima Remisi Kemerdekaan",
          "Sebanyak 1.200 warga binaan Lapas Kelas I Palembang menerima remisi umum dalam upacara HUT RI. "
              + "Sebanyak 12 napi kasus narkoba langsung bebas."));
      assertNotNegative(classify("Rutan Pakjo Raih Predikat WBK",
          "Rutan Kelas I Palembang meraih predikat Wilayah Bebas dari Korupsi. Karutan berkomitmen memberantas "
              + "pungli, narkoba dan ponsel ilegal."));
      assertNotNegative(classify("Warga Binaan LPKA Palembang Panen Sayur Hidroponik",
          "Anak binaan LPKA Kelas I Palembang memanen sayur hidroponik hasil pelatihan kemandirian."));
    }

    @Test
    void aHoaxClarificationIsNotNegative() {
      Classification c = classify("Video Napi Pesta Sabu di Lapas Merah Mata Dipastikan Hoaks",
          "Kanwil Ditjenpas Sumatera Selatan memastikan video napi pesta sabu yang viral di media sosial adalah "
              + "video lama dan bukan di Lapas Kelas I Palembang.");
      assertNotNegative(c);
      assertThat(c.frame()).isEqualTo(Frame.NEUTRAL); // a clarification, not an achievement
      assertThat(c.evidence()).anySatisfy(e -> assertThat(e.toLowerCase()).contains("hoaks"));
    }

    @Test
    void anIncidentInsidePositiveWordsIsStillCaught() {
      assertNegative(classify("Napi Lapas Muara Enim yang Kabur Berhasil Ditangkap Kembali",
          "Petugas gabungan berhasil menangkap kembali seorang napi Lapas Kelas IIB Muara Enim yang kabur dua hari "
              + "lalu. Kalapas mengapresiasi kerja cepat tim."), "PELARIAN");
      assertNegative(classify("Warga Binaan Lapas Merah Mata Meninggal Dunia di Rumah Sakit",
          "Seorang warga binaan Lapas Kelas I Palembang meninggal dunia setelah dirawat karena sesak napas."),
          "KEMATIAN");
    }

    @Test
    void backgroundParagraphsDoNotMakeGoodNewsNegative() {
      Classification c = classify("Lapas Muara Enim Gelar Pelatihan Las bagi Warga Binaan",
          "Lapas Kelas IIB Muara Enim menggelar pelatihan las bagi 30 warga binaan. Kalapas berharap keterampilan "
              + "itu bekal setelah bebas.\n\n"
              + "Program ini bagian dari pembinaan kemandirian yang dicanangkan Ditjenpas.\n\n"
              + "Lapas ini pernah menjadi sorotan setelah dua napi kabur menjebol plafon pada 2023.\n\n"
              + "Baca juga: Napi Tewas Dikeroyok di Lapas Tetangga");
      assertNotNegative(c);
    }

    @Test
    void anIncidentReportedInTheBodyWithWhoAndWhenIsCaughtBehindAPositiveHeadline() {
      Classification c = classify("Panen Melon di Lahan Asimilasi Lapas Muara Enim",
          "Lapas Kelas IIB Muara Enim memanen 1,8 ton melon dari lahan asimilasi, Kamis (12/11/2026).\n\n"
              + "Panen dihadiri pejabat pemkab dan mitra usaha.\n\n"
              + "Namun, pada Selasa (10/11/2026) sore seorang warga binaan berinisial KS melarikan diri dari lahan "
              + "asimilasi. Petugas berhasil menangkap kembali KS kurang dari 24 jam kemudian.");
      assertNegative(c, "PELARIAN");
      Classification background = classify("Panen Melon di Lahan Asimilasi Lapas Muara Enim",
          "Lapas Kelas IIB Muara Enim memanen 1,8 ton melon dari lahan asimilasi.\n\n"
              + "Panen dihadiri pejabat pemkab dan mitra usaha.\n\n"
              + "Lapas ini pernah kebobolan ketika napi kabur dari lahan asimilasi beberapa tahun lalu.");
      assertNotNegative(background);
    }

    @Test
    void wordsTheStemmerConfusesDoNotCount() {
      // "pukul 10.00" is a time, not a blow; "meninggalkan" is leaving, not dying; "Beliti" is a place.
      assertNotNegative(classify("Lapas Narkotika Muara Beliti Gelar Pelatihan Barista",
          "Pelatihan barista bagi warga binaan Lapas Narkotika Kelas IIA Muara Beliti dimulai pukul 10.00 WIB. "
              + "Peserta meninggalkan aula setelah sertifikat dibagikan."));
    }

    @Test
    void whatAnInmateWasConvictedOfIsNotAnIncident() {
      assertNotNegative(classify("Napi Kasus Narkoba Lapas Muara Enim Ikut Pesantren Kilat",
          "Puluhan napi kasus narkoba Lapas Kelas IIB Muara Enim mengikuti pesantren kilat selama Ramadan."));
    }
  }

  @Nested
  class Cues {

    @Test
    void stingsAndBribery() {
      assertNegative(classify("KPK OTT Kalapas Muara Enim",
          "KPK menggelar operasi tangkap tangan terhadap Kepala Lapas Kelas IIB Muara Enim terkait dugaan suap "
              + "pemberian remisi."), "PUNGLI");
      assertNegative(classify("Keluarga Napi Mengaku Diperas Oknum Petugas Rutan Pakjo",
          "Keluarga seorang tahanan Rutan Kelas I Palembang mengaku diperas Rp5 juta agar bisa pindah kamar."),
          "PUNGLI");
    }

    @Test
    void watchdogFindings() {
      assertNegative(classify("Ombudsman Temukan Maladministrasi Layanan Kunjungan Lapas Merah Mata",
          "Ombudsman RI Perwakilan Sumatera Selatan menemukan maladministrasi dalam layanan kunjungan Lapas "
              + "Kelas I Palembang, mulai dari penundaan berlarut hingga informasi yang tidak transparan."),
          "PELAYANAN");
    }

    @Test
    void diseaseAndPoisoning() {
      assertNegative(classify("Puluhan Warga Binaan Lapas Muara Enim Keracunan Usai Makan Siang",
          "Sebanyak 40 warga binaan Lapas Kelas IIB Muara Enim mengalami mual dan muntah usai makan siang. "
              + "Belasan di antaranya dilarikan ke rumah sakit."), "LAINNYA");
      assertNegative(classify("Wabah Scabies Serang Penghuni LPKA Palembang",
          "Puluhan anak binaan LPKA Kelas I Palembang terjangkit scabies. Dinas kesehatan turun tangan."), "LAINNYA");
    }

    @Test
    void outingsAndBeingOutsideTheCell() {
      assertNegative(classify("Napi Lapas Merah Mata Terlihat Nongkrong di Kafe",
          "Seorang napi Lapas Kelas I Palembang terlihat nongkrong di sebuah kafe di pusat kota. Ia diduga "
              + "menyalahgunakan izin berobat."), "PERLAKUAN_ISTIMEWA");
      assertNegative(classify("Izin Luar Biasa Napi Rutan Pakjo Disalahgunakan",
          "Seorang tahanan Rutan Kelas I Palembang yang mendapat izin luar biasa untuk menjenguk orang tuanya "
              + "justru plesiran ke mal."), "PERLAKUAN_ISTIMEWA");
    }

    @Test
    void serviceComplaintsWithoutTheUsualWords() {
      assertNegative(classify("Keluarga Napi Antre Berjam-jam di Lapas Merah Mata",
          "Keluarga warga binaan Lapas Kelas I Palembang harus antre berjam-jam di bawah terik matahari. "
              + "Mereka mengaku dipersulit petugas saat menitipkan makanan."), "PELAYANAN");
    }
  }

  @Test
  void evidenceQuotesTheStoryAndTheUnitIsNamedCanonically() {
    Classification c = classify("Dua Napi Lapas Muara Enim Kabur Jebol Plafon",
        "Dua narapidana Lapas Kelas IIB Muara Enim melarikan diri dengan menjebol plafon kamar mandi.");
    assertThat(c.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(8);
    assertThat(c.evidence()).allSatisfy(e -> assertThat(("Dua Napi Lapas Muara Enim Kabur Jebol Plafon "
        + "Dua narapidana Lapas Kelas IIB Muara Enim melarikan diri dengan menjebol plafon kamar mandi.")
        .toLowerCase()).contains(e.toLowerCase()));
    assertThat(c.unitName()).isEqualTo("Lapas Kelas IIB Muara Enim");
    Classification unregistered = classify("Napi Lapas Tuban Kabur",
        "Seorang napi Lapas Kelas IIB Tuban kabur saat kerja bakti.");
    assertThat(unregistered.unitCode()).isNull();
    assertThat(unregistered.unitName()).isEqualTo("Lapas Kelas IIB Tuban");
  }
}
