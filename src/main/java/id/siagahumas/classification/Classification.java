package id.siagahumas.classification;

import java.util.List;

/**
 * What the classifier read in a story (DESIGN.md, "Classification"): whether a unit of the corrections
 * service is involved ({@code scope}), how the headline and lead frame it, the categories of trouble, the
 * phrases that decided ({@code evidence}), the unit as the story names it ({@code unitName}, registered or
 * not) and the registered unit ({@code unitCode}, never a guess at another unit).
 *
 * @param negative true when the story reports trouble at one of our units: {@code scope == IN} and
 *     {@code frame == NEGATIVE} and at least one category
 */
public record Classification(boolean negative, Scope scope, Frame frame, List<String> categories,
    List<String> evidence, String unitCode, String unitName) {

  /** Whether a unit of the corrections service is involved. */
  public enum Scope { IN, OUT }

  /** How the headline and lead frame the story. */
  public enum Frame { NEGATIVE, POSITIVE, NEUTRAL }

  public Classification {
    categories = List.copyOf(categories);
    evidence = List.copyOf(evidence);
  }
}
