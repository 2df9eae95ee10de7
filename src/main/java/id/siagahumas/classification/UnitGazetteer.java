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
  public record Detected(Unit unit, String unitName, List<int[]> spans, Detected regional) {

    Detected(Unit unit, String unitName) {
      this(unit, unitName, List.of(), null);
    }

    public String unitCode() {
      return unit == null ? null : unit.code();
    }

    Detected withSpans(List<int[]> spans) {
      return new Detected(unit, unitName, spans, regional);
    }

    Detected withRegional(Detected regional) {
      return new Detected(unit, unitName, spans, regional);
    }

    /**
     * The regional office when the story is region-wide news that only took place at the unit its headline names
     * ("Gubernur Serahkan Remisi di Lapas Teluk Dalam, 5.300 Warga Binaan Kalsel Dapat Remisi"); only for news
     * that is not an incident, which always happens at a unit.
     */
    public Detected forGoodNews() {
      return regional == null ? this : regional.withSpans(spans);
    }
  }

  private enum Role { NORMAL, TARGET, FORMER }

  /** A mention read in the story, with what the registry made of it. */
  private record Read(UnitNames.Mention mention, StoryText.Section section, boolean titleCase, Role role, Unit unit,
      boolean ambiguous, boolean national) {
  }

  /** Registered units by the key of each name they go by (type and place). */
  private final Map<String, List<Unit>> byKey = new HashMap<>();
  /**
   * Specialised units (Lapas Narkotika, Lapas Perempuan, LPKA ...) by base type and a place that is not their city:
   * the press often writes "Lapas Karang Intan" for the Lapas Narkotika of Karang Intan. Never the city itself
   * ("Lapas Palembang" is not the Lapas Perempuan of Palembang).
   */
  private final Map<String, List<Unit>> byLooseKey = new HashMap<>();
  /** The regions whose units share a place name ("Martapura" in Sumatera Selatan and Kalimantan Selatan). */
  private final Map<String, java.util.Set<String>> regionsOfPlace = new HashMap<>();
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
          if (!unit.national() && !UnitNames.isKanwil(m.get().typeKey())) {
            regionsOfPlace.computeIfAbsent(UnitNames.squash(m.get().place()), k -> new java.util.HashSet<>())
                .add(unit.region());
          }
          List<Unit> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
          if (!list.contains(unit)) {
            list.add(unit);
          }
          String base = baseType(m.get().typeKey());
          if (!base.equals(m.get().typeKey())
              && !UnitNames.squash(m.get().place()).equals(UnitNames.squash(unit.city()))) {
            List<Unit> loose = byLooseKey.computeIfAbsent(UnitNames.unitKey(base, m.get().place()),
                k -> new ArrayList<>());
            if (!loose.contains(unit)) {
              loose.add(unit);
            }
          }
        } else if (!IndonesianText.words(name).isEmpty()) {
          literals.add(Map.entry(IndonesianText.words(name), unit));
        }
      }
    }
    literals.sort(Comparator.comparingInt((Map.Entry<List<String>, Unit> e) -> -e.getKey().size()));
  }

  /** LAPAS for LAPAS_NARKOTIKA, LAPAS_PEREMPUAN ... and for LPKA (once "Lapas Anak"); RUTAN for RUTAN_PEREMPUAN. */
  private static String baseType(String typeKey) {
    if (typeKey.equals("LPKA")) {
      return "LAPAS";
    }
    int cut = typeKey.indexOf('_');
    return cut < 0 ? typeKey : typeKey.substring(0, cut);
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
      String place = String.join(" ", words.subList(0, n));
      List<Unit> units = byKey.get(UnitNames.unitKey(m.typeKey(), place));
      if (units == null && baseType(m.typeKey()).equals(m.typeKey())) {
        units = byLooseKey.get(UnitNames.unitKey(m.typeKey(), place));
      }
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
    return detect(story, UnitNames.find(story.text));
  }

  /** The story's unit from the names already found in its text. */
  Detected detect(StoryText story, List<UnitNames.Mention> found) {
    List<UnitNames.Mention> raw = new ArrayList<>();
    for (UnitNames.Mention m : found) {
      if (m.ours()) {
        raw.add(m);
      }
    }
    List<Read> reads = new ArrayList<>();
    // Mentions written alike are read alike: one resolution and one cut per distinct way of writing.
    Map<String, Resolution> resolved = new HashMap<>();
    Map<String, Integer> cuts = new HashMap<>();
    List<UnitNames.Mention> distinct = new ArrayList<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (UnitNames.Mention m : raw) {
      if (seen.putIfAbsent(m.typeKey() + "|" + String.join(" ", m.placeWords()) + "|" + story.titleCaseAt(m.start()),
          Boolean.TRUE) == null) {
        distinct.add(m);
      }
    }
    for (UnitNames.Mention m : raw) {
      boolean titleCase = story.titleCaseAt(m.start());
      String written = m.typeKey() + "|" + String.join(" ", m.placeWords());
      Resolution r = resolved.computeIfAbsent(written, k -> resolve(m));
      UnitNames.Mention named = m;
      if (r.unit() != null || r.ambiguous()) {
        named = m.withPlaceWords(r.words());
      } else {
        int cut = cuts.computeIfAbsent(written + "|" + titleCase,
            k -> titleCase ? confirmedByBody(m, distinct, story) : cutAtDivergence(m, distinct));
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
    List<int[]> spans = new ArrayList<>();
    for (Read r : reads) {
      spans.add(new int[] {r.mention().start(), nameEnd(story.text, r.mention())});
    }
    reads = checkRegions(story, reads);
    String province = titleProvince(story, raw);
    Detected chosen = choose(story, reads, province);
    if (province != null && chosen.unit() != null && !UnitNames.isKanwil(typeOf(chosen.unit()))
        && REGION_WIDE.matcher(leadText(story)).find() && namedUnits(reads) >= REGION_WIDE_UNITS) {
      Detected regional = regionalOffice(reads, province);
      if (regional != null) {
        chosen = chosen.withRegional(regional);
      }
    }
    return chosen.withSpans(spans);
  }

  /**
   * Region-wide wording in a lead ("di seluruh lapas, rutan dan LPKA di Kalimantan Selatan", "se-Jawa Timur"); with
   * a province in the headline and several units named, good news is the regional office's.
   */
  private static final java.util.regex.Pattern REGION_WIDE = java.util.regex.Pattern.compile(
      "\\b(?:seluruh|semua|sejumlah|berbagai)\\s+(?:lapas|rutan|upt|unit pelaksana teknis|jajaran|satuan kerja|satker)\\b"
          + "|\\bse-\\p{Lu}|\\blapas dan rutan (?:di|se)",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** Units a region-wide story names (besides the one in its headline). */
  static final int REGION_WIDE_UNITS = 3;

  private static int namedUnits(List<Read> reads) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Read r : reads) {
      if (r.role() == Role.NORMAL && !r.national() && !UnitNames.isKanwil(r.mention().typeKey())) {
        keys.add(groupKey(r));
      }
    }
    return keys.size();
  }

  private static String leadText(StoryText story) {
    StringBuilder sb = new StringBuilder();
    for (StoryText.Paragraph p : story.paragraphs) {
      if (p.section() == StoryText.Section.LEAD) {
        sb.append(story.text, p.start(), p.end()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String typeOf(Unit unit) {
    return UnitNames.parse(unit.name()).map(UnitNames.Mention::typeKey).orElse(unit.type());
  }

  /** The regional office of a province, named in the story or registered. */
  private Detected regionalOffice(List<Read> reads, String province) {
    String key = UnitNames.unitKey("KANWIL", province);
    List<Unit> registered = byKey.get(key);
    if (registered != null && registered.size() == 1) {
      return new Detected(registered.get(0), registered.get(0).name());
    }
    return null;
  }

  /**
   * A plain name ("Lapas Martapura") whose place units of several regions share (Sumatera Selatan has a Lapas
   * Martapura, Kalimantan Selatan a Lapas Perempuan and an LPKA there) names a registered unit only when the story
   * names that unit's province; else the name stays, without a code.
   */
  private List<Read> checkRegions(StoryText story, List<Read> reads) {
    java.util.Set<String> named = null;
    List<Read> out = new ArrayList<>(reads.size());
    for (Read r : reads) {
      Unit u = r.unit();
      // Only a plain "Lapas X" or "Rutan X" is in doubt: the press shortens specialised names to it.
      boolean plain = baseType(r.mention().typeKey()).equals(r.mention().typeKey());
      java.util.Set<String> regions = u == null || !plain ? null
          : regionsOfPlace.get(UnitNames.squash(r.mention().place()));
      if (regions != null && regions.size() > 1) {
        if (named == null) {
          named = provincesNamed(story);
        }
        String province = UnitNames.provinceOf(u.region()).orElse(null);
        if (province != null && !named.contains(province)) {
          out.add(new Read(r.mention(), r.section(), r.titleCase(), r.role(), null, true, r.national()));
          continue;
        }
      }
      out.add(r);
    }
    return out;
  }

  /** The provinces a story names anywhere, canonical ("Kalsel" gives "Kalimantan Selatan"). */
  private static java.util.Set<String> provincesNamed(StoryText story) {
    java.util.Set<String> out = new java.util.HashSet<>();
    List<IndonesianText.Token> tokens = story.tokens;
    for (int i = 0; i < tokens.size(); i++) {
      if (!Character.isUpperCase(story.text.charAt(tokens.get(i).start()))) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (int n = 1; n <= 3 && i + n <= tokens.size(); n++) {
        IndonesianText.Token t = tokens.get(i + n - 1);
        if (n > 1 && (!Character.isUpperCase(story.text.charAt(t.start())) || story.sentence[i + n - 1] != story.sentence[i])) {
          break;
        }
        sb.append(n == 1 ? "" : " ").append(t.word());
        UnitNames.provinceOf(sb.toString()).ifPresent(out::add);
      }
    }
    return out;
  }

  /** Where a name ends once cut to its place words. */
  private static int nameEnd(String text, UnitNames.Mention m) {
    int at = m.start();
    for (String w : m.placeWords()) {
      int i = text.indexOf(w, at);
      if (i < 0 || i > m.end()) {
        return m.end();
      }
      at = i + w.length();
    }
    return Math.min(at, m.end());
  }

  /** A province named in the headline outside any unit's name ("6.812 Narapidana di Sumsel Terima Remisi"). */
  private static String titleProvince(StoryText story, List<UnitNames.Mention> mentions) {
    List<IndonesianText.Token> title = new ArrayList<>();
    for (IndonesianText.Token t : story.tokens) {
      if (story.sectionAt(t.start()) != StoryText.Section.TITLE) {
        break;
      }
      boolean named = mentions.stream().anyMatch(m -> t.start() >= m.start() && t.start() < m.end());
      if (!named && Character.isUpperCase(story.text.charAt(t.start()))) {
        title.add(t);
      } else {
        title.add(null);
      }
    }
    for (int n = 3; n >= 1; n--) {
      for (int i = 0; i + n <= title.size(); i++) {
        StringBuilder sb = new StringBuilder();
        boolean ok = true;
        for (int j = i; j < i + n && ok; j++) {
          ok = title.get(j) != null;
          if (ok) {
            sb.append(sb.length() == 0 ? "" : " ").append(title.get(j).word());
          }
        }
        if (ok) {
          Optional<String> province = UnitNames.provinceOf(sb.toString());
          if (province.isPresent()) {
            return province.get();
          }
        }
      }
    }
    return null;
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

  /**
   * A story about a whole region: the headline names the regional office or a province and no unit, and the
   * story names several units (or none) where the news happened. "6.812 Narapidana di Sumsel Terima Remisi" is
   * the Kanwil's story; "Kanwil Sumsel Turun Tangan" over an escape from one Lapas is the Lapas's.
   */
  private Detected regional(Map<String, Group> groups, String titleProvince) {
    boolean unitInTitle = false;
    int units = 0;
    Group kanwilInTitle = null;
    Map<String, Group> kanwils = new HashMap<>();
    for (Group g : groups.values()) {
      int tier = g.tier();
      if (tier <= 1) {
        unitInTitle |= g.inTitle();
        if (tier == 0) {
          units++;
        }
      } else if (tier == 2) {
        Read r = g.reads.get(0);
        kanwils.put(UnitNames.unitKey("KANWIL", r.mention().place()), g);
        if (g.inTitle()) {
          kanwilInTitle = g;
        }
      }
    }
    if (unitInTitle || units == 1 || (kanwilInTitle == null && titleProvince == null)) {
      return null;
    }
    if (kanwilInTitle != null) {
      return new Detected(kanwilInTitle.unit, kanwilInTitle.name());
    }
    String key = UnitNames.unitKey("KANWIL", titleProvince);
    Group named = kanwils.get(key);
    if (named != null) {
      return new Detected(named.unit, named.name());
    }
    List<Unit> registered = byKey.get(key);
    if (registered != null && registered.size() == 1) {
      return new Detected(registered.get(0), registered.get(0).name());
    }
    return new Detected(null, UnitNames.canonical("KANWIL", null, titleProvince));
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

  /** "Lapas Kelas I Bandar Lampung atau yang dikenal dengan Lapas Rajabasa": two names of one unit. */
  private static final java.util.regex.Pattern ALSO_KNOWN_AS = java.util.regex.Pattern.compile(
      "^\\s*[,(]?\\s*(?:atau|alias|yang|biasa|lebih|juga|kerap|akrab|populer|dikenal|disebut|dengan|sebagai|nama|"
          + "masyarakat|warga)(?:\\s+(?:atau|alias|yang|biasa|lebih|juga|kerap|akrab|populer|dikenal|disebut|dengan|"
          + "sebagai|nama|masyarakat|warga|oleh|luas|setempat))*\\s*$",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Group keys of names the story itself gives as one unit's. */
  private static Map<String, String> aliases(StoryText story, List<Read> reads) {
    Map<String, String> same = new HashMap<>();
    List<Read> sorted = new ArrayList<>(reads);
    sorted.sort(Comparator.comparingInt((Read r) -> r.mention().start()));
    for (int i = 0; i + 1 < sorted.size(); i++) {
      Read a = sorted.get(i);
      Read b = sorted.get(i + 1);
      int from = nameEnd(story.text, a.mention());
      int to = b.mention().start();
      if (to > from && to - from < 60 && ALSO_KNOWN_AS.matcher(story.text.substring(from, to)).find()
          && !UnitNames.isKanwil(a.mention().typeKey()) && !UnitNames.isKanwil(b.mention().typeKey())) {
        String ka = groupKey(a);
        String kb = groupKey(b);
        // The registered or classed name is the one the other joins.
        boolean aFirst = a.unit() != null || (b.unit() == null && a.mention().unitClass() != null);
        same.put(aFirst ? kb : ka, aFirst ? ka : kb);
      }
    }
    return same;
  }

  private static String groupKey(Read r) {
    return r.unit() != null ? "code:" + r.unit().code() : UnitNames.unitKey(r.mention().typeKey(), r.mention().place());
  }

  private Detected choose(StoryText story, List<Read> reads, String titleProvince) {
    Map<String, String> same = aliases(story, reads);
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Read r : reads) {
      String key = groupKey(r);
      key = same.getOrDefault(key, key);
      Group g = groups.computeIfAbsent(key, Group::new);
      g.reads.add(r);
      if (r.unit() != null) {
        g.unit = r.unit();
      }
      g.ambiguous |= r.ambiguous();
    }
    Detected regional = regional(groups, titleProvince);
    if (regional != null) {
      return regional;
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
