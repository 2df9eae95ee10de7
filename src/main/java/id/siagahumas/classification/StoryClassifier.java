package id.siagahumas.classification;

import id.siagahumas.registry.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an Indonesian news story the way a humas officer does (DESIGN.md, "Classification"):
 * <ol>
 *   <li><b>Scope</b>: is a unit of the corrections service involved, or someone else's custody (police cells,
 *       prosecutors' and KPK's detainees, immigration and military detention, prisons abroad, former inmates)?
 *       Phrases in {@code classification/scope.tsv}, unit names from {@link UnitNames}.</li>
 *   <li><b>Trouble</b>: which categories the story reports ({@code classification/lexicon.tsv}), each phrase
 *       weighed by where it stands: the headline and lead carry the news, the rest is quotes and background.</li>
 *   <li><b>Frame</b>: what keeps a trouble word from counting ({@code classification/frames.tsv}): negators
 *       ("tidak ditemukan sabu"), foiled attempts ("petugas gagalkan penyelundupan sabu"), clean tests,
 *       fruitless raids, hoax clarifications, what an inmate was convicted of ("napi kasus narkoba"); and
 *       what makes the headline good news (remissions, ceremonies, awards, programmes).</li>
 *   <li><b>Unit</b>: {@link UnitGazetteer}, registered or only named.</li>
 * </ol>
 * The answer explains itself: {@code evidence} quotes the phrases that decided, as the story wrote them.
 */
public final class StoryClassifier {

  /** Categories in the order of DESIGN.md; also the tie-break of equal scores. */
  enum Category {
    KEMATIAN, KERUSUHAN, PELARIAN, NARKOBA, PUNGLI, KEKERASAN, PERLAKUAN_ISTIMEWA, PONSEL_ILEGAL, OVERKAPASITAS,
    PELAYANAN, LAINNYA
  }

  /** How much a phrase counts by where it stands. */
  static final double TITLE_WEIGHT = 2.0;
  static final double LEAD_WEIGHT = 1.0;
  static final double REST_WEIGHT = 0.35;
  static final double SCOPE_REST_WEIGHT = 0.25;
  /** A category's score in the headline and lead that makes a story negative. */
  static final double NEGATIVE_AT = 1.0;
  /** A category's score in the whole story that makes it negative when the headline and lead only hint at it. */
  static final double REST_ONLY_AT = 2.0;
  static final double HINT_AT = 0.5;
  /** Trouble phrases of one category in a passage of the body that, with who and when, report an event. */
  static final double EVENT_AT = 1.5;
  /** Good-news weight of the headline and lead that makes a story positive. */
  static final double POSITIVE_AT = 1.0;
  /** A trouble phrase this heavy is not cancelled by a foiled attempt or a test in its sentence. */
  static final double STRONG = 1.5;
  /** A frame of these kinds, this heavy, in the headline or lead cancels its categories in the whole story. */
  static final Set<String> DECISIVE_KINDS = Set.of("FOIL", "TEST", "NOTHING_FOUND", "HOAX");
  /** Frames whose good news is an achievement: the story's frame is POSITIVE (else NEUTRAL when not negative). */
  static final Set<String> ACHIEVEMENT_KINDS = Set.of("AWARD", "PROGRAMME", "FOIL", "TEST", "NOTHING_FOUND");
  static final double DECISIVE_AT = 1.0;
  static final double NAMED_UNIT = 2.5;
  static final double FORMER_UNIT = 1.5;
  static final int MAX_EVIDENCE = 8;
  static final int MAX_PHRASE = 120;

  /** A frame phrase with its reach and the categories it cancels. */
  private record Frame(String kind, int reach, boolean sentence, Set<Category> cancels, double positive) {
  }

  private final Lexicon.Index lexicon;
  private final Lexicon.Index frames;
  private final Lexicon.Index scope;
  private final Set<String> barrier = new HashSet<>();
  private final java.util.IdentityHashMap<Lexicon.Phrase, Frame> frameOf = new java.util.IdentityHashMap<>();
  /** Replaced whole when humas-pusat saves a unit's alias; readers see the old or the new, never a mix. */
  private volatile UnitGazetteer gazetteer;
  private final Map<Category, Double> priority = new EnumMap<>(Category.class);
  private final Set<Category> first = EnumSet.noneOf(Category.class);

