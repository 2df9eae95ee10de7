package id.siagahumas.classification;

import id.siagahumas.registry.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the unit a story is about, however the press writes it, registered or not. Names are read by
 * {@link UnitNames} (type + specialisation + class + place: "Lapas Kelas IIB Tuban", "LP Cipinang",
 * "Lembaga Pemasyarakatan Klas 2A Jambi", "Kanwil Kemenkumham Jatim"); a name is taken for a registered unit
 * only when type, specialisation and place agree with the registry's name or one of its aliases ("Lapas
 * Merah Mata", "Rutan Pakjo"), and only when exactly one unit fits: an LPKA or a Lapas Narkotika is never
 * taken for the Lapas of the same city, and "Lapas Nusakambangan" (several units) stays unregistered. The
 * index is built from the registry rows, nothing is hard-coded.
 *
 * <p>When several units are named, the story's unit is a unit named normally (not only as where someone was
 * taken to, nor as where a former inmate came from), in the headline, else first in the lead, else the one
 * named most; a regional office or the directorate only when no unit is named.
 */
public final class UnitGazetteer {

  /** The unit of a story: registered ({@code unit}) or only named ({@code unitName}). */
  public record Detected(Unit unit, String unitName) {

    public String unitCode() {
      return unit == null ? null : unit.code();
    }
  }

  private enum Role { NORMAL, TARGET, FORMER }

  /** A mention read in the story, with what the registry made of it. */
  private record Read(UnitNames.Mention mention, StoryText.Section section, boolean titleCase, Role role, Unit unit,
      boolean ambiguous, boolean national) {
  }

  /** Registered units by the key of each name they go by (type and place). */
  private final Map<String, List<Unit>> byKey = new HashMap<>();
  /** Names without a type word ("Ditjenpas", "Ditjen PAS"), as words. */
  private final List<Map.Entry<List<String>, Unit>> literals = new ArrayList<>();

