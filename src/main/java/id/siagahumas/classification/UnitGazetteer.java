package id.siagahumas.classification;

import id.siagahumas.registry.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the unit a story is about, however the press writes it: "Lapas Kelas IIA Jambi", "LP Jambi",
 * "Lembaga Pemasyarakatan Klas 2A Jambi", "Rumah Tahanan Negara Salatiga", popular names ("Merah Mata",
 * "Kedungpane", "Rutan Pakjo"). Name variants are generated from the registry rows, not hard-coded. Class
 * designations (Kelas/Klas I, IIA, 2A, II A ...) are dropped before matching. When several units are named,
 * the title beats the body, a transfer target ("dipindahkan ke ...") yields, and a regional office is
 * chosen only when no unit is named.
 */
public final class UnitGazetteer {

  /** How the press names each type of unit; the first is how the registry names it. */
  private static final Map<String, List<String>> TYPE_WORDS = Map.of(
      "LAPAS", List.of("lapas", "lp", "lembaga pemasyarakatan"),
      "LAPAS_PEREMPUAN", List.of("lapas perempuan", "lpp", "lp perempuan", "lembaga pemasyarakatan perempuan"),
      "LAPAS_NARKOTIKA", List.of("lapas narkotika", "lp narkotika", "lembaga pemasyarakatan narkotika",
          "lapas khusus narkotika"),
      "RUTAN", List.of("rutan", "rumah tahanan negara", "rumah tahanan"),
      "LPKA", List.of("lpka", "lembaga pembinaan khusus anak", "lapas anak"),
      "BAPAS", List.of("bapas", "balai pemasyarakatan"),
      "KANWIL", List.of("kanwil", "kantor wilayah"));
  private static final Set<String> CLASS_WORDS = Set.of("kelas", "klas");
  private static final Set<String> CLASS_GRADES = Set.of("i", "ii", "iii", "iia", "iib", "1", "2", "3", "2a", "2b",
      "a", "b");
  private static final Set<String> TARGET_MARKERS = Set.of("ke", "menuju", "dipindah", "dipindahkan", "dititipkan");

  /** A name variant (words) and the unit it means. */
  private record Variant(List<String> words, Unit unit) {
  }

  private final List<Variant> variants = new ArrayList<>();

  public UnitGazetteer(List<Unit> units) {
    for (Unit unit : units) {
      for (String name : names(unit)) {
        List<String> words = normalize(IndonesianText.words(name));
        if (!words.isEmpty()) {
          variants.add(new Variant(words, unit));
        }
      }
    }
    // Longest first, so "lapas perempuan palembang" wins over "lapas ... palembang".
    variants.sort(Comparator.comparingInt((Variant v) -> -v.words().size()));
  }

  /** The names a unit goes by: type word + place, for each way of writing the type; and its aliases. */
  private static List<String> names(Unit unit) {
    List<String> names = new ArrayList<>();
    names.add(unit.name());
    names.addAll(unit.aliases());
    String place = place(unit);
    for (String typeWord : TYPE_WORDS.getOrDefault(unit.type(), List.of())) {
      names.add(typeWord + " " + place);
      for (String alias : unit.aliases()) {
        String core = stripType(alias.toLowerCase(Locale.ROOT));
        if (!core.equals(alias.toLowerCase(Locale.ROOT))) {
          names.add(typeWord + " " + core);
        }
      }
    }
    if ("KANWIL".equals(unit.type())) {
      names.add("kanwil kemenkumham " + place);
      names.add("kanwil ditjenpas " + place);
      names.add("kanwil pemasyarakatan " + place);
    }
    return names;
  }

  /** The place part of the official name: "Lapas Kelas IIA Pasir Putih Nusakambangan" gives "pasir putih nusakambangan". */
  private static String place(Unit unit) {
    List<String> words = normalize(IndonesianText.words(unit.name()));
    String joined = String.join(" ", words);
    return stripType(joined);
  }

  private static String stripType(String name) {
    String best = name;
    for (List<String> typeWords : TYPE_WORDS.values()) {
      for (String typeWord : typeWords) {
        if (name.startsWith(typeWord + " ") && name.length() - typeWord.length() - 1 < best.length()) {
          best = name.substring(typeWord.length() + 1);
        }
      }
    }
    if (best.startsWith("ditjenpas ")) {
      best = best.substring("ditjenpas ".length());
    }
    return best;
  }

  /** Drops class designations: "kelas", "klas" and the grade words after them ("iia", "ii a", "2a"). */
  static List<String> normalize(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (CLASS_WORDS.contains(words.get(i))) {
        while (i + 1 < words.size() && CLASS_GRADES.contains(words.get(i + 1))) {
          i++;
        }
        continue;
      }
      out.add(words.get(i));
    }
    return out;
  }

  public Optional<String> detect(String title, String body) {
    Mention best = null;
    int offset = 0;
    for (String part : new String[] {title, body}) {
      List<String> words = normalize(IndonesianText.words(part));
      for (Mention m : mentions(words, offset)) {
        if (best == null || m.rank() < best.rank()) {
          best = m;
        }
      }
      offset += 100_000;
    }
    return Optional.ofNullable(best).map(m -> m.unit().code());
  }

  /** A unit named at a position; lower rank wins. */
  private record Mention(Unit unit, long rank) {
  }

  private List<Mention> mentions(List<String> words, int offset) {
    List<Mention> found = new ArrayList<>();
    boolean[] taken = new boolean[words.size()];
    Map<Integer, Variant> at = new LinkedHashMap<>();
    for (Variant v : variants) {
      for (int pos : Lexicon.find(words, v.words())) {
        boolean free = true;
        for (int i = pos; i < pos + v.words().size(); i++) {
          free &= !taken[i];
        }
        if (free) {
          for (int i = pos; i < pos + v.words().size(); i++) {
            taken[i] = true;
          }
          at.put(pos, v);
        }
      }
    }
    for (Map.Entry<Integer, Variant> e : at.entrySet()) {
      int pos = e.getKey();
      Unit unit = e.getValue().unit();
      long rank = offset + pos;
      if (isTarget(words, pos)) {
        rank += 1_000_000; // named as where someone was moved to: the incident happened elsewhere
      }
      if ("KANWIL".equals(unit.type()) || unit.national()) {
        rank += 10_000_000; // the regional office comments on most stories; it is the subject only alone
      }
      found.add(new Mention(unit, rank));
    }
    return found;
  }

  private static boolean isTarget(List<String> words, int pos) {
    for (int i = Math.max(0, pos - 3); i < pos; i++) {
      if (TARGET_MARKERS.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }
}
