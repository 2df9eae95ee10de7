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

  /**
   * The latest value of each named variable of many cases at once (one query per 500 cases), by process instance
   * id: what the board and the reports read without asking case by case.
   */
  public Map<String, Map<String, Object>> variablesOf(java.util.Collection<String> processInstanceIds,
      String... names) {
    Map<String, Map<String, Object>> byInstance = new java.util.HashMap<>();
    List<String> ids = processInstanceIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    for (int from = 0; from < ids.size(); from += 500) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new);
      for (HistoricVariableInstance v : asApplication.call(() -> history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(chunk).variableNameIn(names).list())) {
        if (v.getValue() != null) {
          byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new java.util.HashMap<>())
              .put(v.getName(), v.getValue());
        }
      }
    }
    return byInstance;
  }

  /** The open tasks of many cases at once (one query per 500 cases), oldest first. */
  public List<Task> openTasks(java.util.Collection<String> processInstanceIds) {
    List<String> ids = processInstanceIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    List<Task> open = new java.util.ArrayList<>();
    for (int from = 0; from < ids.size(); from += 500) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new);
      open.addAll(asApplication.call(() -> tasks.createTaskQuery().processInstanceIdIn(chunk).orderByTaskCreateTime()
          .asc().list()));
    }
    return open;
  }

  /** The groups a task is offered to (its candidate groups). */
  public List<String> candidateGroups(String taskId) {
    return asApplication.call(() -> tasks.getIdentityLinksForTask(taskId)).stream()
        .filter(link -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType())
            && link.getGroupId() != null)
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).sorted().toList();
  }

  /**
   * When each case first finished the step {@code activityId} (e.g. {@code verifyFacts}), for the steps started
   * after {@code startedAfter}: by process instance id.
   */
  public Map<String, java.time.Instant> firstCompletions(String activityId, java.time.Instant startedAfter) {
    Map<String, java.time.Instant> done = new java.util.HashMap<>();
    for (HistoricActivityInstance a : asApplication.call(() -> history.createHistoricActivityInstanceQuery()
        .activityId(activityId).finished().startedAfter(java.util.Date.from(startedAfter)).list())) {
      java.time.Instant end = a.getEndTime().toInstant();
      done.merge(a.getProcessInstanceId(), end, (x, y) -> x.isBefore(y) ? x : y);
    }
    return done;
  }
}
