package id.siagahumas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The registry files as data (no Spring): every row complete and sourced, keys unique, every province of
 * Indonesia under exactly one Kanwil, and the five regions with all the UPT found for them.
 */
class UnitRegistryTest {

  private static final Set<String> TYPES = Set.of("PUSAT", "KANWIL", "LAPAS", "LAPAS_PEREMPUAN", "LAPAS_NARKOTIKA",
      "LAPAS_TERBUKA", "RUTAN", "LPKA", "BAPAS", "RUPBASAN");

  /** How a code starts for each type ({@code lpp-} for Lapas Perempuan, as the seed registry has it). */
  private static final Map<String, String> CODE_PREFIX = Map.of("KANWIL", "kanwil-", "LAPAS", "lapas-",
      "LAPAS_PEREMPUAN", "lpp-", "LAPAS_NARKOTIKA", "lapas-narkotika-", "LAPAS_TERBUKA", "lapas-terbuka-",
      "RUTAN", "rutan-", "LPKA", "lpka-", "BAPAS", "bapas-", "RUPBASAN", "rupbasan-");

  /** How an official name starts for each type. */
  private static final Map<String, String> NAME_PREFIX = Map.of("KANWIL", "Kantor Wilayah Ditjenpas ",
      "LAPAS", "Lapas ", "LAPAS_PEREMPUAN", "Lapas Perempuan ", "LAPAS_NARKOTIKA", "Lapas Narkotika ",
      "LAPAS_TERBUKA", "Lapas Terbuka ", "RUTAN", "Rutan ", "LPKA", "LPKA ", "BAPAS", "Bapas ",
      "RUPBASAN", "Rupbasan ");

  /** The 38 provinces and the zone their clocks show. */
  private static final Map<String, String> PROVINCES = provinces();

  /** UPT (units other than the Kanwil) found in public sources for the five regions with a full registry. */
  private static final Map<String, Integer> UPT_AT_LEAST = Map.of("sumsel", 21, "jateng", 52, "jatim", 39,
      "jambi", 11, "kalsel", 17);

  private static Map<String, String> provinces() {
    Map<String, String> p = new LinkedHashMap<>();
    for (String wib : List.of("Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
        "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten",
        "Jawa Tengah", "Daerah Istimewa Yogyakarta", "Jawa Timur", "Kalimantan Barat", "Kalimantan Tengah")) {
      p.put(wib, "WIB");
    }
    for (String wita : List.of("Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan",
        "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
        "Sulawesi Selatan", "Sulawesi Tenggara")) {
      p.put(wita, "WITA");
    }
    for (String wit : List.of("Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah",
        "Papua Pegunungan", "Papua Selatan")) {
      p.put(wit, "WIT");
    }
    return p;
  }

  private final List<Map<String, String>> units = CsvResource.rows("data/units.csv");
  private final List<Map<String, String>> regions = CsvResource.rows("data/regions.csv");

  private Set<String> regionCodes() {
    return regions.stream().map(r -> r.get("code")).collect(Collectors.toSet());
  }

