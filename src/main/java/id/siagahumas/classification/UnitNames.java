package id.siagahumas.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads unit names the way the press writes them, registered or not: a type ("Lapas", "Lembaga
 * Pemasyarakatan", "LP", "Rutan", "Rumah Tahanan Negara", "LPKA", "Bapas", "Kanwil" ...), an optional
 * specialisation (Perempuan, Narkotika, Pemuda, Terbuka), an optional class ("Kelas IIB", "Klas 2A", "Kelas
 * II A", "Kelas 1") and a place of one to three capitalised words that stops at punctuation, a lower-case
 * word, a day or month, a title or a province written after the city. "Rutan Polres Pati" is not ours and is
 * reported as such. The vocabulary is in {@code classification/unit-names.tsv} and
 * {@code classification/provinces.tsv}.
 */
public final class UnitNames {

  /** A unit named in a text. */
  public record Mention(String typeKey, String unitClass, List<String> placeWords, int start, int end,
      String notOurs) {

    /** The place as written ("Muara Enim"), all of the captured words. */
    public String place() {
      return String.join(" ", placeWords);
    }

    public boolean ours() {
      return notOurs == null;
    }

    /** The same mention with only the first {@code n} place words. */
    Mention withPlaceWords(int n) {
      return new Mention(typeKey, unitClass, List.copyOf(placeWords.subList(0, n)), start, end, notOurs);
    }

    /** The canonical name: "Lapas Kelas IIB Tuban", "Lapas Perempuan Palembang", "Kantor Wilayah Ditjenpas Jawa Timur". */
    public String canonical() {
      return UnitNames.canonical(typeKey, unitClass, place());
    }
  }

  private record Type(String key, String display) {
  }

  /** The vocabulary, read once on first use (after the patterns below are compiled). */
  private static final class Holder {
    static final UnitNames VOCABULARY = new UnitNames();
  }

  private final Map<String, Type> types = new LinkedHashMap<>();
  private final Map<String, String> typeByPhrase = new HashMap<>();
  private final Map<String, String> specByWord = new HashMap<>();
  private final Map<String, String> notOursByWord = new HashMap<>();
  private final java.util.Set<String> skipWords = new java.util.HashSet<>();
  private final java.util.Set<String> stopWords = new java.util.HashSet<>();
  private final List<List<String>> institutions = new ArrayList<>();
  private final List<List<String>> targetMarkers = new ArrayList<>();
  private final List<List<String>> formerMarkers = new ArrayList<>();
  private final List<List<String>> keepTogether = new ArrayList<>();
  /** Province spellings (squashed) to the canonical name. */
  private final Map<String, String> provinces = new HashMap<>();
  /** Province spellings as word lists, longest first. */
  private final List<List<String>> provinceWords = new ArrayList<>();
  private final Pattern typePattern;

  private static final Pattern CLASS = Pattern.compile(
      "^(?:Kelas|Klas|Kls|KELAS|KLAS|kelas|klas)\\.?[\\s-]*(III|II|I|3|2|1)(?:[\\s-]?([AaBb]))?(?![\\p{L}\\p{N}])");
  private static final Pattern WORD = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*(?:-[\\p{L}\\p{N}]+)*");
  private static final Pattern ABBREVIATION = Pattern.compile("^\\(\\s*[\\p{L} ]{2,40}\\s*\\)");
  private static final Pattern ALNUM = Pattern.compile("[\\p{L}\\p{N}]+");
  /** Lower-cased first words of the type phrases: a cheap test before the full pattern. */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();

  private UnitNames() {
    List<String> casedPhrases = new ArrayList<>();
    List<String> uncasedPhrases = new ArrayList<>();
    for (String[] row : Lexicon.rows("classification/unit-names.tsv")) {
      String kind = row[0];
      switch (kind) {
        case "TYPE" -> {
          types.put(row[1], new Type(row[1], row[2]));
          for (String phrase : row[3].split("\\|")) {
            boolean cased = phrase.endsWith("!");
            String p = cased ? phrase.substring(0, phrase.length() - 1) : phrase;
            typeByPhrase.putIfAbsent(key(p), row[1]);
            firstWords.add(wordsOf(p).get(0));
            (cased ? casedPhrases : uncasedPhrases).add(p);
          }
        }
        case "SPEC" -> split(row[2]).forEach(w -> specByWord.put(lower(w), row[1]));
        case "SKIP" -> split(row[2]).forEach(w -> skipWords.add(lower(w)));
        case "STOP" -> split(row[2]).forEach(w -> stopWords.add(lower(w)));
        case "NOT_OURS" -> split(row[2]).forEach(w -> notOursByWord.put(lower(w), row[1]));
        case "INSTITUTION" -> split(row[2]).forEach(w -> institutions.add(wordsOf(w)));
        case "TARGET" -> split(row[2]).forEach(w -> targetMarkers.add(wordsOf(w)));
        case "FORMER" -> split(row[2]).forEach(w -> formerMarkers.add(wordsOf(w)));
        case "KEEP" -> split(row[2]).forEach(w -> keepTogether.add(wordsOf(w)));
        default -> throw new IllegalStateException("Unknown rule " + kind + " in unit-names.tsv");
      }
    }
    institutions.sort(Comparator.comparingInt((List<String> l) -> -l.size()));
    for (String[] row : Lexicon.rows("classification/provinces.tsv")) {
      List<String> spellings = new ArrayList<>(split(row.length > 1 ? row[1] : ""));
      spellings.add(row[0]);
      for (String s : spellings) {
        provinces.put(squash(s), row[0]);
        provinceWords.add(wordsOf(s));
      }
    }
    provinceWords.sort(Comparator.comparingInt((List<String> l) -> -l.size()));
    StringBuilder alternation = new StringBuilder();
    List<String> all = new ArrayList<>();
    casedPhrases.forEach(p -> all.add("(?-i:" + phraseRegex(p) + ")"));
    uncasedPhrases.forEach(p -> all.add(phraseRegex(p)));
    // Longest first, so "Lapas Perempuan" wins over "Lapas".
    all.sort(Comparator.comparingInt(String::length).reversed());
    for (String p : all) {
      alternation.append(alternation.length() == 0 ? "" : "|").append(p);
    }
    typePattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String phraseRegex(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : phrase.trim().split("\\s+")) {
      sb.append(sb.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
    }
    return sb.toString();
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split("\\|")) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }

  private static List<String> wordsOf(String s) {
    return simpleWords(s);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String key(String phrase) {
    return String.join(" ", wordsOf(phrase));
  }

  /** Letters and digits only, lower case: "Lubuk Linggau" and "Lubuklinggau" meet. */
  public static String squash(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : lower(s).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Public helpers

  /** Every unit named in {@code text}, in order, ours or not. */
  public static List<Mention> find(String text) {
    return Holder.VOCABULARY.scan(text == null ? "" : text);
  }

  /** The first unit named in {@code name} ("Lapas Kelas IIB Tuban", "LP Cipinang", "Kanwil Jatim"). */
  public static Optional<Mention> parse(String name) {
    return find(name).stream().filter(Mention::ours).findFirst();
  }

  /** The canonical name of a unit: type, class and place ("Lapas Kelas IIB Tuban"). */
  public static String canonical(String typeKey, String unitClass, String place) {
    Type type = Holder.VOCABULARY.types.get(typeKey);
    String display = type == null ? typeKey : type.display();
    if ("KANWIL".equals(typeKey)) {
      return "Kantor Wilayah Ditjenpas " + Holder.VOCABULARY.province(place).orElse(titleCase(place));
    }
    return display + (unitClass == null ? "" : " Kelas " + unitClass) + " " + titleCase(place);
  }

  /** The key two names of one unit share: type and place ("LAPAS|tuban"); provinces canonical for a Kanwil. */
  public static String unitKey(String typeKey, String place) {
    if ("KANWIL".equals(typeKey)) {
      return typeKey + "|" + squash(Holder.VOCABULARY.province(place).orElse(place));
    }
    return typeKey + "|" + squash(place);
  }

  /**
   * Whether two names mean the same unit: same type (with specialisation) and place, and the same class when
   * both give one. "Lapas Tuban" and "Lembaga Pemasyarakatan Kelas IIB Tuban" do; "Lapas Perempuan
   * Palembang" and "Lapas Palembang" do not.
   */
  public static boolean sameUnit(String a, String b) {
    Optional<Mention> ma = parse(a);
    Optional<Mention> mb = parse(b);
    if (ma.isEmpty() || mb.isEmpty()) {
      return a != null && b != null && squash(a).equals(squash(b));
    }
    Mention x = ma.get();
    Mention y = mb.get();
    if (!unitKey(x.typeKey(), x.place()).equals(unitKey(y.typeKey(), y.place()))) {
      return false;
    }
    return x.unitClass() == null || y.unitClass() == null || x.unitClass().equals(y.unitClass());
  }

  /** Whether a type key is a regional office. */
  static boolean isKanwil(String typeKey) {
    return "KANWIL".equals(typeKey);
  }

  /** The canonical province for a spelling ("Jatim" gives "Jawa Timur"). */
  Optional<String> province(String spelling) {
    return Optional.ofNullable(provinces.get(squash(spelling)));
  }

  static Optional<String> provinceOf(String spelling) {
    return Holder.VOCABULARY.province(spelling);
  }

  /** Whether the words just before {@code offset} in {@code text} make the unit a destination. */
  static boolean targetBefore(String text, int offset) {
    return Holder.VOCABULARY.endsWithMarker(text, offset, Holder.VOCABULARY.targetMarkers);
  }

  /** Whether the words just before {@code offset} make the unit where a former inmate came from. */
  static boolean formerBefore(String text, int offset) {
    return Holder.VOCABULARY.endsWithMarker(text, offset, Holder.VOCABULARY.formerMarkers);
  }

  private boolean endsWithMarker(String text, int offset, List<List<String>> markers) {
    // The last few words before the unit, skipping small words in between ("ke sebuah", "ke dalam").
    int from = Math.max(0, offset - 60);
    String before = text.substring(from, offset);
    if (before.contains("\n") || before.matches("(?s).*[.!?;:]\\s*$")) {
      return false;
    }
    List<String> words = simpleWords(before);
    for (List<String> marker : markers) {
      for (int skip = 0; skip <= 1; skip++) {
        int end = words.size() - skip;
        if (end - marker.size() >= 0 && words.subList(end - marker.size(), end).equals(marker)) {
          return true;
        }
      }
    }
    return false;
  }

  static String titleCase(String place) {
    StringBuilder sb = new StringBuilder();
    for (String w : place.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      boolean allUpper = w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 3;
      sb.append(allUpper ? w.charAt(0) + lower(w.substring(1)) : w);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Scanning

  private List<Mention> scan(String text) {
    List<Mention> out = new ArrayList<>();
    Matcher m = typePattern.matcher(text);
    int from = 0;
    int n = text.length();
    // Word by word: only where a word starts a type phrase does the full pattern run.
    for (int i = 0; i < n; i++) {
      if (i < from || !Character.isLetter(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      int j = i;
      while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
        j++;
      }
      if (!firstWords.contains(lower(text.substring(i, j)))) {
        i = j;
        continue;
      }
      m.region(i, n);
      if (!m.lookingAt()) {
        i = j;
        continue;
      }
      String typeKey = typeByPhrase.get(key(m.group()));
      Mention mention = typeKey == null ? null : read(text, m.start(), m.end(), typeKey);
      if (mention != null) {
        out.add(mention);
        from = Math.max(mention.end(), m.end());
      } else {
        from = m.end();
      }
      i = Math.max(j, from) - 1;
    }
    return out;
  }

  /** Lower-cased words of a short text, without the analyser (for markers and provinces). */
  private static List<String> simpleWords(String s) {
    List<String> out = new ArrayList<>();
    Matcher w = ALNUM.matcher(s);
    while (w.find()) {
      out.add(lower(w.group()));
    }
    return out;
  }

  /** What follows a type word: class, specialisation, place. Null when no place follows. */
  private Mention read(String text, int start, int pos, String typeKey) {
    String unitClass = null;
    boolean kanwil = isKanwil(typeKey);
    int guard = 0;
    while (guard++ < 12) {
      int p = skipSpaces(text, pos);
      if (p >= text.length()) {
        return null;
      }
      String rest = text.substring(p, Math.min(text.length(), p + 80));
      Matcher abbreviation = ABBREVIATION.matcher(rest);
      if (abbreviation.find()) {
        // "Lembaga Pemasyarakatan (Lapas) Kelas IIA Jambi"
        pos = p + abbreviation.end();
        continue;
      }
      Matcher cls = CLASS.matcher(rest);
      if (cls.find()) {
        unitClass = grade(cls.group(1), cls.group(2));
        pos = p + cls.end();
        continue;
      }
      Matcher w = WORD.matcher(rest);
      if (!w.find()) {
        return null;
      }
      String word = w.group();
      String lw = lower(word);
      if (skipWords.contains(lw) && Character.isUpperCase(word.charAt(0))) {
        pos = p + w.end();
        continue;
      }
      if (specByWord.containsKey(lw) && Character.isUpperCase(word.charAt(0))
          && types.containsKey(typeKey + "_" + specByWord.get(lw))) {
        typeKey = typeKey + "_" + specByWord.get(lw);
        pos = p + w.end();
        continue;
      }
      if (notOursByWord.containsKey(lw) && Character.isUpperCase(word.charAt(0))) {
        return new Mention(typeKey, unitClass, List.of(word), start, p + w.end(), notOursByWord.get(lw));
      }
      if (kanwil) {
        int skipped = skipInstitution(text, p);
        if (skipped > p) {
          pos = skipped;
          continue;
        }
      }
      return place(text, start, p, typeKey, unitClass);
    }
    return null;
  }

  private int skipInstitution(String text, int p) {
    String rest = text.substring(p, Math.min(text.length(), p + 80));
    List<String> words = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Matcher w = ALNUM.matcher(rest);
    while (w.find() && words.size() < 8) {
      // Institutions are written without punctuation inside them.
      String between = rest.substring(ends.isEmpty() ? 0 : ends.get(ends.size() - 1), w.start());
      if (!between.isBlank() && !between.equals("(") && !between.equals(") ") && !between.trim().equals(")")) {
        break;
      }
      words.add(lower(w.group()));
      ends.add(w.end());
    }
    for (List<String> inst : institutions) {
      if (words.size() >= inst.size() && words.subList(0, inst.size()).equals(inst)) {
        return p + ends.get(inst.size() - 1);
      }
    }
    return p;
  }

  private Mention place(String text, int start, int p, String typeKey, String unitClass) {
    boolean kanwil = isKanwil(typeKey);
    int max = kanwil ? 4 : 3;
    List<String> words = new ArrayList<>();
    int end = p;
    int pos = p;
    while (words.size() < max) {
      if (!words.isEmpty()) {
        // Words of one name are separated by one space, nothing else.
        if (pos >= text.length() || text.charAt(pos) != ' ') {
          break;
        }
        pos++;
      }
      String rest = text.substring(pos, Math.min(text.length(), pos + 60));
      Matcher w = WORD.matcher(rest);
      if (!w.find()) {
        break;
      }
      String word = w.group();
      String lw = lower(word);
      if (!Character.isUpperCase(word.charAt(0)) || stopWords.contains(lw) || typeByPhrase.containsKey(lw)
          || notOursByWord.containsKey(lw) || CLASS.matcher(rest).find()) {
        break;
      }
      if (!kanwil && !words.isEmpty() && !"kota".equals(lower(words.get(words.size() - 1)))
          && provinceStarts(text, pos) && !keptTogether(words.get(words.size() - 1), text, pos)) {
        break;
      }
      words.add(word);
      pos += w.end();
      end = pos;
    }
    if (words.isEmpty()) {
      return null;
    }
    if (kanwil) {
      // "Kanwil Kemenkumham Jawa Timur Heni Yuwono": the province, as long as one is recognised.
      for (int n = words.size(); n >= 1; n--) {
        if (provinces.containsKey(squash(String.join(" ", words.subList(0, n))))) {
          words = new ArrayList<>(words.subList(0, n));
          break;
        }
      }
    }
    return new Mention(typeKey, unitClass, List.copyOf(words), start, end, null);
  }

  /** Whether the last word and what follows form a place kept whole ("Bandar Lampung"). */
  private boolean keptTogether(String last, String text, int pos) {
    List<String> next = simpleWords(last + " " + text.substring(pos, Math.min(text.length(), pos + 40)));
    for (List<String> keep : keepTogether) {
      if (next.size() >= keep.size() && next.subList(0, keep.size()).equals(keep)) {
        return true;
      }
    }
    return false;
  }

  private boolean provinceStarts(String text, int pos) {
    List<String> next = simpleWords(text.substring(pos, Math.min(text.length(), pos + 40)));
    for (List<String> province : provinceWords) {
      if (next.size() >= province.size() && next.subList(0, province.size()).equals(province)) {
        return true;
      }
    }
    return false;
  }

  private static int skipSpaces(String text, int pos) {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\u00a0')) {
      pos++;
    }
    return pos;
  }

  /** "II" + "A" gives "IIA"; "2" + "b" gives "IIB"; "1" gives "I". */
  static String grade(String number, String letter) {
    String roman = switch (number) {
      case "1" -> "I";
      case "2" -> "II";
      case "3" -> "III";
      default -> number.toUpperCase(Locale.ROOT);
    };
    return roman + (letter == null ? "" : letter.toUpperCase(Locale.ROOT));
  }
}
