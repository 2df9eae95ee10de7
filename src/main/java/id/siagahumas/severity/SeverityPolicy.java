package id.siagahumas.severity;

import java.util.Map;
import id.siagahumas.security.AsApplication;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the business's severity policy, the DMN decision {@code severity} (bpmn/severity.dmn).
 * Intake's classify answer and the process both ask here, so they can never disagree.
 */
@Component
public class SeverityPolicy {

  public static final String DECISION_KEY = "severity";

  private final DecisionService decisionService;
  private final AsApplication asApplication;

  public SeverityPolicy(DecisionService decisionService, AsApplication asApplication) {
    this.decisionService = decisionService;
    this.asApplication = asApplication;
  }

  public SeverityAssessment assess(SeverityInput input) {
    Map<String, Object> variables = Variables.createVariables()
        .putValue("categories", input.categories())
        .putValue("nationalReach", input.nationalReach())
        .putValue("distinctOutlets", input.distinctOutlets())
        .putValue("escalations", input.escalations());
    DmnDecisionResultEntries result = asApplication.call(() -> decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(variables).evaluate().getSingleResult());
    return new SeverityAssessment(Severity.valueOf(result.getEntry("severity")),
        ((Number) result.getEntry("responseHours")).intValue(), result.getEntry("approvalLevel"),
        Boolean.TRUE.equals(result.getEntry("notifyPusat")));
  }
}
