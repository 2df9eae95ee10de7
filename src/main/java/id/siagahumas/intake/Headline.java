package id.siagahumas.intake;

/**
 * The story's headline as Tasklist lists it beside the case ({@code storyHeadline}): one line, at most
 * {@link #MAX_CHARS} characters, cut at a word with an ellipsis. A display value only; the story's text stays in
 * the story table.
 */
public final class Headline {

  public static final int MAX_CHARS = 120;

  private Headline() {
  }

  public static String of(String title) {
    if (title == null) {
      return null;
    }
    String line = title.replaceAll("\\s+", " ").strip();
    if (line.length() <= MAX_CHARS) {
      return line;
    }
    String cut = line.substring(0, MAX_CHARS - 1);
    int space = cut.lastIndexOf(' ');
    if (space > MAX_CHARS / 2) {
      cut = cut.substring(0, space);
    }
    return cut.strip() + "\u2026";
  }
}
