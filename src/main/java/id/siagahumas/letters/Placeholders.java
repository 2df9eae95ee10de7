package id.siagahumas.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gaps left to fill in a statement: text in square brackets ({@code [Nama Pejabat]}), an ellipsis character
 * ({@code …}) or a run of four or more dots ({@code ....}), as templates and people mark what is missing. A
 * statement holding one is not a letter to send.
 */
public final class Placeholders {

  private static final Pattern GAP = Pattern.compile("\\[[^\\[\\]\\n]{0,120}]|…+|\\.{4,}");

  private Placeholders() {
  }

  /** The gaps in the text, in order of appearance, each once. */
  public static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    Matcher matcher = GAP.matcher(text);
    while (matcher.find()) {
      if (!found.contains(matcher.group())) {
        found.add(matcher.group());
      }
    }
    return found;
  }
}
