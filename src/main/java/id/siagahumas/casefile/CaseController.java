package id.siagahumas.casefile;

import id.siagahumas.cases.CaseFilter;
import id.siagahumas.cases.CaseNotFoundException;
import id.siagahumas.cases.CasePage;
import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import id.siagahumas.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case API: a list with filters and paging, and one case in full. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

  private final CaseDetailService details;
  private final CaseRepository cases;
  private final CurrentUser currentUser;

  CaseController(CaseDetailService details, CaseRepository cases, CurrentUser currentUser) {
    this.details = details;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  /** {@code GET /api/cases?status=&severity=&region=&unit=&page=&size=}, newest first. */
  @GetMapping
  CasePage list(@Valid CaseFilter filter) {
    currentUser.requireHumas();
    return cases.list(filter, currentUser.caseScope());
  }

  @GetMapping("/{caseId}")
  CaseDetail detail(@PathVariable @Pattern(regexp = "KRS-\\d{4}-\\d{6}") String caseId) {
    currentUser.requireHumas();
    // Another region's case is answered as if it did not exist.
    CaseRecord c = cases.find(caseId).filter(r -> currentUser.caseScope().covers(r.unitCode(), r.region()))
        .orElseThrow(() -> new CaseNotFoundException(caseId));
    return details.detail(c.caseId());
  }
}
