package id.siagahumas.process;

import id.siagahumas.intake.Headline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What Tasklist lists under each task (case number, unit, severity, headline), copied onto the task as its own
 * variables when it is created. Officers may read their tasks, not the case's process instance: the engine shows
 * them a task's own variables in the list, never the process variables. Added to every user task of every model
 * version by the engine (one built-in listener), so no model can forget it; {@code AssessSeverity} keeps the
 * severity current on open tasks. Short display values only.
 */
@Component
public class ListedVariables extends AbstractProcessEnginePlugin {

  public static final String CASE_ID = "listedCaseId";
  public static final String UNIT = "listedUnit";
  public static final String SEVERITY = "listedSeverity";
  public static final String HEADLINE = "listedHeadline";

  /** The filters' columns: variable and label, in the order Tasklist shows them. */
  public static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", CASE_ID, "label", "Kasus"),
      Map.of("name", UNIT, "label", "Satker"),
      Map.of("name", SEVERITY, "label", "Tingkat"),
      Map.of("name", HEADLINE, "label", "Berita"));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ListedVariables::copy);
      }
    });
    configuration.setCustomPreBPMNParseListeners(parseListeners);
  }

  public static void copy(DelegateTask task) {
    VariableScope caseScope = task.getExecution();
    task.setVariableLocal(CASE_ID, task.getExecution().getProcessBusinessKey());
    task.setVariableLocal(UNIT, caseScope.getVariable(CaseVariables.UNIT_NAME));
    task.setVariableLocal(SEVERITY, caseScope.getVariable(CaseVariables.SEVERITY));
    Object headline = caseScope.getVariable(CaseVariables.STORY_HEADLINE);
    // a case started before headlines were kept: shortened from its title
    task.setVariableLocal(HEADLINE, headline != null ? headline
        : Headline.of((String) caseScope.getVariable(CaseVariables.STORY_TITLE)));
  }
}
