package id.siagahumas.process;

import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import id.siagahumas.registry.Groups;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.severity.Severity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Who works a case and who approves it, derived from the stored case (its unit in the registry, its
 * severity's approval level) at the moment the model asks — never from process variables, which a
 * person completing a task could have tried to write (DESIGN.md, "The process", step 6). Called from
 * the model's expressions ({@code ${caseRouting.regionGroup(execution)}}) and from delegates.
 */
@Component("caseRouting")
public class CaseRouting {

  static final String HEAD_APPROVAL = "KANWIL_PIMPINAN";

  private final CaseRepository cases;
  private final UnitRegistry registry;

  public CaseRouting(CaseRepository cases, UnitRegistry registry) {
    this.cases = cases;
    this.registry = registry;
  }

  public String unitGroup(DelegateExecution execution) {
    return Groups.unitGroup(unit(execution.getProcessBusinessKey()));
  }

  public String regionGroup(DelegateExecution execution) {
    return Groups.regionGroup(region(execution.getProcessBusinessKey()));
  }

  /** The region group of a task's case, or empty while its unit is still unknown (assignUnit). */
  public java.util.Optional<String> regionGroup(DelegateTask task) {
    String caseId = task.getExecution().getProcessBusinessKey();
    return cases.find(caseId).flatMap(c -> registry.unit(c.unitCode())).map(u -> Groups.regionGroup(u.region()));
  }

  public String headGroup(DelegateExecution execution) {
    return Groups.headGroup(region(execution.getProcessBusinessKey()));
  }

  /**
   * The priority of a task of the case ({@code camunda:priority} of each user task): from the stored severity,
   * KRITIS highest. {@link AssessSeverity} keeps the open tasks' priority current when the severity rises.
   */
  public int priority(DelegateExecution execution) {
    return Severity.taskPriority(cases.find(execution.getProcessBusinessKey()).map(CaseRecord::severity).orElse(null));
  }

  /** Whether the statement also needs the head's approval: the approval level of the stored severity. */
  public boolean needsHeadApproval(DelegateExecution execution) {
    String caseId = execution.getProcessBusinessKey();
    return HEAD_APPROVAL.equals(cases.approvalLevel(caseId)
        .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no assessed approval level")));
  }

  /** The region of the case's unit, empty for the directorate. */
  public String region(String caseId) {
    return unit(caseId).region();
  }

  /** The case's unit as stored with the case (never as a variable says). */
  public Unit unitOf(String caseId) {
    return unit(caseId);
  }

  private Unit unit(String caseId) {
    CaseRecord stored = cases.find(caseId).orElseThrow(() -> new IllegalStateException("Unknown case " + caseId));
    return registry.unit(stored.unitCode()).orElseThrow(
        () -> new CaseRuleViolation("Satker kasus " + caseId + " belum ditetapkan atau tidak terdaftar."));
  }

}
