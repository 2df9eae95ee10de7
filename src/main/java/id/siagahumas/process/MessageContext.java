package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.SiagaProperties;
import id.siagahumas.registry.LocalTimes;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.UnitRegistry;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The placeholders every message template may use, with times in the unit's zone. */
@Component
public class MessageContext {

  private final SiagaProperties properties;

  public MessageContext(SiagaProperties properties) {
    this.properties = properties;
  }

  public Map<String, Object> of(VariableScope scope, String caseId) {
    Region region = region(scope);
    Map<String, Object> context = new HashMap<>();
    context.put("caseId", caseId);
    context.put("severity", scope.getVariable(SEVERITY));
    context.put("storyTitle", scope.getVariable(STORY_TITLE));
    context.put("storyOutlet", scope.getVariable(STORY_OUTLET));
    context.put("storyUrl", scope.getVariable(STORY_URL));
    Object unitName = scope.getVariable(UNIT_NAME);
    context.put("unitName", unitName == null ? "(satker belum ditetapkan)" : unitName);
    context.put("verifyDueAt", LocalTimes.dateTime((Date) scope.getVariable(VERIFY_DUE_AT), region));
    context.put("statementDueAt", LocalTimes.dateTime((Date) scope.getVariable(STATEMENT_DUE_AT), region));
    context.put("tasklistUrl", properties.baseUrl() + "/camunda/app/tasklist/default/");
    return context;
  }

  static Region region(VariableScope scope) {
    Object zone = scope.getVariable(TIME_ZONE);
    return zone == null ? UnitRegistry.NATIONAL
        : new Region("", "", ZoneId.of((String) zone), (String) scope.getVariable(ZONE_LABEL));
  }
}
