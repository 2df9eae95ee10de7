package id.siagahumas.drafting;

import id.siagahumas.templating.TemplateRenderer;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Writes the first draft of a statement from its template ({@code templates/drafts/}). */
@Component
public class DraftWriter {

  private final TemplateRenderer templates;

  public DraftWriter(TemplateRenderer templates) {
    this.templates = templates;
  }

  public String write(StatementType type, DraftContext context) {
    return templates.render("drafts/" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'), context).strip() + "\n";
  }

  /** How the verification verdict reads in a statement. */
  public static String verdictText(String verdict) {
    return switch (verdict == null ? "" : verdict) {
      case "TIDAK_BENAR" -> "tidak benar";
      case "SEBAGIAN" -> "tidak sepenuhnya sesuai dengan fakta";
      case "FAKTA" -> "sesuai dengan fakta";
      default -> "masih dalam pendalaman";
    };
  }
}