  public StoryClassifier(List<Unit> units) {
    this.gazetteer = new UnitGazetteer(units);
    List<Lexicon.Phrase> cues = Lexicon.read("classification/lexicon.tsv");
    for (Lexicon.Phrase p : cues) {
      Category.valueOf(p.label()); // fails at start-up on a misspelt category
    }
    this.lexicon = new Lexicon.Index(cues);
    List<Lexicon.Phrase> framePhrases = new ArrayList<>();
    for (String[] row : Lexicon.rows("classification/frames.tsv")) {
      if (row.length < 5) {
        throw new IllegalStateException("frames.tsv needs 5 columns: " + String.join(" | ", row));
      }
      Lexicon.Phrase p = Lexicon.phrase(row[0], row[1], 1.0, row);
      if (p == null) {
        continue;
      }
      boolean sentence = row[2].equalsIgnoreCase("S");
      Set<Category> cancels = EnumSet.noneOf(Category.class);
      if (row[3].equalsIgnoreCase("ALL")) {
        cancels = EnumSet.allOf(Category.class);
      } else if (!row[3].equals("-")) {
        for (String c : row[3].split(",")) {
          cancels.add(Category.valueOf(c.trim()));
        }
      }
      frameOf.put(p, new Frame(row[0], sentence ? 0 : Integer.parseInt(row[2]), sentence, cancels,
          Double.parseDouble(row[4])));
      framePhrases.add(p);
    }
    this.frames = new Lexicon.Index(framePhrases);
    List<Lexicon.Phrase> scopePhrases = Lexicon.read("classification/scope.tsv");
    for (Lexicon.Phrase p : scopePhrases) {
      if (p.label().startsWith("IN")) {
        barrier.add(p.elements().get(0).text());
      }
    }
    this.scope = new Lexicon.Index(scopePhrases);
    for (Category c : Category.values()) {
      priority.put(c, 1.0);
    }
    for (String[] row : Lexicon.rows("classification/categories.tsv")) {
      priority.put(Category.valueOf(row[0]), Double.parseDouble(row[1]));
      if (row.length > 2 && row[2].equalsIgnoreCase("FIRST")) {
        first.add(Category.valueOf(row[0]));
      }
    }
  }

  /** A trouble phrase found in the story. */
  private record Cue(Category category, int start, int end, double weight, StoryText.Section section,
      boolean[] cancelled, List<Lexicon.Match> by) {
  }

  /** Reads unit names from now on with these units (the registry with the aliases saved at assignUnit). */
  public void useUnits(List<Unit> units) {
    this.gazetteer = new UnitGazetteer(units);
  }

  public Classification classify(String title, String body) {
    return classify(title, body, null);
  }

  /** How the classifier read a story, phrase by phrase: for people tuning the data files. */
  public String explain(String title, String body) {
    StringBuilder trace = new StringBuilder();
    Classification c = classify(title, body, trace);
    return trace.append("=> ").append(c).toString();
  }

