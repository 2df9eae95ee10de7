package id.siagahumas.board;

import id.siagahumas.casefile.CaseDetail;
import id.siagahumas.casefile.CaseDetailService;
import id.siagahumas.cases.CaseNotFoundException;
import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import id.siagahumas.intake.InvalidInputException;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.reports.KpiController;
import id.siagahumas.reports.KpiReport;
import id.siagahumas.reports.ReportLanes;
import id.siagahumas.security.AccessDeniedException;
import id.siagahumas.security.CaseScope;
import id.siagahumas.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages for people in Bahasa Indonesia (DESIGN.md "Pages for people"): the case board, one case, and the KPIs.
 * {@code security/PageAuthentication} lets only logged-in humas and pimpinan reach them; each page shows only the
 * cases of the caller's lane.
 */
@Controller
class BoardController {

  /** Seconds between the board's own refreshes. */
  static final int REFRESH_SECONDS = 60;
  private static final Pattern REGION = Pattern.compile("[a-z]{1,40}");
  private static final Pattern CASE_ID = Pattern.compile("KRS-\\d{4}-\\d{6}");

  private final BoardService board;
  private final CaseRepository cases;
  private final CaseDetailService details;
  private final ReportLanes lanes;
  private final KpiController kpi;
  private final CurrentUser currentUser;
  private final UnitRegistry units;
  private final Clock clock;

  BoardController(BoardService board, CaseRepository cases, CaseDetailService details, ReportLanes lanes,
      KpiController kpi, CurrentUser currentUser, UnitRegistry units, Clock clock) {
    this.board = board;
    this.cases = cases;
    this.details = details;
    this.lanes = lanes;
    this.kpi = kpi;
    this.currentUser = currentUser;
    this.units = units;
    this.clock = clock;
  }

  @GetMapping({"/papan", "/papan/"})
  String board(@RequestParam(name = "wilayah", required = false) String region, Model model) {
    CaseScope scope = lanes.scope();
    String lane = lanes.region(scope, checkedRegion(region));
    List<BoardRow> rows = board.board(scope, lane);
    common(model, scope, lane, "papan");
    model.addAttribute("rows", rows);
    model.addAttribute("breaches", rows.stream().filter(BoardRow::breached).count());
    model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    model.addAttribute("now", id.siagahumas.registry.LocalTimes.dateTime(clock.instant(), zoneOf(lane)));
    return "papan/papan";
  }

  @GetMapping("/papan/kasus/{caseId}")
  String caseDetail(@PathVariable String caseId, Model model) {
    CaseScope scope = lanes.scope();
    if (!CASE_ID.matcher(caseId).matches()) {
      throw new CaseNotFoundException("?");
    }
    // another region's case is answered as if it did not exist, as in the API
    CaseRecord record = cases.find(caseId).filter(r -> scope.covers(r.unitCode(), r.region()))
        .orElseThrow(() -> new CaseNotFoundException(caseId));
    CaseDetail detail = details.detail(record.caseId());
    Region zone = units.regionOf(units.unit(record.unitCode()).orElse(null));
    common(model, scope, null, "kasus");
    model.addAttribute("c", detail);
    model.addAttribute("t", new LocalTimeFormat(zone));
    model.addAttribute("words", Stages.WORDS);
    model.addAttribute("unitLabel", detail.unitName() != null ? detail.unitName()
        : record.unitName() != null ? record.unitName() + " (belum terdaftar)" : "Belum diketahui");
    model.addAttribute("stageLabel", "publishing".equals(detail.stage()) && !detail.publications().isEmpty()
        ? "Terbit, menunggu tinjauan pemberitaan" : Stages.label(detail.stage()));
    model.addAttribute("outlets", detail.stories().stream().map(CaseDetail.StoryView::outlet).distinct().toList());
    return "papan/kasus";
  }

  @GetMapping("/papan/kinerja")
  String kpi(@RequestParam(name = "dari", required = false) String from,
      @RequestParam(name = "sampai", required = false) String to,
      @RequestParam(name = "wilayah", required = false) String region, Model model) {
    CaseScope scope = lanes.scope();
    String lane = lanes.region(scope, checkedRegion(region));
    KpiReport report = kpi.report(date("dari", from), date("sampai", to), lane, scope);
    common(model, scope, lane, "kinerja");
    model.addAttribute("report", report);
    String query = "from=" + report.from() + "&to=" + report.to() + (lane == null ? "" : "&region=" + lane);
    model.addAttribute("apiQuery", query);
    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
        java.util.Locale.forLanguageTag("id-ID"));
    model.addAttribute("fromLabel", day.format(report.from()));
    model.addAttribute("toLabel", day.format(report.to()));
    return "papan/kinerja";
  }

  private void common(Model model, CaseScope scope, String lane, String page) {
    model.addAttribute("user", currentUser.id());
    model.addAttribute("page", page);
    List<Region> choices = lanes.regionChoices(scope);
    model.addAttribute("regions", choices);
    model.addAttribute("region", lane);
    model.addAttribute("regionName", lane != null ? zoneOf(lane).name() : scope.all() ? "Seluruh Indonesia"
        : choices.size() == 1 ? choices.get(0).name() : "Semua wilayah Anda");
  }

  private Region zoneOf(String region) {
    return units.regions().stream().filter(r -> r.code().equals(region)).findFirst().orElse(UnitRegistry.NATIONAL);
  }

  private static String checkedRegion(String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    if (!REGION.matcher(region).matches()) {
      throw new InvalidInputException("wilayah", "kode wilayah tidak valid");
    }
    return region;
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "tanggal harus berbentuk YYYY-MM-DD");
    }
  }

  @ExceptionHandler(AccessDeniedException.class)
  String forbidden(AccessDeniedException e, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("message", e.getMessage());
    return "papan/galat";
  }

  @ExceptionHandler(CaseNotFoundException.class)
  String notFound(CaseNotFoundException e, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("message", e.getMessage());
    return "papan/galat";
  }

  @ExceptionHandler(InvalidInputException.class)
  String badInput(InvalidInputException e, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("message", e.getMessage());
    return "papan/galat";
  }
}
