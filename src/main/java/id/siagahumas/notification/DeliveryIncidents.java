package id.siagahumas.notification;

import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A delivery that failed for good shows as an incident on its case in Cockpit (type {@value #TYPE}) instead of
 * silence; a message of no running case is logged as an error.
 */
@Component
class DeliveryIncidents {

  static final String TYPE = "siagaDeliveryFailed";
  private static final Logger log = LoggerFactory.getLogger(DeliveryIncidents.class);

  private final CaseRepository cases;
  private final RuntimeService runtime;

  DeliveryIncidents(CaseRepository cases, RuntimeService runtime) {
    this.cases = cases;
    this.runtime = runtime;
  }

  void raise(OutboxMessage message, int attempts, Exception cause) {
    String processInstanceId = message.caseId() == null ? null
        : cases.find(message.caseId()).map(CaseRecord::processInstanceId).orElse(null);
    if (processInstanceId == null
        || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      log.error("Delivery {} of {} to {} failed for good: {}", message.outboxId(), message.event(),
          message.recipient(), cause.getMessage());
      return;
    }
    // An incident hangs on an execution at an activity: the case's current step (a leaf of its activity tree).
    ActivityInstance step = runtime.getActivityInstance(processInstanceId);
    while (step.getChildActivityInstances().length > 0) {
      step = step.getChildActivityInstances()[0];
    }
    runtime.createIncident(TYPE, step.getExecutionIds()[0], message.recipient(),
        "Pengiriman " + message.event() + " ke " + message.recipient() + " gagal " + attempts + " kali: "
            + cause.getMessage());
  }
}
