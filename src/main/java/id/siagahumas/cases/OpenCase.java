package id.siagahumas.cases;

import java.time.Instant;
import java.util.List;

/** An open case as the case board lists it: the stored record with its first story's title and its outlets. */
public record OpenCase(String caseId, String processInstanceId, String unitCode, String unitName, String region,
    String severity, List<String> categories, boolean slaBreached, Instant openedAt, String title, int outlets) {
}
