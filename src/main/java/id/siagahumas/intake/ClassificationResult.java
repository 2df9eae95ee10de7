package id.siagahumas.intake;

import java.util.List;

/**
 * The answer of {@code POST /api/stories/classify}: what intake would make of a story (DESIGN.md, HTTP API).
 * {@code scope} says whether a unit of the corrections service is involved, {@code frame} how the headline and
 * lead frame the story, {@code evidence} the phrases that decided, {@code unitName} the unit as the story names
 * it (registered or not) beside {@code unitCode} (registered units only).
 */
public record ClassificationResult(boolean negative, String scope, String frame, List<String> categories,
    List<String> evidence, String unitCode, String unitName, String region, String severity,
    Integer responseHours) {
}
