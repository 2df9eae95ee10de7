package id.siagahumas.casefile;

import id.siagahumas.cases.CaseNotFoundException;
import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.drafting.StatementRepository;
import id.siagahumas.intake.StoryRepository;
import id.siagahumas.notification.Outbox;
import id.siagahumas.process.CaseProcess;
import id.siagahumas.letters.IssuedNumber;
import id.siagahumas.letters.LetterRegister;
import id.siagahumas.publication.PublicationRepository;
import id.siagahumas.registry.LocalTimes;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Assembles a case's detail from our tables and the engine's runtime and history. */
@Service
public class CaseDetailService {

  /** Steps worth showing people; gateways and joins are plumbing. */
  private static final Set<String> SHOWN = Set.of("startEvent", "noneEndEvent", "userTask", "serviceTask",
      "boundaryTimer", "intermediateTimer", "messageStartEvent", "subProcess");

  private final CaseRepository cases;
  private final StoryRepository stories;
  private final StatementRepository statements;
  private final PublicationRepository publications;
  private final LetterRegister letters;
  private final CaseProcess process;
  private final UnitRegistry units;
  private final Outbox outbox;

  public CaseDetailService(CaseRepository cases, StoryRepository stories, StatementRepository statements,
      PublicationRepository publications, CaseProcess process, UnitRegistry units, Outbox outbox,
      LetterRegister letters) {
    this.letters = letters;
    this.outbox = outbox;
    this.cases = cases;
    this.stories = stories;
    this.statements = statements;
    this.publications = publications;
    this.process = process;
    this.units = units;
  }

  public CaseDetail detail(String caseId) {
    CaseRecord c = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    String pid = c.processInstanceId();
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance v : process.variables(pid)) {
      variables.put(v.getName(), v.getValue());
    }
    Unit unit = units.unit(c.unitCode()).orElse(null);
    return new CaseDetail(c.caseId(), c.status(), stage(c, pid), c.severity(), Arrays.asList(c.categories().split(",")),
        c.unitCode(), unit == null ? null : unit.name(), c.region(), units.regionOf(unit).zoneLabel(),
        c.slaBreached(), LocalTimes.instant(c.openedAt()), LocalTimes.instant(c.closedAt()), c.closingReason(),
        new CaseDetail.Deadlines(LocalTimes.instant(variables.get(VERIFY_DUE_AT)), LocalTimes.instant(variables.get(STATEMENT_DUE_AT))),
        stories.ofCase(caseId).stream().map(s -> new CaseDetail.StoryView(s.storyId(), s.url(), s.outlet(),
            s.reach(), s.title(), s.body(), s.publishedAt(), s.receivedAt(), s.categories(), s.status(), s.unitName(),
            s.scope(), s.frame(), s.evidence())).toList(),
        statements.ofCase(caseId).stream().map(s -> new CaseDetail.StatementView(s.statementId(), s.version(),
            s.statementType(), s.text(), s.draftedBy(), LocalTimes.instant(s.draftedAt()), s.status(), s.decidedBy(),
            LocalTimes.instant(s.decidedAt()), s.decisionNote(),
            letters.numberOf(s.statementId()).map(IssuedNumber::number).orElse(null))).toList(),
        publications.ofCase(caseId).stream().map(p -> new CaseDetail.PublicationView(p.statementId(), p.type(),
            p.channel(), p.recipient(), p.recipientName(), LocalTimes.instant(p.sentAt()), p.outcome(), p.messageId())).toList(),
        outbox.ofCase(caseId).stream().map(m -> new CaseDetail.NotificationView(m.kind(), m.event(),
            m.recipient(), m.subject(), m.status(), m.attempts(), m.createdAt(), m.sentAt(), m.messageId(),
            m.lastError())).toList(),
        timeline(pid));
  }

  private String stage(CaseRecord c, String pid) {
    if (CaseRecord.CLOSED.equals(c.status()) || pid == null || !process.running(pid)) {
      return "closed";
    }
    List<Task> open = process.openTasks(pid);
    if (!open.isEmpty()) {
      return open.get(0).getTaskDefinitionKey();
    }
    // the moment between intake and triage (a job) has no task yet, like publishing
    return process.awaitingTriage(pid) ? "triage" : "publishing";
  }

  private List<CaseDetail.TimelineEntry> timeline(String pid) {
    if (pid == null) {
      return List.of();
    }
    return process.steps(pid).stream().filter(a -> SHOWN.contains(a.getActivityType()))
        .map(a -> new CaseDetail.TimelineEntry(LocalTimes.instant(a.getStartTime()), LocalTimes.instant(a.getEndTime()), a.getActivityId(),
            a.getActivityName(), a.getActivityType(), a.getAssignee()))
        .toList();
  }
}
