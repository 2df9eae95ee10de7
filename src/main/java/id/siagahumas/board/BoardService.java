package id.siagahumas.board;

import static id.siagahumas.process.CaseVariables.STATEMENT_DUE_AT;
import static id.siagahumas.process.CaseVariables.STATEMENT_PUBLISHED_AT;
import static id.siagahumas.process.CaseVariables.VERDICT;
import static id.siagahumas.process.CaseVariables.VERIFY_DUE_AT;

import id.siagahumas.cases.CaseRepository;
import id.siagahumas.cases.OpenCase;
import id.siagahumas.process.CaseProcess;
import id.siagahumas.registry.LocalTimes;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.security.CaseScope;
import id.siagahumas.severity.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The case board: the open cases of a scope, most urgent first. A case whose deadline has passed while its step is
 * still open comes first, then the case whose next open deadline is nearest, then the more severe; cases with no
 * deadline left open (published, waiting for the coverage review) come last. Everything is read in a handful of
 * queries whatever the number of cases: the cases with their title and outlets, the deadline variables, the open tasks.
 */
@Service
public class BoardService {

  private final CaseRepository cases;
  private final CaseProcess process;
  private final UnitRegistry units;
  private final Clock clock;

  public BoardService(CaseRepository cases, CaseProcess process, UnitRegistry units, Clock clock) {
    this.cases = cases;
    this.process = process;
    this.units = units;
    this.clock = clock;
  }

  public List<BoardRow> board(CaseScope scope, String region) {
    Instant now = clock.instant();
    List<OpenCase> open = cases.openCases(scope, region);
    List<String> pids = open.stream().map(OpenCase::processInstanceId).toList();
    Map<String, Map<String, Object>> variables = process.variablesOf(pids, VERIFY_DUE_AT, STATEMENT_DUE_AT,
        STATEMENT_PUBLISHED_AT, VERDICT);
    Map<String, List<Task>> tasks = process.openTasks(pids).stream()
        .collect(Collectors.groupingBy(Task::getProcessInstanceId));
    List<BoardRow> rows = new ArrayList<>();
    for (OpenCase c : open) {
      Map<String, Object> v = variables.getOrDefault(c.processInstanceId(), Map.of());
      Unit unit = units.unit(c.unitCode()).orElse(null);
      Region zone = units.regionOf(unit);
      Instant verifyDue = LocalTimes.instant(v.get(VERIFY_DUE_AT));
      Instant statementDue = LocalTimes.instant(v.get(STATEMENT_DUE_AT));
      Instant publishedAt = LocalTimes.instant(v.get(STATEMENT_PUBLISHED_AT));
      boolean verified = v.get(VERDICT) != null;
      DeadlineView verification = DeadlineView.of(verifyDue, LocalTimes.dateTime(verifyDue, zone), !verified, now,
          "terverifikasi");
      DeadlineView statement = DeadlineView.of(statementDue, LocalTimes.dateTime(statementDue, zone),
          publishedAt == null, now, publishedAt == null ? "" : "terbit " + LocalTimes.dateTime(publishedAt, zone));
      List<Task> caseTasks = tasks.getOrDefault(c.processInstanceId(), List.of());
      Task task = caseTasks.isEmpty() ? null : caseTasks.get(0);
      rows.add(new BoardRow(c.caseId(), c.severity(),
          unit != null ? unit.name() : c.unitName() != null ? c.unitName() + " (belum terdaftar)" : "Belum diketahui",
          zone.name(), c.title(), c.outlets(), stage(task, verifyDue, publishedAt), holder(task), task == null ? null
              : task.getId(), verification, statement, c.slaBreached(), c.categories()));
    }
    rows.sort(urgency(now));
    return rows;
  }

  static Comparator<BoardRow> urgency(Instant now) {
    Comparator<BoardRow> byOverdue = Comparator.comparing(r -> !(r.verification().overdue() || r.statement().overdue()));
    Comparator<BoardRow> byNextDeadline = Comparator.comparing(r -> nextDeadline(r, now),
        Comparator.nullsLast(Comparator.naturalOrder()));
    return byOverdue.thenComparing(byNextDeadline).thenComparing(r -> -rank(r.severity()))
        .thenComparing(BoardRow::caseId);
  }

  private static Duration nextDeadline(BoardRow row, Instant now) {
    Duration v = row.verification().leftAt(now);
    Duration s = row.statement().leftAt(now);
    return v == null ? s : s == null ? v : v.compareTo(s) <= 0 ? v : s;
  }

  private static int rank(String severity) {
    try {
      return Severity.valueOf(severity).ordinal();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** The stage in words: the open task's name, or what the case waits for. */
  static String stage(Task task, Instant verifyDue, Instant publishedAt) {
    if (task != null) {
      return task.getName();
    }
    if (verifyDue == null) {
      return "Triase";
    }
    return publishedAt == null ? "Penerbitan pernyataan" : "Terbit, menunggu tinjauan pemberitaan";
  }

  private String holder(Task task) {
    if (task == null) {
      return "—";
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<String> groups = process.candidateGroups(task.getId());
    return "belum diklaim" + (groups.isEmpty() ? "" : " (" + String.join(", ", groups) + ")");
  }
}
