package id.siagahumas.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import id.siagahumas.registry.UnitRegistry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Whether two stories report one incident (DESIGN.md, "Grouping stories into cases"), built for long articles
 * that different outlets word very differently.
 *
 * <p>A story is read once into a {@link Profile}:
 * <ul>
 *   <li><b>words</b>: stemmed content words (Lucene's Indonesian analyzer), the headline and lead weighing more
 *   than background paragraphs, each word weighted by its rarity in a bundled background table of prison news
 *   (BM25's inverse document frequency); the generic vocabulary of the beat (lapas, narapidana, petugas, kanwil,
 *   ...) and the words of the unit's own name are discounted, and boilerplate lines ("Baca juga", editor) are
 *   dropped;</li>
 *   <li><b>kinds of incident</b> named in the headline and lead (escape, death, violence, riot, drugs, levy,
 *   water, fire, ...), each a family of synonyms, so that "kabur" and "melarikan diri" meet;</li>
 *   <li><b>particulars</b>: numbers with what they count (three inmates, 2.5 kg = 2,500 g, Rp1,5 juta), dates,
 *   days, the names of people and places (capitalised sequences, with their initials, since one outlet writes
 *   "Rudi Hartono" where another writes "RH") and initials; the names of officials (after a title such as
 *   Kalapas, Kapolres, AKP) are spoken in every story of their unit and count little.</li>
 * </ul>
 *
 * <p>Two profiles are compared by the cosine of their word vectors plus a bounded share for the particulars
 * they have in common; they read as one incident when the score reaches {@code siaga.grouping.threshold} and
 * (unless switched off) their headlines and leads name a shared kind of incident: a fatal fight and a water
 * shortage at one Lapas in one week stay apart even though most of their words are the same.
 */
@Component
public class StorySimilarity {

  /** A story as grouping reads it; computed once per story and comparable with any other. */
  public record Profile(Map<String, Double> terms, Map<String, Double> particulars, Set<String> officials,
      Set<String> people, Set<String> leadTypes, Set<String> types, Map<String, Integer> plain, int length) {

    /** The kinds of incident that frame the story: those of the headline and lead, else the body's. */
    Set<String> primaryTypes() {
      return leadTypes.isEmpty() ? types : leadTypes;
    }
  }

  /**
   * How two stories compare: word cosine, the share of shared particulars, the combined score and whether
   * they read as one incident; {@code shared} lists the particulars both name (for logs and tests).
   */
  public record Comparison(double text, double particulars, double score, boolean sharedType, boolean sameIncident,
      List<String> shared, boolean otherPeople, double plain) {
  }

  private static final double GENERIC_IDF = 0.15;
  private static final double TYPE_IDF = 1.0;
  private static final double OFFICIAL_SHARE = 0.05;
  /** Particulars named after the lead (background, follow-ups of earlier incidents) count this much. */
  private static final double BACKGROUND_PARTICULARS = 0.6;

  private final GroupingSettings settings;
  private final Function<String, String> registeredUnit;
  private final Analyzer analyzer = new IndonesianAnalyzer();
  private final CharArraySet stopWords = IndonesianAnalyzer.getDefaultStopSet();
  private final Map<String, Integer> backgroundDf = new HashMap<>();
  /** Background stories (incidents) per kind, and per kind how many of them use each word. */
  private final Map<String, Integer> kindStories = new HashMap<>();
  private final Map<String, Map<String, Integer>> kindDf = new HashMap<>();
  private static final int MIN_KIND_STORIES = 4;
  private final int backgroundDocs;
  private final Set<String> generic = new HashSet<>();
  private final Set<String> genericCapitalised = new HashSet<>();
  private final Set<String> officialTitles = new HashSet<>();
  /** Phrases naming a kind of incident, by their first word; open entries match any word going on from it. */
  private record KindPhrase(String kind, String[] words, boolean open) {
  }

  private final Map<String, List<KindPhrase>> phrasesByFirstWord = new HashMap<>();
  private final List<KindPhrase> openWords = new ArrayList<>();
  private final Map<String, String> familyOfKind = new HashMap<>();
  /** Whether a capitalised word is a common word (no name), remembered: stemming each one is the costly part. */
  private final Map<String, Boolean> commonWords = new java.util.concurrent.ConcurrentHashMap<>();

  /** Reads stories for grouping; the registry's name, city and aliases of a unit say nothing of an incident. */
  @org.springframework.beans.factory.annotation.Autowired
  public StorySimilarity(GroupingSettings settings, UnitRegistry registry) {
    this(settings, code -> registry.unit(code)
        .map(u -> u.name() + " " + u.city() + " " + String.join(" ", u.aliases())).orElse(null));
  }

  /** Reads stories without a registry (the unit's words are those of its code and the name the story gives). */
  public StorySimilarity(GroupingSettings settings) {
    this(settings, code -> null);
  }

  private StorySimilarity(GroupingSettings settings, Function<String, String> registeredUnit) {
    this.settings = settings;
    this.registeredUnit = registeredUnit;
    this.backgroundDocs = readBackground();
    for (String word : lines("grouping/generic-words.txt")) {
      generic.addAll(stems(word));
      genericCapitalised.add(word.toLowerCase(Locale.ROOT));
    }
    for (String word : lines("grouping/official-titles.txt")) {
      officialTitles.add(word.toLowerCase(Locale.ROOT));
    }
    for (String line : lines("grouping/incident-types.txt")) {
      String[] parts = line.split(":", 2);
      Matcher named = Pattern.compile("(\\w+)\\s*(?:\\((\\w+)\\))?").matcher(parts[0].strip());
      named.matches();
      String kind = named.group(1);
      familyOfKind.put(kind, named.group(2) == null ? kind : named.group(2));
      for (String phrase : parts[1].split("\\|")) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        boolean open = p.endsWith("*");
        KindPhrase entry = new KindPhrase(kind, (open ? p.substring(0, p.length() - 1) : p).split("\\s+"), open);
        if (open && entry.words().length == 1) {
          openWords.add(entry);
        } else {
          phrasesByFirstWord.computeIfAbsent(entry.words()[0], w -> new ArrayList<>()).add(entry);
        }
      }
    }
  }

  public GroupingSettings settings() {
    return settings;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Reading a story

  private static final Pattern BOILERPLATE = Pattern.compile("(?im)^\\s*(baca juga|baca:|simak|lihat juga|tonton|"
      + "editor|penulis|reporter|pewarta|sumber|artikel ini|dapatkan|ikuti|follow|klik|copyright|©|\\([^()\\n]{0,80}\\)\\s*$)"
      + ".*$");
  private static final Pattern INLINE_READ_ALSO = Pattern.compile("(?i)baca juga\\s*:[^\\n]*");
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:[A-Z][A-Za-z .]{1,40}?,\\s*)?[\\p{L}0-9.]*\\s*(?:\\.com|\\.id|\\.co\\.id|\\.net)?[^\\n]{0,20}?\\s[-–—]+\\s");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\"”])\\s+(?=[\"“A-Z])");

  /** Reads a story; {@code unitCode} and {@code unitName} name its unit, whose words say nothing of the incident. */
  public Profile profile(String title, String body, String unitCode, String unitName) {
    String text = clean(body == null ? "" : body);
    String[] zones = zones(title == null ? "" : title, text);
    Set<String> unitWords = unitWords(unitCode, unitName);

    Map<String, Double> raw = new HashMap<>();
    Set<String> leadTypes = new TreeSet<>();
    Map<String, Integer> typeCounts = new HashMap<>();
    double[] weights = {settings.titleWeight(), settings.leadWeight(), 1.0};
    for (int zone = 0; zone < zones.length; zone++) {
      for (String stem : stems(zones[zone])) {
        if (stem.length() < 3 || Character.isDigit(stem.charAt(0)) || unitWords.contains(stem)) {
          continue;
        }
        raw.merge(stem, weights[zone], Double::sum);
      }
      for (String kind : kindsNamed(zones[zone])) {
        raw.merge("#" + kind, weights[zone], Double::sum);
        typeCounts.merge(kind, 1, Integer::sum);
        if (zone < 2) {
          leadTypes.add(kind);
        }
      }
    }
    Set<String> types = new TreeSet<>();
    int most = typeCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    typeCounts.forEach((type, count) -> {
      if (count >= Math.max(2, most / 2)) {
        types.add(type);
      }
    });
    Set<String> primary = leadTypes.isEmpty() ? types : leadTypes;
    Map<String, Double> terms = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * idf(e.getKey()) * kindFactor(e.getKey(), primary);
      terms.put(e.getKey(), w);
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      terms.replaceAll((k, v) -> v / length);
    }
    Particulars particulars = particulars(zones[1], unitWords, 1.0);
    Set<String> leadPeople = new HashSet<>(particulars.people());
    // what identifies the incident besides its people: the weights seized and the sums paid, as the lead gives them
    particulars.weights().keySet().stream().filter(k -> k.endsWith(" g") || k.endsWith(" rp")).forEach(leadPeople::add);
    Particulars rest = particulars(zones[2], unitWords, BACKGROUND_PARTICULARS);
    rest.weights().forEach((k, v) -> put(particulars.weights(), k, v));
    particulars.officials().addAll(rest.officials());
    // headline and lead as plain counts of their stemmed words (less the unit's and the beat's generic ones) and
    // kinds of incident, for comparisons with a thin story
    Map<String, Integer> plain = new HashMap<>();
    for (String stem : stems(zones[0] + "\n" + zones[1])) {
      if (stem.length() > 2 && !unitWords.contains(stem) && !generic.contains(stem)) {
        plain.merge(stem, 1, Integer::sum);
      }
    }
    leadTypes.forEach(kind -> plain.merge("#" + kind, 1, Integer::sum));
    return new Profile(terms, particulars.weights, particulars.officials, leadPeople, leadTypes, types, plain,
        title.length() + text.length());
  }

  /** Compares two stories' profiles, as if published far apart. */
  public Comparison compare(Profile a, Profile b) {
    return compare(a, b, null);
  }

  /** Compares two stories' profiles; {@code apart} is the time between their publications, null if unknown. */
  public Comparison compare(Profile a, Profile b, java.time.Duration apart) {
    Map<String, Double> small = a.terms().size() <= b.terms().size() ? a.terms() : b.terms();
    Map<String, Double> large = small == a.terms() ? b.terms() : a.terms();
    double text = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double other = large.get(e.getKey());
      if (other != null) {
        text += e.getValue() * other;
      }
    }
    double shared = 0;
    List<String> sharedNames = new ArrayList<>();
    for (Map.Entry<String, Double> e : a.particulars().entrySet()) {
      Double other = b.particulars().get(e.getKey());
      if (other != null) {
        double w = Math.min(e.getValue(), other);
        String name = e.getKey();
        if (a.officials().contains(name) || b.officials().contains(name)) {
          w = Math.min(w, OFFICIAL_SHARE);
        }
        shared += w;
        sharedNames.add(name);
      }
    }
    double particulars = 1 - Math.exp(-shared / settings.particularsScale());
    double score = text + settings.particularsWeight() * particulars;
    Set<String> typesA = a.primaryTypes();
    Set<String> typesB = b.primaryTypes();
    boolean sharedType = typesA.isEmpty() || typesB.isEmpty() || typesA.stream().map(familyOfKind::get)
        .anyMatch(family -> typesB.stream().map(familyOfKind::get).anyMatch(family::equals));
    // Both leads name their people (with ages, or initials), or the weight seized, or the sum paid, and neither
    // story names the other's: other people or other goods, most likely another incident.
    boolean otherPeople = false;
    for (String kindOf : List.of("person", " g", " rp")) {
      List<String> ofA = a.people().stream().filter(k -> identifierKind(k).equals(kindOf)).toList();
      List<String> ofB = b.people().stream().filter(k -> identifierKind(k).equals(kindOf)).toList();
      otherPeople |= !ofA.isEmpty() && !ofB.isEmpty() && ofA.stream().noneMatch(b.particulars()::containsKey)
          && ofB.stream().noneMatch(a.particulars()::containsKey);
    }
    if (otherPeople) {
      score -= settings.otherPeoplePenalty();
    }
    // The words of a kind of incident are discounted in each story (kindFactor); that both headlines and leads
    // report the same kind at the same unit within the window is itself evidence, counted once here.
    if (!typesA.isEmpty() && typesA.stream().anyMatch(typesB::contains)) {
      score += settings.sameKindBonus();
      // Two reports of one kind of trouble at one unit within hours of each other are nearly always one incident;
      // the evidence fades over recentWindow.
      if (apart != null && apart.abs().compareTo(settings.recentWindow()) < 0) {
        score += settings.recentBonus() * (1 - (double) apart.abs().toMinutes() / settings.recentWindow().toMinutes());
      }
    }
    boolean same = score >= settings.threshold() && (sharedType || !settings.requireSharedType());
    // A story of a sentence or two (a feed's summary) has too few words to weigh: such a pair is also one incident
    // when the plain cosine of their headlines' and leads' words reaches thinThreshold, still never across kinds
    // or other people.
    double plain = -1;
    if (a.length() < settings.thinChars() || b.length() < settings.thinChars()) {
      plain = cosine(a.plain(), b.plain());
      same |= plain >= settings.thinThreshold() && !otherPeople && (sharedType || !settings.requireSharedType());
    }
    return new Comparison(text, particulars, score, sharedType, same, sharedNames, otherPeople, plain);
  }

  static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer other = b.get(e.getKey());
      if (other != null) {
        dot += (double) e.getValue() * other;
      }
    }
    double na = 0;
    double nb = 0;
    for (int x : a.values()) {
      na += (double) x * x;
    }
    for (int x : b.values()) {
      nb += (double) x * x;
    }
    return dot / Math.sqrt(na * nb);
  }

  private static String identifierKind(String key) {
    return key.endsWith(" g") ? " g" : key.endsWith(" rp") ? " rp" : "person";
  }

  static String clean(String body) {
    String text = INLINE_READ_ALSO.matcher(body).replaceAll(" ");
    text = BOILERPLATE.matcher(text).replaceAll("");
    int head = Math.min(text.length(), 160);
    return DATELINE.matcher(text.substring(0, head)).replaceFirst("") + text.substring(head);
  }

  /** The kinds of incident a text names, once per mention. */
  private List<String> kindsNamed(String text) {
    List<String> words = words(text);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      for (KindPhrase phrase : phrasesByFirstWord.getOrDefault(word, List.of())) {
        String[] w = phrase.words();
        boolean all = i + w.length <= words.size();
        for (int k = 1; all && k < w.length; k++) {
          String at = words.get(i + k);
          all = k == w.length - 1 && phrase.open() ? at.startsWith(w[k]) : at.equals(w[k]);
        }
        if (all) {
          found.add(phrase.kind());
        }
      }
      for (KindPhrase phrase : openWords) {
        if (word.startsWith(phrase.words()[0])) {
          found.add(phrase.kind());
        }
      }
    }
    return found;
  }

  /** Lower-case words of a text (letters, digits and inner hyphens). */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(c) || c == '-' && start >= 0;
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  /** Headline, lead (whole paragraphs, else sentences, up to about leadChars), and the rest of the body. */
  private String[] zones(String title, String text) {
    int limit = settings.leadChars();
    int end = 0;
    String[] paragraphs = text.split("\\n\\s*\\n|\\n");
    if (paragraphs.length > 1) {
      int at = 0;
      for (String paragraph : paragraphs) {
        int next = text.indexOf(paragraph, at) + paragraph.length();
        if (end > 0 && next > limit) {
          break;
        }
        end = next;
        at = next;
        if (end >= limit / 2) {
          break;
        }
      }
    }
    if (end == 0 || end > limit * 2) {
      Matcher m = SENTENCE_END.matcher(text);
      end = 0;
      while (m.find()) {
        if (end > 0 && m.start() > limit) {
          break;
        }
        end = m.start();
        if (end >= limit / 2) {
          break;
        }
      }
      if (end == 0) {
        end = Math.min(text.length(), limit);
      }
    }
    end = Math.min(end, text.length());
    return new String[] {title, text.substring(0, end), text.substring(end)};
  }

  private Set<String> unitWords(String unitCode, String unitName) {
    Set<String> words = new HashSet<>();
    String registered = unitCode == null ? null : registeredUnit.apply(unitCode);
    for (String name : new String[] {unitCode == null ? null : unitCode.replace('-', ' '), unitName, registered}) {
      if (name != null) {
        words.addAll(stems(name));
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
          words.add(word);
        }
      }
    }
    words.removeIf(w -> w.length() < 3);
    return words;
  }

  /** A word that many stories of the background table use. */
  private boolean common(String word) {
    if (backgroundDocs == 0) {
      return false;
    }
    Boolean known = commonWords.get(word);
    if (known == null) {
      known = false;
      for (String stem : stems(word)) {
        if (generic.contains(stem) || backgroundDf.getOrDefault(stem, 0) * 25 >= backgroundDocs) {
          known = true;
        }
      }
      if (commonWords.size() > 100_000) {
        commonWords.clear();
      }
      commonWords.put(word, known);
    }
    return known;
  }

  /**
   * How little a word tells one incident of a kind from another: 1 for a word that no background story of the
   * story's kinds uses, down to nothing for one that all of them use ("sabu", "kurir", "pasal" in drug stories;
   * "pompa", "tangki" in water shortages). Kinds without enough background stories leave words as they are.
   */
  private double kindFactor(String term, Set<String> primary) {
    if (term.startsWith("#")) {
      return 1;
    }
    double share = 0;
    for (String kind : primary) {
      Integer stories = kindStories.get(kind);
      if (stories != null && stories >= MIN_KIND_STORIES) {
        Map<String, Integer> df = kindDf.get(kind);
        share = Math.max(share, df.getOrDefault(term, 0) / (stories + 1.0));
      }
    }
    return (1 - share) * (1 - share);
  }

  private double idf(String term) {
    if (term.startsWith("#")) {
      return TYPE_IDF;
    }
    if (generic.contains(term)) {
      return GENERIC_IDF;
    }
    if (backgroundDocs == 0) {
      return 1;
    }
    int df = backgroundDf.getOrDefault(term, 0);
    return Math.log(1 + (backgroundDocs - df + 0.5) / (df + 0.5));
  }

  List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Particulars: numbers, dates, names, initials

  /** People named in a text: ages after names, initials, full names (officials left out). */
  private record Particulars(Map<String, Double> weights, Set<String> officials, Set<String> people) {
  }

  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "\\((?:\\p{L}+,?\\s*)?(\\d{1,2})/(\\d{1,2})(?:/\\d{2,4})?\\)");
  private static final Pattern WORD_DATE = Pattern.compile("(?i)\\b(\\d{1,2})\\s+(januari|februari|maret|april|mei|"
      + "juni|juli|agustus|september|oktober|november|desember)\\b");
  private static final List<String> MONTHS = List.of("januari", "februari", "maret", "april", "mei", "juni", "juli",
      "agustus", "september", "oktober", "november", "desember");
  private static final Set<String> DAYS = Set.of("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu");
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("satu", 1), Map.entry("seorang", 1),
      Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4), Map.entry("lima", 5), Map.entry("enam", 6),
      Map.entry("tujuh", 7), Map.entry("delapan", 8), Map.entry("sembilan", 9), Map.entry("sepuluh", 10),
      Map.entry("sebelas", 11), Map.entry("seratus", 100), Map.entry("seribu", 1000));
  /** Words before a number that make it a reference, not a count: articles of law, classes of units, addresses. */
  private static final Set<String> NOT_A_COUNT = Set.of("pasal", "ayat", "nomor", "no", "uu", "kelas", "klas", "kls",
      "pp", "rt", "rw", "km", "jalan", "jl", "tipe", "lantai", "huruf", "juncto", "jo", "perpres", "permen", "tahun");
  private static final Map<String, String> COUNTED = Map.ofEntries(Map.entry("gram", "g"), Map.entry("gr", "g"),
      Map.entry("kilogram", "kg"), Map.entry("kg", "kg"), Map.entry("kilo", "kg"), Map.entry("ons", "ons"),
      Map.entry("orang", "p"), Map.entry("napi", "p"), Map.entry("narapidana", "p"), Map.entry("tahanan", "p"),
      Map.entry("warga", "p"), Map.entry("wbp", "p"), Map.entry("pria", "p"), Map.entry("wanita", "p"),
      Map.entry("penghuni", "p"), Map.entry("pemuda", "p"), Map.entry("remaja", "p"), Map.entry("anak", "p"),
      Map.entry("petugas", "o"), Map.entry("sipir", "o"), Map.entry("pegawai", "o"), Map.entry("tahun", "y"),
      Map.entry("juta", "rp"), Map.entry("ribu", "rp"), Map.entry("miliar", "rp"), Map.entry("butir", "u"),
      Map.entry("paket", "u"), Map.entry("bungkus", "u"), Map.entry("linting", "u"), Map.entry("pil", "u"),
      Map.entry("unit", "u"), Map.entry("buah", "u"), Map.entry("meter", "m"), Map.entry("sentimeter", "cm"),
      Map.entry("cm", "cm"), Map.entry("hari", "t"),
      Map.entry("jam", "t"), Map.entry("bulan", "t"), Map.entry("kamar", "r"), Map.entry("sel", "r"));

  private record Token(String text, String lower, boolean capitalised, boolean sentenceStart) {
  }

  private Particulars particulars(String text, Set<String> unitWords, double factor) {
    Map<String, Double> weights = new HashMap<>();
    StringBuilder rest = new StringBuilder(text);
    for (Pattern datePattern : List.of(NUMERIC_DATE, WORD_DATE)) {
      Matcher m = datePattern.matcher(text);
      while (m.find()) {
        int day = Integer.parseInt(m.group(1));
        int month = datePattern == NUMERIC_DATE ? Integer.parseInt(m.group(2))
            : MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
          put(weights, "date " + day + "/" + month, 0.5 * factor);
        }
        for (int i = m.start(); i < m.end(); i++) {
          rest.setCharAt(i, ' ');
        }
      }
    }
    List<Token> tokens = tokens(rest.toString());
    Set<String> officials = new HashSet<>();
    Set<String> personal = new HashSet<>();
    numbers(tokens, weights);
    names(tokens, unitWords, weights, officials, personal);
    weights.replaceAll((k, v) -> k.startsWith("date ") ? v : v * factor);
    Set<String> people = new HashSet<>();
    weights.keySet().forEach(k -> {
      if (k.endsWith(" y") && k.startsWith("#") || k.startsWith("@") && !officials.contains(k) && personal.contains(k)) {
        people.add(k);
      }
    });
    return new Particulars(weights, officials, people);
  }

  private static List<Token> tokens(String text) {
    // numbers (1.500, 2,5), words (with inner apostrophes) and the punctuation that ends or brackets a phrase
    List<Token> tokens = new ArrayList<>();
    boolean start = true;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int end;
      if (Character.isDigit(c)) {
        end = i + 1;
        while (end < n && (Character.isDigit(text.charAt(end))
            || (text.charAt(end) == '.' || text.charAt(end) == ',') && end + 1 < n
            && Character.isDigit(text.charAt(end + 1)))) {
          end++;
        }
      } else if (Character.isLetter(c)) {
        end = i + 1;
        while (end < n && (Character.isLetter(text.charAt(end))
            || (text.charAt(end) == '\'' || text.charAt(end) == '’') && end + 1 < n
            && Character.isLetter(text.charAt(end + 1)))) {
          end++;
        }
      } else if (".!?;:\"“”()\n".indexOf(c) >= 0) {
        end = i + 1;
      } else {
        i++;
        continue;
      }
      String t = text.substring(i, end);
      i = end;
      if (t.length() == 1 && ".!?;:\"“”()\n".contains(t)) {
        if (!";:()".contains(t)) {
          start = true;
        }
        tokens.add(new Token(t, t, false, false));
        continue;
      }
      boolean capital = Character.isUpperCase(t.charAt(0));
      tokens.add(new Token(t, t.toLowerCase(Locale.ROOT), capital, start));
      start = false;
    }
    return tokens;
  }

  private static void numbers(List<Token> tokens, Map<String, Double> weights) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String previous = i > 0 ? tokens.get(i - 1).lower() : "";
      double value;
      int next = i + 1;
      if (Character.isDigit(t.text().charAt(0))) {
        value = parseNumber(t.text());
        if (value < 0) {
          continue;
        }
        if ("(".equals(previous) && next < tokens.size() && ")".equals(tokens.get(next).text()) && value < 100) {
          put(weights, "#" + fmt(value) + " y", 1.0); // an age after a name: "RH (27)"
          continue;
        }
      } else if (NUMBER_WORDS.containsKey(t.lower())) {
        int base = NUMBER_WORDS.get(t.lower());
        value = base;
        String n = next(tokens, next);
        if ("belas".equals(n) && base < 10) {
          value = 10 + base;
          next++;
        } else if ("puluh".equals(n) && base < 10) {
          value = 10 * base;
          next++;
          Integer unit = NUMBER_WORDS.get(next(tokens, next));
          if (unit != null && unit < 10) {
            value += unit;
            next++;
          }
        } else if ("ratus".equals(n) || "ribu".equals(n) && base < 10) {
          value = base * ("ratus".equals(n) ? 100 : 1000);
          next++;
        }
      } else {
        continue;
      }
      if (NOT_A_COUNT.contains(previous) || value == Math.rint(value) && value >= 1900 && value <= 2100) {
        continue;
      }
      String counted = COUNTED.get(next(tokens, next));
      if ("rp".equals(counted)) {
        value *= switch (next(tokens, next)) {
          case "juta" -> 1e6;
          case "ribu" -> 1e3;
          default -> 1e9;
        };
      } else if ("kg".equals(counted)) {
        value *= 1000;
        counted = "g";
      } else if ("ons".equals(counted)) {
        value *= 100;
        counted = "g";
      }
      if (previous.equals("rp")) {
        counted = "rp";
      }
      // Small bare numbers are everywhere; a count of something, a weight or a sum of money is a particular.
      boolean exact = value != Math.rint(value) || value > 12;
      put(weights, "#" + fmt(value), exact ? 0.8 : 0.1);
      if (counted != null) {
        put(weights, "#" + fmt(value) + " " + counted, exact ? 1.0 : value <= 2 ? 0.15 : value <= 5 ? 0.3 : 0.45);
      }
    }
  }

  /** Whether an age in brackets follows: "(27)". */
  private static boolean ageAt(List<Token> tokens, int i) {
    if (!next(tokens, i).equals("(") || !next(tokens, i + 2).equals(")")) {
      return false;
    }
    String age = next(tokens, i + 1);
    return !age.isEmpty() && age.length() <= 2 && age.chars().allMatch(Character::isDigit);
  }

  private static String next(List<Token> tokens, int i) {
    return i < tokens.size() ? tokens.get(i).lower() : "";
  }

  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{3})*,\\d+");

  /** Indonesian numerals: 1.500 is one thousand five hundred, 2,5 two and a half; -1 when unreadable. */
  static double parseNumber(String s) {
    try {
      if (s.chars().allMatch(Character::isDigit)) {
        return Double.parseDouble(s);
      }
      if (THOUSANDS.matcher(s).matches()) {
        return Double.parseDouble(s.replace(".", ""));
      }
      if (DECIMAL.matcher(s).matches()) {
        return Double.parseDouble(s.replace(".", "").replace(',', '.'));
      }
      return -1; // a time of day (02.30), a version, a phone number
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private void names(List<Token> tokens, Set<String> unitWords, Map<String, Double> weights, Set<String> officials,
      Set<String> personal) {
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!isNameWord(t, unitWords)) {
        i++;
        continue;
      }
      int start = i;
      List<String> run = new ArrayList<>();
      List<Boolean> initialWords = new ArrayList<>();
      while (i < tokens.size() && isNameWord(tokens.get(i), unitWords)) {
        run.add(tokens.get(i).lower());
        initialWords.add(isInitials(tokens.get(i).text()));
        i++;
      }
      boolean initialsOnly = run.size() == 1 && isInitials(tokens.get(start).text());
      if (run.size() == 1 && tokens.get(start).sentenceStart() && !initialsOnly) {
        continue; // a capitalised first word of a sentence is usually no name
      }
      boolean official = false;
      for (int j = Math.max(0, start - 6); j < start; j++) {
        if (officialTitles.contains(tokens.get(j).lower())) {
          official = true;
        }
        if (".!?\n".contains(tokens.get(j).text())) {
          official = false;
        }
      }
      for (int w = 0; w < run.size(); w++) {
        String key = "@" + run.get(w);
        // initials count fully when they name a person ("RH (27)", "berinisial RH"), less when they may be an acronym
        boolean person = initialWords.get(w) && (ageAt(tokens, i) || start > 0
            && Set.of("inisial", "berinisial", "tersangka", "pelaku", "korban", "napi", "narapidana", "tahanan")
            .contains(tokens.get(start - 1).lower()));
        put(weights, key, person ? 1.0 : initialWords.get(w) ? 0.5 : 0.8);
        if (initialWords.get(w) && ageAt(tokens, i)) {
          personal.add(key); // "RH (27)"
        }
        if (official) {
          officials.add(key);
        }
      }
      if (run.size() >= 2) {
        StringBuilder initials = new StringBuilder();
        run.forEach(w -> initials.append(w.charAt(0)));
        String key = "@" + initials;
        put(weights, key, 0.6);
        put(weights, "@" + String.join(" ", run), 0.6);
        if (ageAt(tokens, i)) {
          personal.add("@" + String.join(" ", run)); // "Rudi Hartono (27)"
          personal.add(key);
        }
        if (official) {
          officials.add(key);
          officials.add("@" + String.join(" ", run));
        }
      }
    }
  }

  private boolean isNameWord(Token t, Set<String> unitWords) {
    if (!t.capitalised() || t.text().length() < 2) {
      return false;
    }
    String lower = t.lower();
    if (genericCapitalised.contains(lower) || stopWords.contains(lower) || DAYS.contains(lower)
        || MONTHS.contains(lower) || officialTitles.contains(lower) || unitWords.contains(lower)) {
      return false;
    }
    if (isInitials(t.text())) {
      return !common(lower); // initials of a person, not an acronym most stories use (PDAM, BNN)
    }
    if (lower.endsWith("nya") || lower.length() > 3 && common(lower)) {
      return false; // "Menurutnya", and words most stories use: no names
    }
    return unitWords.stream().noneMatch(u -> lower.startsWith(u) && lower.length() - u.length() <= 2);
  }

  private static boolean isInitials(String word) {
    return word.length() >= 2 && word.length() <= 4 && word.chars().allMatch(Character::isUpperCase);
  }

  private static void put(Map<String, Double> weights, String key, double weight) {
    weights.merge(key, weight, Math::max);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Bundled word lists

  private int readBackground() {
    List<String> rows = lines("grouping/background-df.tsv");
    int docs = 0;
    for (String row : rows) {
      String[] parts = row.split("\t");
      if (parts.length == 3 && parts[0].equals("*kind")) {
        kindStories.put(parts[1], Integer.parseInt(parts[2]));
        continue;
      }
      if (parts.length == 3 && parts[0].startsWith("~")) {
        kindDf.computeIfAbsent(parts[0].substring(1), k -> new HashMap<>()).put(parts[1], Integer.parseInt(parts[2]));
        continue;
      }
      if (parts.length != 2) {
        continue;
      }
      if (parts[0].equals("*documents")) {
        docs = Integer.parseInt(parts[1]);
      } else {
        backgroundDf.put(parts[0], Integer.parseInt(parts[1]));
      }
    }
    return docs;
  }

  private static List<String> lines(String resource) {
    InputStream in = StorySimilarity.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** Stems of the bundled generic vocabulary (for the background table builder and tests). */
  Set<String> genericStems() {
    return new LinkedHashSet<>(generic);
  }
}