  private Classification classify(String title, String body, StringBuilder trace) {
    StoryText story = new StoryText(title, body);
    List<IndonesianText.Token> tokens = story.tokens;

    List<UnitNames.Mention> units = UnitNames.find(story.text);
    UnitGazetteer.Detected unit = gazetteer.detect(story, units);
    // Trouble phrases; where they overlap the longest counts. Not inside a unit's name ("Muara Beliti").
    List<Cue> cues = new ArrayList<>();
    java.util.BitSet names = mask(unit.spans());
    for (Lexicon.Match m : longest(lexicon.find(tokens, story.sentence, Set.of()))) {
      if (insideName(story, m, names) || properNoun(story, m)) {
        continue;
      }
      cues.add(new Cue(Category.valueOf(m.phrase().label()), m.start(), m.end(), m.phrase().weight(),
          story.section[m.start()], new boolean[1], new ArrayList<>()));
    }

    int[] cueStarts = cues.stream().mapToInt(Cue::start).toArray();
    int sentences = tokens.isEmpty() ? 0 : story.sentence[tokens.size() - 1] + 1;
    int[] firstOfSentence = new int[sentences + 1];
    java.util.Arrays.fill(firstOfSentence, tokens.size());
    for (int i = tokens.size() - 1; i >= 0; i--) {
      firstOfSentence[story.sentence[i]] = i;
    }
    // Frames: local cancellation, good news in the headline and lead, decisive frames.
    List<Lexicon.Match> frameMatches = frames.find(tokens, story.sentence, Set.of());
    Set<Category> decided = EnumSet.noneOf(Category.class);
    double positive = 0;
    double achievement = 0;
    List<Lexicon.Match> positiveFrames = new ArrayList<>();
    boolean hoax = false;
    for (Lexicon.Match f : longest(frameMatches)) {
      Frame frame = frameOf.get(f.phrase());
      StoryText.Section section = story.section[f.start()];
      if (section != StoryText.Section.REST && frame.positive() > 0) {
        double w = frame.positive() * (section == StoryText.Section.TITLE ? TITLE_WEIGHT : LEAD_WEIGHT);
        positive += w;
        if (ACHIEVEMENT_KINDS.contains(frame.kind())) {
          achievement += w;
        }
        positiveFrames.add(f);
        boolean headlineHoax = frame.kind().equals("HOAX") && section == StoryText.Section.TITLE;
        if (DECISIVE_KINDS.contains(frame.kind()) && (frame.positive() >= DECISIVE_AT || headlineHoax)) {
          decided.addAll(frame.cancels());
          hoax |= frame.kind().equals("HOAX");
        }
      }
      if (frame.cancels().isEmpty()) {
        continue;
      }
      // Only the cues the frame can reach: its sentence, or its words and the next few.
      int from;
      int to;
      if (frame.sentence()) {
        from = firstOfSentence[story.sentence[f.start()]];
        to = firstOfSentence[story.sentence[f.start()] + 1];
      } else {
        from = f.start();
        to = Math.min(tokens.size(), f.end() + frame.reach());
      }
      for (int c = firstCueAt(cueStarts, from); c < cues.size() && cues.get(c).start() < to; c++) {
        Cue cue = cues.get(c);
        if (frame.cancels().contains(cue.category()) && cancels(frame, f, cue, story)) {
          cue.cancelled()[0] = true;
          cue.by().add(f);
        }
      }
    }
    for (Cue cue : cues) {
      if (decided.contains(cue.category()) && (cue.weight() < STRONG || hoax)) {
        cue.cancelled()[0] = true;
      }
    }

    // Scores per category.
    Map<Category, Double> head = new EnumMap<>(Category.class);
    Map<Category, Double> all = new EnumMap<>(Category.class);
    Map<Category, Integer> firstAt = new EnumMap<>(Category.class);
    for (Cue cue : cues) {
      if (cue.cancelled()[0]) {
        continue;
      }
      double w = cue.weight() * weight(cue.section());
      all.merge(cue.category(), w, Double::sum);
      firstAt.merge(cue.category(), cue.start(), Math::min);
      if (cue.section() != StoryText.Section.REST) {
        head.merge(cue.category(), w, Double::sum);
      }
    }
    if (trace != null) {
      for (Cue cue : cues) {
        trace.append(String.format("cue %-18s %-5s %.2f %s \"%s\"%s%n", cue.category(), cue.section(), cue.weight(),
            cue.cancelled()[0] ? "CANCELLED" : "counts", story.quote(cue.start(), cue.end()),
            cue.by().isEmpty() ? "" : " by " + cue.by().stream().map(f -> story.quote(f.start(), f.end())).toList()));
      }
      for (Lexicon.Match f : positiveFrames) {
        trace.append(String.format("good news %-13s %-5s %.2f \"%s\"%n", frameOf.get(f.phrase()).kind(),
            story.section[f.start()], frameOf.get(f.phrase()).positive(), story.quote(f.start(), f.end())));
      }
      trace.append("head ").append(head).append(" all ").append(all).append(" positive ").append(positive)
          .append(" decided ").append(decided).append(System.lineSeparator());
    }
    Set<Category> events = hoax ? Set.of() : events(story, cues, decided);
    if (trace != null && !events.isEmpty()) {
      trace.append("events in the body: ").append(events).append(System.lineSeparator());
    }
    double maxHead = head.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double maxAll = all.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);