  public UnitGazetteer(List<Unit> units) {
    for (Unit unit : units) {
      List<String> names = new ArrayList<>();
      names.add(unit.name());
      names.addAll(unit.aliases());
      for (String name : names) {
        Optional<UnitNames.Mention> m = UnitNames.parse(name);
        if (m.isPresent() && m.get().start() == firstLetter(name)) {
          String key = UnitNames.unitKey(m.get().typeKey(), m.get().place());
          List<Unit> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
          if (!list.contains(unit)) {
            list.add(unit);
          }
        } else if (!IndonesianText.words(name).isEmpty()) {
          literals.add(Map.entry(IndonesianText.words(name), unit));
        }
      }
    }
    literals.sort(Comparator.comparingInt((Map.Entry<List<String>, Unit> e) -> -e.getKey().size()));
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  /** The registered unit a name means, if exactly one does ("Lapas Kedungpane" gives lapas-semarang). */
  public Optional<Unit> resolve(String name) {
    return UnitNames.parse(name).map(m -> resolve(m).unit()).filter(u -> u != null)
        .or(() -> literal(IndonesianText.words(name)));
  }

  private Optional<Unit> literal(List<String> words) {
    for (Map.Entry<List<String>, Unit> e : literals) {
      if (e.getKey().equals(words)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** A mention resolved against the registry: the unit, or ambiguous, and how many place words it used. */
  private record Resolution(Unit unit, boolean ambiguous, int words) {
  }

  private Resolution resolve(UnitNames.Mention m) {
    List<String> words = m.placeWords();
    for (int n = words.size(); n >= 1; n--) {
      List<Unit> units = byKey.get(UnitNames.unitKey(m.typeKey(), String.join(" ", words.subList(0, n))));
      if (units != null) {
        return units.size() == 1 ? new Resolution(units.get(0), false, n) : new Resolution(null, true, n);
      }
    }
    return new Resolution(null, false, words.size());
  }

  /** The unit code a story is about, if it is a registered unit. */
  public Optional<String> detect(String title, String body) {
    return Optional.ofNullable(detect(new StoryText(title, body)).unitCode());
  }

  Detected detect(StoryText story) {
    List<UnitNames.Mention> raw = new ArrayList<>();
    for (UnitNames.Mention m : UnitNames.find(story.text)) {
      if (m.ours()) {
        raw.add(m);
      }
    }
    List<Read> reads = new ArrayList<>();
    for (UnitNames.Mention m : raw) {
      boolean titleCase = story.titleCaseAt(m.start());
      Resolution r = resolve(m);
      UnitNames.Mention named = m;
      if (r.unit() != null || r.ambiguous()) {
        named = m.withPlaceWords(r.words());
      } else {
        int cut = titleCase ? confirmedByBody(m, raw, story) : cutAtDivergence(m, raw);
        if (cut == 0) {
          continue; // a headline's capitalised words that no sentence of the story confirms as a place
        }
        named = m.withPlaceWords(cut);
      }
      Role role = UnitNames.formerBefore(story.text, m.start()) ? Role.FORMER
          : UnitNames.targetBefore(story.text, m.start()) ? Role.TARGET : Role.NORMAL;
      reads.add(new Read(named, story.sectionAt(m.start()), titleCase, role, r.unit(), r.ambiguous(), false));
    }
    addLiterals(story, raw, reads);
    return choose(reads);
  }

  /** A headline's capture ("Muara Enim Kabur Jebol") cut to the longest place a sentence of the story names. */
  private static int confirmedByBody(UnitNames.Mention m, List<UnitNames.Mention> all, StoryText story) {
    int best = 0;
    for (UnitNames.Mention o : all) {
      if (o == m || story.titleCaseAt(o.start()) || !o.typeKey().equals(m.typeKey())) {
        continue;
      }
      int lcp = commonPrefix(m.placeWords(), o.placeWords());
      if (lcp == o.placeWords().size()) {
        best = Math.max(best, lcp);
      }
    }
    return best;
  }

  /**
   * A capture that runs into a person's name ("Lapas Kelas IIB Tuban Joko Santoso mengatakan") cut where
   * another mention of the same type parts from it ("Lapas Tuban", "Lapas Tuban Kabur").
   */
  private static int cutAtDivergence(UnitNames.Mention m, List<UnitNames.Mention> all) {
    int size = m.placeWords().size();
    int cut = size;
    int best = 0;
    for (UnitNames.Mention o : all) {
      if (o == m || !o.typeKey().equals(m.typeKey())) {
        continue;
      }
      int lcp = commonPrefix(m.placeWords(), o.placeWords());
      if (lcp > 0 && lcp < size) {
        best = Math.max(best, lcp);
      }
    }
    return best > 0 ? best : cut;
  }

  private static int commonPrefix(List<String> a, List<String> b) {
    int n = 0;
    while (n < a.size() && n < b.size() && UnitNames.squash(a.get(n)).equals(UnitNames.squash(b.get(n)))) {
      n++;
    }
    return n;
  }

  /** Registered names without a type word ("Ditjenpas"), where no typed name covers them. */
  private void addLiterals(StoryText story, List<UnitNames.Mention> typed, List<Read> reads) {
    if (literals.isEmpty()) {
      return;
    }
    List<IndonesianText.Token> tokens = story.tokens;
    for (int i = 0; i < tokens.size(); i++) {
      for (Map.Entry<List<String>, Unit> e : literals) {
        List<String> words = e.getKey();
        if (i + words.size() > tokens.size()) {
          continue;
        }
        boolean match = true;
        for (int j = 0; j < words.size() && match; j++) {
          match = tokens.get(i + j).word().equals(words.get(j));
        }
        if (!match) {
          continue;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(i + words.size() - 1).end();
        boolean covered = typed.stream().anyMatch(m -> start < m.end() && end > m.start());
        if (!covered) {
          Unit unit = e.getValue();
          UnitNames.Mention m = new UnitNames.Mention(unit.type(), null, List.of(unit.name()), start, end, null);
          reads.add(new Read(m, story.sectionAt(start), story.titleCaseAt(start), Role.NORMAL, unit, false, true));
        }
        i += words.size() - 1;
        break;
      }
    }
  }

  /** One unit of the story (all mentions of it) and how it ranks. */
  private static final class Group {
    final String key;
    Unit unit;
    boolean ambiguous;
    final List<Read> reads = new ArrayList<>();

    Group(String key) {
      this.key = key;
    }

    int tier() {
      int best = Integer.MAX_VALUE;
      for (Read r : reads) {
        int t;
        if (r.national() || (r.unit() != null && r.unit().national())) {
          t = 3;
        } else if (UnitNames.isKanwil(r.mention().typeKey())) {
          t = r.role() == Role.FORMER ? 4 : 2;
        } else {
          t = switch (r.role()) {
            case NORMAL -> 0;
            case TARGET -> 1;
            case FORMER -> 4;
          };
        }
        best = Math.min(best, t);
      }
      return best;
    }

    boolean inTitle() {
      return reads.stream().anyMatch(r -> r.section() == StoryText.Section.TITLE);
    }

    int firstLead() {
      return reads.stream().filter(r -> r.section() == StoryText.Section.LEAD).mapToInt(r -> r.mention().start())
          .min().orElse(Integer.MAX_VALUE);
    }

    int first() {
      return reads.stream().mapToInt(r -> r.mention().start()).min().orElse(Integer.MAX_VALUE);
    }

    String name() {
      if (unit != null) {
        return unit.name();
      }
      // The fullest way the story writes it, preferring sentences over headlines: class and place.
      Read best = null;
      for (Read r : reads) {
        if (best == null || (best.titleCase() && !r.titleCase())
            || (best.titleCase() == r.titleCase() && best.mention().unitClass() == null
                && r.mention().unitClass() != null)) {
          best = r;
        }
      }
      String unitClass = reads.stream().map(r -> r.mention().unitClass()).filter(c -> c != null).findFirst()
          .orElse(null);
      UnitNames.Mention m = best.mention();
      return UnitNames.canonical(m.typeKey(), unitClass, m.place());
    }
  }

  private static Detected choose(List<Read> reads) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Read r : reads) {
      String key = r.unit() != null ? "code:" + r.unit().code()
          : UnitNames.unitKey(r.mention().typeKey(), r.mention().place());
      Group g = groups.computeIfAbsent(key, Group::new);
      g.reads.add(r);
      if (r.unit() != null) {
        g.unit = r.unit();
      }
      g.ambiguous |= r.ambiguous();
    }
    Comparator<Group> order = Comparator.comparingInt(Group::tier)
        .thenComparing(g -> !g.inTitle())
        .thenComparingInt(Group::firstLead)
        .thenComparing(g -> -g.reads.size())
        .thenComparingInt(Group::first);
    return groups.values().stream().min(order).map(g -> new Detected(g.unit, g.name()))
        .orElse(new Detected(null, null));
  }
}
