package id.siagahumas.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A rule of the case refused an action (four-eyes, a missing comment, an unknown unit). The message is
 * Indonesian because Tasklist shows it to the officer as it is.
 */
public class CaseRuleViolation extends ProcessEngineException {
  public CaseRuleViolation(String message) {
    super(message);
  }
}