    boolean incident;
    if (hoax) {
      incident = false;
    } else if (maxHead >= NEGATIVE_AT) {
      incident = true;
    } else if (!events.isEmpty()) {
      // Good news or nothing in the headline, but a paragraph reports an incident with who and when.
      incident = true;
    } else if (positive >= POSITIVE_AT) {
      incident = false;
    } else {
      // The headline and lead only hint at it, the rest of the story reports it at length.
      incident = all.entrySet().stream().anyMatch(e -> e.getValue() >= REST_ONLY_AT
          && head.getOrDefault(e.getKey(), 0.0) >= HINT_AT);
    }
    List<Category> categories = new ArrayList<>();
    if (incident) {
      all.entrySet().stream()
          .filter(e -> e.getValue() >= NEGATIVE_AT || head.getOrDefault(e.getKey(), 0.0) >= NEGATIVE_AT)
          .sorted(Comparator.comparing((Map.Entry<Category, Double> e) -> !(first.contains(e.getKey())
                  && head.getOrDefault(e.getKey(), 0.0) >= NEGATIVE_AT))
              .thenComparingDouble(e -> -e.getValue() * priority.get(e.getKey()))
              .thenComparing(e -> firstAt.get(e.getKey()))
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> categories.add(e.getKey()));
      if (categories.isEmpty()) {
        all.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> categories.add(e.getKey()));
      }
    }

    if (!incident) {
      unit = unit.forGoodNews();
    }
    ScopeReading scopeReading = scope(story, units, trace);
    boolean out = scopeReading.out();
    boolean negative = incident && !out && !categories.isEmpty();
    // Good news is an achievement (award, programme, foiled attempt, clean test or raid); a ceremony, a routine
    // visit or a clarification is neutral.
    Classification.Frame frame = incident ? Classification.Frame.NEGATIVE
        : achievement >= POSITIVE_AT || (!decided.isEmpty() && !hoax) ? Classification.Frame.POSITIVE
        : Classification.Frame.NEUTRAL;

    List<String> evidence = evidence(story, cues, categories, positiveFrames, scopeReading, incident);
    String unitCode = out ? null : unit.unitCode();
    return new Classification(negative, out ? Classification.Scope.OUT : Classification.Scope.IN, frame,
        negative ? categories.stream().map(Enum::name).toList() : List.of(), evidence, unitCode, unit.unitName());
  }

  /**
   * Categories that a passage of the body (a paragraph and the next) reports as an event: trouble phrases worth
   * {@link #EVENT_AT} together, beside who ("seorang warga binaan", "berinisial KS", "tiga orang") and when
   * ("Selasa (10/11/2026)", "Juli lalu", "kemarin"). Background ("Lapas ini pernah kebobolan") names neither, and
   * the past is cancelled by frames.tsv.
   */
  private static Set<Category> events(StoryText story, List<Cue> cues, Set<Category> decided) {
    Set<Category> out = EnumSet.noneOf(Category.class);
    int paragraphs = story.paragraphs.size();
    double[][] sums = new double[paragraphs][Category.values().length];
    for (Cue cue : cues) {
      if (!cue.cancelled()[0] && cue.section() == StoryText.Section.REST && !decided.contains(cue.category())) {
        sums[story.paragraph[cue.start()]][cue.category().ordinal()] += cue.weight();
      }
    }
    for (int p = 0; p < paragraphs; p++) {
      if (story.paragraphs.get(p).section() != StoryText.Section.REST) {
        continue;
      }
      int next = p + 1 < paragraphs && story.paragraphs.get(p + 1).section() == StoryText.Section.REST ? p + 1 : p;
      StoryText.Paragraph a = story.paragraphs.get(p);
      StoryText.Paragraph b = story.paragraphs.get(next);
      Set<Category> reported = EnumSet.noneOf(Category.class);
      for (Category c : Category.values()) {
        double sum = sums[p][c.ordinal()] + (next == p ? 0 : sums[next][c.ordinal()]);
        if (sum >= EVENT_AT) {
          reported.add(c);
        }
      }
      if (reported.isEmpty() || out.containsAll(reported)) {
        continue;
      }
      String passage = story.text.substring(a.start(), b.end());
      if (WHO.matcher(passage).find() && WHEN.matcher(passage).find()) {
        out.addAll(reported);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern WHO = java.util.regex.Pattern.compile(
      "berinisial|\\binisial\\s+\\p{Lu}|\\b(?:seorang|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
          + "sebelas|belasan|puluhan|ratusan|\\d+)\\s+(?:orang|oknum|napi|narapidana|warga binaan|tahanan|petugas|pegawai|"
          + "sipir|penghuni|anak binaan|wbp|pengunjung)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
  private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile(
      "\\(\\s*\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\s*\\)|\\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\\b|"
          + "\\b(?:pekan|minggu|bulan) (?:lalu|ini)\\b|\\bkemarin\\b|hari sebelumnya|hari lalu|\\bdini hari\\b|"
          + "\\b(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) lalu\\b|"
          + "\\bbulan (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\\b");

  /** The index of the first cue starting at or after token {@code from} (cues are in order). */
  private static int firstCueAt(int[] starts, int from) {
    int i = java.util.Arrays.binarySearch(starts, from);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && starts[i - 1] == from) {
      i--;
    }
    return i;
  }

  private static double weight(StoryText.Section section) {
    return switch (section) {
      case TITLE -> TITLE_WEIGHT;
      case LEAD -> LEAD_WEIGHT;
      case REST -> REST_WEIGHT;
    };
  }

  private static boolean insideName(StoryText story, Lexicon.Match m, java.util.BitSet names) {
    int start = story.tokens.get(m.start()).start();
    int end = story.tokens.get(m.end() - 1).end();
    int next = names.nextSetBit(start);
    return next >= 0 && next < end;
  }

  /** The characters covered by spans. */
  private static java.util.BitSet mask(List<int[]> spans) {
    java.util.BitSet bits = new java.util.BitSet();
    for (int[] span : spans) {
      bits.set(span[0], Math.max(span[0], span[1]));
    }
    return bits;
  }

  /**
   * A one-word phrase matched by its stem on a capitalised word inside a sentence is a name the stemmer took
   * apart ("Beliti" is not "berbelit").
   */
  private static boolean properNoun(StoryText story, Lexicon.Match m) {
    if (m.end() - m.start() != 1 || m.phrase().elements().get(0).exact()) {
      return false;
    }
    IndonesianText.Token t = story.tokens.get(m.start());
    boolean sentenceStart = m.start() == 0 || story.sentence[m.start() - 1] != story.sentence[m.start()];
    return !sentenceStart && !t.word().equals(t.stem()) && Character.isUpperCase(story.text.charAt(t.start()))
        && !story.titleCaseAt(t.start());
  }

  /** Whether a frame found at {@code f} cancels a cue. */
  private static boolean cancels(Frame frame, Lexicon.Match f, Cue cue, StoryText story) {
    if (frame.sentence()) {
      if (story.sentence[f.start()] != story.sentence[cue.start()]) {
        return false;
      }
      // A foiled attempt or a clean test does not cancel a strong phrase ("dua napi positif sabu").
      return cue.weight() < STRONG || frame.kind().equals("HOAX");
    }
    if (frame.reach() == 0) {
      return cue.start() < f.end() && cue.end() > f.start();
    }
    // Forward reach: the words after the frame, in its clause; not the frame's own words ("tidak kembali").
    int last = f.end() - 1;
    return cue.start() >= f.end() && cue.start() < f.end() + frame.reach()
        && story.clause[cue.start()] == story.clause[last];
  }

  /**
   * Of overlapping matches, the longest (all of them when equally long, but one per label on the same words:
   * "kelebihan kapasitas" and "melebihi kapasitas" share their stems).
   */
  private static List<Lexicon.Match> longest(List<Lexicon.Match> matches) {
    List<Lexicon.Match> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt((Lexicon.Match m) -> -(m.end() - m.start()))
        .thenComparingInt(Lexicon.Match::start).thenComparingDouble(m -> -m.phrase().weight()));
    List<Lexicon.Match> kept = new ArrayList<>();
    // The longest kept match over each token, and the spans already kept per label.
    Map<Integer, Integer> longestAt = new java.util.HashMap<>();
    Set<String> sameSpan = new HashSet<>();
    for (Lexicon.Match m : sorted) {
      int length = m.end() - m.start();
      boolean covered = !sameSpan.add(m.start() + ":" + m.end() + ":" + m.phrase().label());
      for (int i = m.start(); i < m.end() && !covered; i++) {
        covered = longestAt.getOrDefault(i, 0) > length;
      }
      if (!covered) {
        kept.add(m);
        for (int i = m.start(); i < m.end(); i++) {
          longestAt.merge(i, length, Math::max);
        }
      }
    }
    kept.sort(Comparator.comparingInt(Lexicon.Match::start));
    return kept;
  }

  // -----------------------------------------------------------------------------------------------------------
  // Scope

  /** What the scope phrases said: out of scope or not, and the phrases that decided. */
  private record ScopeReading(boolean out, List<String> reasons) {
  }

  private ScopeReading scope(StoryText story, List<UnitNames.Mention> units, StringBuilder trace) {
    List<Lexicon.Match> matches = scope.find(story.tokens, story.sentence, barrier);
    List<Lexicon.Match> outs = new ArrayList<>();
    List<Lexicon.Match> ins = new ArrayList<>();
    for (Lexicon.Match m : longest(matches)) {
      (m.phrase().label().startsWith("IN") ? ins : outs).add(m);
    }
    double inHead = 0;
    double inHeadGeneric = 0;
    double abroadHead = 0;
    double outHead = 0;
    double inAll = 0;
    double outAll = 0;
    List<int[]> outSpans = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (Lexicon.Match m : outs) {
      double w = m.phrase().weight() * scopeWeight(story.section[m.start()]);
      outAll += w;
      if (story.section[m.start()] != StoryText.Section.REST) {
        outHead += w;
        reasons.add(quoteOut(story, m.start(), m.end()));
        if (m.phrase().label().equals("ABROAD")) {
          abroadHead += w;
        }
      }
      outSpans.add(new int[] {story.tokens.get(m.start()).start(), story.tokens.get(m.end() - 1).end()});
    }
    // Unit names: ours (normal, target, former) and others' ("Rutan Polres Pati").
    List<int[]> unitSpans = new ArrayList<>();
    for (UnitNames.Mention u : units) {
      StoryText.Section section = story.sectionAt(u.start());
      double sw = scopeWeight(section);
      boolean headSection = section != StoryText.Section.REST;
      unitSpans.add(new int[] {u.start(), u.end()});
      if (!u.ours()) {
        outAll += NAMED_UNIT * sw;
        if (headSection) {
          outHead += NAMED_UNIT * sw;
          reasons.add(story.text.substring(u.start(), u.end()));
        }
        outSpans.add(new int[] {u.start(), u.end()});
      } else if (UnitNames.formerBefore(story.text, u.start())) {
        outAll += FORMER_UNIT * sw;
        if (headSection) {
          outHead += FORMER_UNIT * sw;
        }
      } else if (!UnitNames.targetBefore(story.text, u.start()) && !inside(outSpans, u.start())) {
        inAll += NAMED_UNIT * sw;
        if (headSection) {
          inHead += NAMED_UNIT * sw;
        }
      }
    }
    java.util.BitSet covered = mask(outSpans);
    covered.or(mask(unitSpans));
    for (Lexicon.Match m : ins) {
      int start = story.tokens.get(m.start()).start();
      if (covered.get(start)) {
        continue; // "napi" in "mantan napi"; "Lapas" of a named unit, counted with the name
      }
      double w = m.phrase().weight() * scopeWeight(story.section[m.start()]);
      inAll += w;
      if (story.section[m.start()] != StoryText.Section.REST) {
        if (m.phrase().label().equals("IN_GENERIC")) {
          inHeadGeneric += w;
        } else {
          inHead += w;
        }
      }
    }
    // Napi, sipir, penjara: any prison has them; against a foreign country only our own institutions count.
    if (abroadHead == 0) {
      inHead += inHeadGeneric;
    }
    boolean out = outHead > 0 ? outHead > inHead : inHead == 0 && outAll >= 1.0 && outAll > inAll;
    if (trace != null) {
      trace.append(String.format("scope in head %.2f all %.2f, out head %.2f all %.2f %s%n", inHead, inAll, outHead,
          outAll, reasons));
    }
    if (out && reasons.isEmpty()) {
      for (Lexicon.Match m : outs) {
        reasons.add(quoteOut(story, m.start(), m.end()));
      }
    }
    return new ScopeReading(out, out ? List.copyOf(new LinkedHashSet<>(reasons)) : List.of());
  }

  private static double scopeWeight(StoryText.Section section) {
    return switch (section) {
      case TITLE -> TITLE_WEIGHT;
      case LEAD -> LEAD_WEIGHT;
      case REST -> SCOPE_REST_WEIGHT;
    };
  }

  private static boolean inside(List<int[]> spans, int offset) {
    for (int[] s : spans) {
      if (offset >= s[0] && offset < s[1]) {
        return true;
      }
    }
    return false;
  }

  /** An out-of-scope phrase with the name after it: "tahanan Polsek Medan Area". */
  private static String quoteOut(StoryText story, int from, int to) {
    int end = to;
    while (end < story.tokens.size() && end < to + 3 && story.sentence[end] == story.sentence[to - 1]
        && Character.isUpperCase(story.text.charAt(story.tokens.get(end).start()))
        && story.text.substring(story.tokens.get(end - 1).end(), story.tokens.get(end).start()).equals(" ")) {
      end++;
    }
    return story.quote(from, end);
  }

  // -----------------------------------------------------------------------------------------------------------
  // Evidence

  private static List<String> evidence(StoryText story, List<Cue> cues, List<Category> categories,
      List<Lexicon.Match> positiveFrames, ScopeReading scope, boolean incident) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    java.util.function.Consumer<String> add = s -> {
      if (s != null && !s.isBlank() && out.size() < MAX_EVIDENCE && seen.add(s.toLowerCase(java.util.Locale.ROOT))) {
        out.add(s.length() > MAX_PHRASE ? s.substring(0, MAX_PHRASE) : s);
      }
    };
    scope.reasons().stream().limit(3).forEach(add);
    List<Cue> ordered = new ArrayList<>(cues);
    ordered.sort(Comparator.comparingInt((Cue c) -> c.section().ordinal()).thenComparingInt(Cue::start));
    if (incident) {
      // The trouble that counted, primary category first, headline and lead before the rest.
      for (Category c : categories) {
        ordered.stream().filter(cue -> cue.category() == c && !cue.cancelled()[0]).limit(3)
            .forEach(cue -> add.accept(story.quote(cue.start(), cue.end())));
      }
    } else {
      // The good news or the frame that cancelled, then what it cancelled.
      positiveFrames.stream().limit(4).forEach(f -> add.accept(story.quote(f.start(), f.end())));
      ordered.stream().filter(cue -> cue.cancelled()[0] && cue.section() != StoryText.Section.REST).limit(3)
          .forEach(cue -> {
            cue.by().stream().limit(1).forEach(f -> add.accept(story.quote(f.start(), f.end())));
            add.accept(story.quote(cue.start(), cue.end()));
          });
    }
    return List.copyOf(out);
  }
}
