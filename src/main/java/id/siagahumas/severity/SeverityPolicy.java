package id.siagahumas.severity;

import id.siagahumas.security.AsApplication;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the business's severity policy, the DMN decision {@code severity} (bpmn/severity.dmn).
 * Intake's classify answer and the process both ask here, so they can never disagree.
 *
 * <p>Answers are remembered per deployed version of the decision: the policy is a pure function of a
 * handful of facts, while the engine's FEEL evaluation parses every rule's expressions on every call (it
 * was the largest cost of intake in the benchmark's profile). Deploying a changed policy makes a new
 * version, which is evaluated afresh. A remembered answer writes no decision history.
 */
@Component
public class SeverityPolicy {

  public static final String DECISION_KEY = "severity";

  /** Far more than the distinct fact combinations a region produces; cleared if ever exceeded. */
  private static final int MAX_REMEMBERED = 10_000;

  private final DecisionService decisionService;
  private final RepositoryService repository;
  private final AsApplication asApplication;
  private final Map<Evaluation, SeverityAssessment> remembered = new ConcurrentHashMap<>();

  /** One evaluation: a version of the decision and the facts it was given. */
  private record Evaluation(String decisionDefinitionId, SeverityInput input) {
  }

  public SeverityPolicy(DecisionService decisionService, RepositoryService repository, AsApplication asApplication) {
    this.decisionService = decisionService;
    this.repository = repository;
    this.asApplication = asApplication;
  }

  public SeverityAssessment assess(SeverityInput input) {
    return asApplication.call(() -> {
      String definitionId = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
          .latestVersion().singleResult().getId();
      Evaluation evaluation = new Evaluation(definitionId, input);
      SeverityAssessment known = remembered.get(evaluation);
      if (known != null) {
        return known;
      }
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
      SeverityAssessment assessed = evaluate(definitionId, input);
      remembered.put(evaluation, assessed);
      return assessed;
    });
  }

  private SeverityAssessment evaluate(String definitionId, SeverityInput input) {
    return assessment(decisionService.evaluateDecisionById(definitionId).variables(variables(input)).evaluate()
        .getSingleResult());
  }

  /** The decision's inputs (shared with the DMN test, which evaluates bpmn/severity.dmn on the bare engine). */
  static Map<String, Object> variables(SeverityInput input) {
    return Variables.createVariables()
        .putValue("categories", input.categories())
        .putValue("nationalReach", input.nationalReach())
        .putValue("distinctOutlets", input.distinctOutlets())
        .putValue("escalations", input.escalations())
        .putValue("currentSeverity", input.currentSeverity() == null ? null : input.currentSeverity().name());
  }

  /** The decision's outputs as an assessment. */
  static SeverityAssessment assessment(DmnDecisionResultEntries result) {
    return new SeverityAssessment(Severity.valueOf(result.getEntry("severity")),
        ((Number) result.getEntry("responseHours")).intValue(), result.getEntry("approvalLevel"),
        Boolean.TRUE.equals(result.getEntry("notifyPusat")),
        new DeadlineFractions(fraction(result, "verifyReminderFraction"), fraction(result, "verifyDueFraction"),
            fraction(result, "statementReminderFraction")));
  }

  private static double fraction(DmnDecisionResultEntries result, String name) {
    Object value = result.getEntry(name);
    return value instanceof Number n ? n.doubleValue() : 0;
  }
}
