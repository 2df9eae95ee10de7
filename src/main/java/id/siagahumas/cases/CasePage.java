package id.siagahumas.cases;

import java.util.List;

/** A page of cases, newest first. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {
}
