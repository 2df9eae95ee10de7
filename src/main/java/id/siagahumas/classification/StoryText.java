package id.siagahumas.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A story laid out for reading: the headline, the lead (the first one or two paragraphs, where Indonesian
 * outlets put the news) and the rest (quotes, context, background). Boilerplate that outlets put inside the
 * body ("Baca juga: ..." links to other stories, "ADVERTISEMENT", photo captions, "Berita Terkait" lists)
 * is left out, since it carries other stories' headlines. Tokens know their section and sentence.
 */
final class StoryText {

  enum Section { TITLE, LEAD, REST }

  /** Lines that are not the story: links to other stories, captions, ads, credits. */
  private static final Pattern BOILERPLATE = Pattern.compile(
      "^(?:baca(?: juga)?\\s*[:.\\-–]|baca juga\\b|simak(?: juga)?\\s*[:.\\-–]|simak juga\\b|lihat juga\\b|"
          + "tonton juga\\b|berita terkait\\b|artikel terkait\\b|terpopuler\\b|rekomendasi\\b|advertisement\\b|"
          + "scroll to continue|artikel ini telah tayang|editor\\s*:|penulis\\s*:|reporter\\s*:|pewarta\\s*:|"
          + "foto\\s*:|\\(foto|ilustrasi\\b|sumber\\s*:|dapatkan update|ikuti (?:kami|berita)|"
          + "cek berita dan artikel|klik di sini|download aplikasi|video\\s*:|copyright|©)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** After these headings the page lists other stories: nothing after them is this story. */
  private static final Pattern END_OF_STORY = Pattern.compile(
      "^(?:berita terkait|artikel terkait|berita lainnya|terpopuler|rekomendasi untuk anda|baca berita lainnya)\\s*:?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Words that end a clause: a negator before them does not reach past them. */
  private static final Set<String> CLAUSE_BREAKS = Set.of("namun", "tetapi", "tapi", "sedangkan", "sementara",
      "meski", "meskipun", "walaupun", "padahal", "kemudian", "lalu", "sehingga", "karena", "dalam", "saat",
      "ketika", "usai", "setelah", "sesudah", "akibat", "pasca", "sejak");
  private static final int LEAD_WORDS = 60;
  private static final int LEAD_MAX_PARAGRAPHS = 2;

  /** A paragraph of the laid-out text; {@code titleCase} for headlines and sub-headings ("Napi Kabur Diburu Polisi"). */
  record Paragraph(int start, int end, Section section, boolean titleCase) {
  }

  final String title;
  /** Headline, a blank line, then the kept paragraphs of the body, one per line. */
  final String text;
  final List<Paragraph> paragraphs = new ArrayList<>();
  final List<IndonesianText.Token> tokens;
  final int[] sentence;
  final int[] clause;
  final Section[] section;
  /** The paragraph of each token (index into {@link #paragraphs}). */
  final int[] paragraph;

  StoryText(String title, String body) {
    this.title = title == null ? "" : title.strip();
    StringBuilder sb = new StringBuilder(this.title);
    paragraphs.add(new Paragraph(0, sb.length(), Section.TITLE, true));
    sb.append("\n\n");
    int leadWords = 0;
    int leadParagraphs = 0;
    boolean leadDone = false;
    for (String raw : (body == null ? "" : body).replace('\u00a0', ' ').split("\\r?\\n|\\r")) {
      String line = raw.strip();
      if (line.isEmpty() || BOILERPLATE.matcher(line).find()) {
        if (END_OF_STORY.matcher(line).find()) {
          break;
        }
        continue;
      }
      int words = line.split("\\s+").length;
      boolean subheading = isTitleCase(line) && words <= 14 && !line.matches(".*[.!?\"”]$");
      Section s;
      if (!leadDone && !subheading) {
        s = Section.LEAD;
        leadWords += words;
        leadParagraphs++;
        leadDone = leadWords >= LEAD_WORDS || leadParagraphs >= LEAD_MAX_PARAGRAPHS;
      } else {
        s = Section.REST;
      }
      int start = sb.length();
      sb.append(line);
      if (s == Section.LEAD && leadParagraphs == 1 && words > 2 * LEAD_WORDS) {
        // One long block of text (no paragraphs): the first sentences are the lead.
        int cut = leadCut(line);
        paragraphs.add(new Paragraph(start, start + cut, Section.LEAD, false));
        paragraphs.add(new Paragraph(start + cut, sb.length(), Section.REST, false));
        leadDone = true;
      } else {
        paragraphs.add(new Paragraph(start, sb.length(), s, subheading));
      }
      sb.append('\n');
    }
    this.text = sb.toString();
    this.tokens = IndonesianText.tokens(text);
    this.sentence = new int[tokens.size()];
    this.clause = new int[tokens.size()];
    this.section = new Section[tokens.size()];
    this.paragraph = new int[tokens.size()];
    int sent = 0;
    int cl = 0;
    int p = 0;
    for (int i = 0; i < tokens.size(); i++) {
      IndonesianText.Token t = tokens.get(i);
      while (p < paragraphs.size() - 1 && t.start() >= paragraphs.get(p).end()) {
        p++;
      }
      section[i] = paragraphs.get(p).section();
      paragraph[i] = p;
      if (i > 0) {
        boolean newline = false;
        boolean stop = false;
        boolean colon = false;
        for (int c = tokens.get(i - 1).end(); c < t.start(); c++) {
          char ch = text.charAt(c);
          newline |= ch == '\n';
          stop |= ch == '.' || ch == '!' || ch == '?';
          colon |= ch == ';' || ch == ':';
        }
        if (newline || (stop && startsSentence(t))) {
          sent++;
          cl++;
        } else if (colon || CLAUSE_BREAKS.contains(t.word())) {
          cl++;
        }
      }
      sentence[i] = sent;
      clause[i] = cl;
    }
  }

  private boolean startsSentence(IndonesianText.Token t) {
    char c = text.charAt(t.start());
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /** The end of the first two sentences of a long block. */
  private static int leadCut(String line) {
    int sentences = 0;
    for (int i = 0; i < line.length() - 1; i++) {
      char c = line.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' ' && i + 2 < line.length()
          && Character.isUpperCase(line.charAt(i + 2))) {
        sentences++;
        if (sentences == 2) {
          return i + 1;
        }
      }
    }
    return Math.min(line.length(), 600);
  }

  /** Most words capitalised: a headline or a sub-heading. */
  static boolean isTitleCase(String line) {
    String[] words = line.split("\\s+");
    int letters = 0;
    int upper = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        letters++;
        if (Character.isUpperCase(w.charAt(0))) {
          upper++;
        }
      }
    }
    return letters >= 3 && upper >= 0.7 * letters;
  }

  /** The section of a character offset. */
  Section sectionAt(int offset) {
    for (Paragraph p : paragraphs) {
      if (offset >= p.start() && offset < p.end()) {
        return p.section();
      }
    }
    return Section.REST;
  }

  /** Whether the text at an offset was written in title case (a headline or sub-heading). */
  boolean titleCaseAt(int offset) {
    for (Paragraph p : paragraphs) {
      if (offset >= p.start() && offset < p.end()) {
        return p.titleCase();
      }
    }
    return false;
  }

  /** The text of tokens {@code [from, to)} as the story wrote it. */
  String quote(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end()).replaceAll("\\s+", " ");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