  @Test
  void everyRowIsCompleteAndSourced() {
    List<String> problems = new ArrayList<>();
    for (Map<String, String> u : units) {
      String code = u.get("code");
      String type = u.get("type");
      if (blank(code) || !code.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > 80) {
        problems.add("bad code: " + u);
      }
      if (blank(u.get("name")) || blank(u.get("city"))) {
        problems.add(code + ": no name or city");
      }
      if (!TYPES.contains(type)) {
        problems.add(code + ": unknown type " + type);
      }
      if (blank(u.get("source"))) {
        problems.add(code + ": no source");
      }
      if ("PUSAT".equals(type)) {
        if (!blank(u.get("region"))) {
          problems.add(code + ": the directorate has no region");
        }
      } else if (!regionCodes().contains(u.get("region"))) {
        problems.add(code + ": region " + u.get("region") + " not in regions.csv");
      }
      if (CODE_PREFIX.containsKey(type) && !code.startsWith(CODE_PREFIX.get(type))) {
        problems.add(code + ": a " + type + " code starts with " + CODE_PREFIX.get(type));
      }
      if (NAME_PREFIX.containsKey(type) && !u.get("name").startsWith(NAME_PREFIX.get(type))) {
        problems.add(code + ": a " + type + " name starts with '" + NAME_PREFIX.get(type) + "'");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void codesNamesAndAliasesAreUnique() {
    Map<String, Integer> codes = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> aliasOwner = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map<String, String> u : units) {
      String code = u.get("code");
      if (codes.merge(code, 1, Integer::sum) > 1) {
        problems.add("code twice: " + code);
      }
      String previous = names.put(key(u.get("name")), code);
      if (previous != null) {
        problems.add("name of " + code + " also of " + previous);
      }
    }
    for (Map<String, String> u : units) {
      String code = u.get("code");
      for (String alias : aliases(u)) {
        String owner = aliasOwner.putIfAbsent(key(alias), code);
        if (owner != null && !owner.equals(code)) {
          problems.add("alias '" + alias + "' of " + code + " and of " + owner);
        }
        String named = names.get(key(alias));
        if (named != null && !named.equals(code)) {
          problems.add("alias '" + alias + "' of " + code + " is the name of " + named);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyProvinceIsUnderExactlyOneKanwil() {
    Map<String, List<String>> kanwilOf = new TreeMap<>();
    for (Map<String, String> r : regions) {
      assertThat(r.get("code")).as("region code (a-z only, as the API's filters accept)").matches("[a-z]+");
      for (String province : r.get("provinces").split(";")) {
        kanwilOf.computeIfAbsent(province.trim(), p -> new ArrayList<>()).add(r.get("code"));
        assertThat(PROVINCES).as("known province").containsKey(province.trim());
        assertThat(r.get("zoneLabel")).as("zone of " + province).isEqualTo(PROVINCES.get(province.trim()));
      }
    }
    assertThat(kanwilOf.keySet()).containsExactlyInAnyOrderElementsOf(PROVINCES.keySet());
    assertThat(kanwilOf.values()).allSatisfy(k -> assertThat(k).hasSize(1));
  }

  @Test
  void everyRegionHasItsKanwilAndAZone() {
    Map<String, String> zoneOfLabel = Map.of("WIB", "Asia/Jakarta", "WITA", "Asia/Makassar", "WIT", "Asia/Jayapura");
    for (Map<String, String> r : regions) {
      String region = r.get("code");
      assertThat(ZoneId.of(r.get("zoneId"))).as(region).isEqualTo(ZoneId.of(zoneOfLabel.get(r.get("zoneLabel"))));
      List<String> kanwil = units.stream().filter(u -> "KANWIL".equals(u.get("type")) && region.equals(u.get("region")))
          .map(u -> u.get("code")).toList();
      assertThat(kanwil).as("Kanwil of " + region).containsExactly("kanwil-" + region);
    }
    assertThat(regions).hasSize(33); // 34 provinces before 2022 without Kalimantan Utara, served from Samarinda
  }

  @Test
  void theFiveRegionsHaveTheirUnits() {
    Map<String, Long> upt = units.stream().filter(u -> !Set.of("KANWIL", "PUSAT").contains(u.get("type")))
        .collect(Collectors.groupingBy(u -> u.get("region"), Collectors.counting()));
    UPT_AT_LEAST.forEach((region, n) -> assertThat(upt.get(region)).as("UPT of " + region).isGreaterThanOrEqualTo(n));
    assertThat(upt.keySet()).as("UPT only in the five regions").containsExactlyInAnyOrderElementsOf(UPT_AT_LEAST.keySet());
  }

  @Test
  void theRegistryLoadsEveryRowWithItsSource() {
    UnitRegistry registry = new UnitRegistry();
    assertThat(registry.units()).hasSize(units.size());
    assertThat(registry.regions()).hasSize(regions.size());
    assertThat(registry.unit("lapas-palembang")).get()
        .satisfies(u -> assertThat(u.source()).isEqualTo("../shared/data/units.csv"));
    assertThat(registry.unit("rutan-kudus")).get().satisfies(u -> {
      assertThat(u.name()).isEqualTo("Rutan Kelas IIB Kudus");
      assertThat(u.source()).startsWith("https://");
      assertThat(registry.regionOf(u).zoneLabel()).isEqualTo("WIB");
    });
    assertThat(registry.regionOf(registry.unit("kanwil-papua").orElseThrow()).zone())
        .isEqualTo(ZoneId.of("Asia/Jayapura"));
  }

  private static List<String> aliases(Map<String, String> unit) {
    String aliases = unit.get("aliases");
    return blank(aliases) ? List.of() : List.of(aliases.split(";")).stream().map(String::trim)
        .filter(a -> !a.isEmpty()).toList();
  }

  private static String key(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
