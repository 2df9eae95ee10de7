package id.siagahumas.intake;

import java.util.List;

/** The answer of {@code POST /api/stories}. */
public record IntakeResult(IntakeStatus status, String caseId, Long storyId, String severity, List<String> categories,
    String unitCode) {
}
