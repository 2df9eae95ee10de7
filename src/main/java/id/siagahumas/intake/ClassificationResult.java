package id.siagahumas.intake;

import java.util.List;

/** The answer of {@code POST /api/stories/classify}: what intake would make of a story. */
public record ClassificationResult(boolean negative, List<String> categories, String unitCode, String region,
    String severity, Integer responseHours) {
}
