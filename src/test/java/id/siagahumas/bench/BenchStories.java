package id.siagahumas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Invented Indonesian stories for the benchmark, written as the press writes them, about the units of the
 * registry. Each incident has a first report and a second outlet's rewording (which intake should attach
 * to the first one's case). Incidents are spread so that two of them never share a unit within 72 hours:
 * what groups is what was meant to group.
 */
final class BenchStories {

  /** A unit of the registry that stories can be about. */
  record Unit(String code, String name, String region) {
  }

  /** One incident: its unit, category, two wordings, and when it was first published. */
  record Incident(int number, Unit unit, String category, String title, String body, String retitle,
      String rebody, OffsetDateTime publishedAt) {
  }

  private static final String[] NAMES = {"Andi", "Budi", "Rahmat", "Joko", "Slamet", "Hendra", "Agus", "Yusuf",
      "Dedi", "Rudi", "Wahyu", "Ilham", "Fajar", "Arif", "Bayu", "Eko", "Gunawan", "Heri", "Irfan", "Lukman"};
  private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
  private static final String[] OUTLETS = {"Kompas", "Detik", "Tempo", "Antara", "Palembang Pos", "Tribun Sumsel",
      "Radar Semarang", "Suara Merdeka", "Jawa Pos", "Radar Malang", "Jambi Ekspres", "Tribun Jambi",
      "Banjarmasin Post", "Radar Banjarmasin", "Sumeks co", "Jatim Times"};

  /** Category, title, body, second outlet's title, second outlet's body. %1$s unit, %2$s name, %3$d number, %4$s day. */
  private static final String[][] TEMPLATES = {
      {"PELARIAN", "%3$d Narapidana %1$s Kabur, Satu Bernama %2$s",
          "%3$d narapidana %1$s melarikan diri dengan menjebol teralis kamar hunian pada %4$s dini hari. "
              + "Salah satunya, %2$s, merupakan terpidana kasus pencurian. Petugas masih memburu para napi "
              + "yang kini berstatus DPO bersama kepolisian.",
          "Napi %1$s Kabur Jebol Teralis, Polisi Buru %2$s",
          "Polisi memburu %2$s dan narapidana lain yang kabur dari %1$s. Sebanyak %3$d warga binaan "
              + "menjebol teralis pada %4$s dini hari dan kini masuk daftar pencarian orang (DPO)."},
      {"NARKOBA", "Sabu %3$d Gram Dikendalikan dari Balik Jeruji %1$s",
          "Polisi mengungkap peredaran sabu seberat %3$d gram yang dikendalikan dari balik jeruji %1$s. "
              + "Seorang warga binaan berinisial %2$s diduga menjadi pengendali jaringan narkoba tersebut "
              + "melalui telepon genggam.",
          "Jaringan Narkoba %1$s: %2$s Kendalikan Sabu dari Sel",
          "Warga binaan %1$s berinisial %2$s diduga mengendalikan peredaran narkoba jenis sabu %3$d gram "
              + "dari dalam sel. Polisi menyebut transaksi narkoba diatur melalui ponsel dari balik jeruji."},
      {"PUNGLI", "Keluarga Napi %1$s Mengaku Dimintai Uang Rp%3$d Ribu",
          "Keluarga warga binaan %1$s mengaku dimintai uang Rp%3$d ribu oleh oknum petugas saat "
              + "berkunjung pada %4$s. %2$s, salah satu pengunjung, menyebut pungutan liar itu disebut uang "
              + "kamar agar kerabatnya tidak dipindahkan.",
          "Dugaan Pungli Uang Kamar di %1$s, Pengunjung Diperas",
          "Dugaan pungutan liar mencuat di %1$s. Pengunjung bernama %2$s mengaku diperas Rp%3$d ribu "
              + "sebagai uang kamar oleh oknum petugas pada %4$s."},
      {"KEKERASAN", "Warga Binaan %1$s Dianiaya Oknum Petugas, Keluarga Lapor Polisi",
          "Seorang warga binaan %1$s bernama %2$s diduga dianiaya oknum petugas hingga mengalami luka "
              + "lebam di wajah pada %4$s. Keluarga melaporkan dugaan penganiayaan itu ke polisi dengan "
              + "membawa %3$d foto luka.",
          "Dugaan Penganiayaan Napi %2$s di %1$s Dilaporkan ke Polisi",
          "Keluarga %2$s, warga binaan %1$s, melapor ke polisi atas dugaan penganiayaan oleh oknum "
              + "petugas. Mereka menyerahkan %3$d foto luka lebam sebagai bukti pemukulan pada %4$s."},
      {"PERLAKUAN_ISTIMEWA", "Napi Koruptor di %1$s Diduga Dapat Sel Mewah",
          "Seorang narapidana kasus korupsi di %1$s, %2$s, diduga menempati sel mewah berpendingin udara "
              + "dan bebas keluar masuk. Temuan %3$d foto fasilitas istimewa itu beredar pada %4$s.",
          "Sel Mewah Koruptor %2$s di %1$s Jadi Sorotan",
          "Foto sel mewah berpendingin udara milik napi korupsi %2$s di %1$s beredar luas pada %4$s. "
              + "Sebanyak %3$d foto memperlihatkan perlakuan istimewa bagi sang koruptor."},
      {"PONSEL_ILEGAL", "Razia %1$s Temukan %3$d Ponsel Ilegal di Kamar Hunian",
          "Razia gabungan di %1$s pada %4$s menemukan %3$d telepon genggam ilegal yang disembunyikan di "
              + "kamar hunian. Salah satu ponsel milik warga binaan %2$s diduga dipakai untuk penipuan.",
          "%3$d HP Ilegal Disita dari Kamar Napi %1$s",
          "Petugas menyita %3$d ponsel ilegal dari kamar napi %1$s dalam razia %4$s. Ponsel milik %2$s "
              + "diduga digunakan untuk menipu korban dari balik jeruji."},
      {"OVERKAPASITAS", "%1$s Kelebihan Kapasitas, %3$d Napi Berdesakan",
          "%1$s kelebihan kapasitas hingga berlipat. Sebanyak %3$d narapidana berdesakan di blok hunian "
              + "yang seharusnya menampung jauh lebih sedikit, kata %2$s, anggota DPRD, pada %4$s.",
          "Overkapasitas Parah di %1$s, DPRD Soroti Hunian Sesak",
          "Anggota DPRD %2$s menyoroti overkapasitas di %1$s. Sebanyak %3$d warga binaan tidur berdesakan "
              + "di hunian yang sesak, ujarnya usai sidak %4$s."},
      {"PELAYANAN", "Layanan Kunjungan %1$s Dikeluhkan, Antrean Berjam-jam",
          "Keluarga warga binaan mengeluhkan buruknya layanan kunjungan %1$s. %2$s mengaku mengantre "
              + "%3$d menit tanpa kejelasan pada %4$s, sementara petugas tidak ramah.",
          "Antrean Kunjungan %1$s Dikeluhkan Warga",
          "Warga bernama %2$s mengeluhkan layanan kunjungan %1$s yang lamban. Ia mengantre %3$d menit "
              + "pada %4$s tanpa penjelasan petugas."},
  };

