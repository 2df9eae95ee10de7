package id.siagahumas.cases;

import java.time.Instant;
import java.util.List;

/** One line of {@code GET /api/cases}. */
public record CaseSummary(String caseId, String status, String severity, List<String> categories, String unitCode,
    String region, boolean slaBreached, Instant openedAt, Instant lastStoryAt, Instant closedAt, String title,
    int stories) {
}
