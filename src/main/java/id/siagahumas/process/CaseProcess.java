package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import java.util.List;
import java.util.Map;
import id.siagahumas.security.AsApplication;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one place outside delegates that talks to the engine about cases: start one, hand it a related
 * story, read where it stands. Keeping engine calls here keeps a move to Operaton a package rename.
 */
@Component
public class CaseProcess {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final ManagementService management;
  private final AsApplication asApplication;

  public CaseProcess(RuntimeService runtime, TaskService tasks, HistoryService history, ManagementService management,
      AsApplication asApplication) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.history = history;
    this.asApplication = asApplication;
  }


  /** Starts {@code crisis-response} with the case id as business key; returns the process instance id. */
  public String start(String caseId, Map<String, Object> variables) {
    ProcessInstance instance = asApplication.call(() -> runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(caseId).setVariables(variables).execute());
    return instance.getId();
  }

  /** Whether the case still waits for its triage, the job that follows intake (the start event is asyncAfter). */
  public boolean awaitingTriage(String processInstanceId) {
    return asApplication.call(() -> management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(START_EVENT).count()) > 0;
  }

  /** Correlates the message {@code relatedStory}; the case re-evaluates its severity. */
  public void relateStory(String caseId, long storyId) {
    asApplication.call(() -> runtime.createMessageCorrelation(RELATED_STORY_MESSAGE).processInstanceBusinessKey(caseId)
        .setVariable("relatedStoryId", storyId).correlateWithResult());
  }

  public List<Task> openTasks(String processInstanceId) {
    return asApplication.call(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime()
        .asc().list());
  }

  public boolean running(String processInstanceId) {
    return asApplication.call(() -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()) > 0;
  }

  public List<HistoricVariableInstance> variables(String processInstanceId) {
    return asApplication.call(() -> history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .list());
  }

  /** Every step the case took, oldest first, with who did it. */
  public List<HistoricActivityInstance> steps(String processInstanceId) {
    return asApplication.call(() -> history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
  }
}