  private final List<Unit> units;
  /** Far enough back for every incident of a full run (about 8,000, 40 units, 4 days apart per unit). */
  private final OffsetDateTime epoch = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(1_000).withNano(0);

  BenchStories() {
    this.units = readUnits();
  }

  /** Incident number {@code n}: the same number always gives the same incident. */
  Incident incident(int n) {
    Unit unit = units.get(n % units.size());
    String[] t = TEMPLATES[(n / units.size()) % TEMPLATES.length];
    Random random = new Random(n);
    String name = NAMES[random.nextInt(NAMES.length)] + " " + NAMES[random.nextInt(NAMES.length)].charAt(0) + ".";
    int number = 2 + random.nextInt(400);
    String day = DAYS[random.nextInt(DAYS.length)];
    // a unit has its next incident 4 days later, never within the 72-hour grouping window: stories of
    // different incidents (drugs run by phone, phones found in a raid) may share a category and words
    OffsetDateTime published = epoch.plusDays(4L * (n / units.size())).plusMinutes(n % units.size());
    return new Incident(n, unit, t[0], t[1].formatted(unit.name(), name, number, day),
        t[2].formatted(unit.name(), name, number, day), t[3].formatted(unit.name(), name, number, day),
        t[4].formatted(unit.name(), name, number, day), published);
  }

  /** The first report of an incident. */
  Map<String, Object> firstReport(Incident incident) {
    String outlet = OUTLETS[incident.number() % OUTLETS.length];
    return story(urlOf(outlet, incident.number(), "a"), outlet, incident.title(), incident.body(),
        incident.publishedAt());
  }

  /** Another outlet's version of the same incident, two hours later. */
  Map<String, Object> secondReport(Incident incident) {
    String outlet = OUTLETS[(incident.number() + 5) % OUTLETS.length];
    return story(urlOf(outlet, incident.number(), "b"), outlet, incident.retitle(), incident.rebody(),
        incident.publishedAt().plusHours(2));
  }

  /** The first report again, as a share link with tracking parameters: a duplicate. */
  Map<String, Object> duplicate(Incident incident) {
    Map<String, Object> story = firstReport(incident);
    story.put("url", story.get("url") + "?utm_source=whatsapp&utm_medium=share");
    return story;
  }

  private static Map<String, Object> story(String url, String outlet, String title, String body,
      OffsetDateTime publishedAt) {
    Map<String, Object> story = new LinkedHashMap<>();
    story.put("url", url);
    story.put("outlet", outlet);
    story.put("title", title);
    story.put("body", body);
    story.put("publishedAt", publishedAt.toString());
    return story;
  }

  private static String urlOf(String outlet, int incident, String version) {
    return "https://" + outlet.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example/berita/bench-" + incident + version;
  }

  /** The units stories are about: Lapas, Rutan and LPKA of the regions (not offices). */
  private static List<Unit> readUnits() {
    List<Unit> units = new ArrayList<>();
    try (InputStream in = BenchStories.class.getResourceAsStream("/data/units.csv")) {
      String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : csv.lines().toList()) {
        String[] f = line.split(",", -1);
        if (line.startsWith("#") || f.length < 5 || f[0].equals("code") || f[3].isEmpty()) {
          continue;
        }
        if (f[2].startsWith("LAPAS") || f[2].equals("RUTAN") || f[2].equals("LPKA")) {
          units.add(new Unit(f[0], f[1], f[3]));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return units;
  }
}
