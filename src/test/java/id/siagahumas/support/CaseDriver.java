package id.siagahumas.support;

import id.siagahumas.intake.Category;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.intake.IntakeService;
import id.siagahumas.intake.IntakeStatus;
import id.siagahumas.intake.Source;
import id.siagahumas.intake.StoryInput;
import id.siagahumas.registry.Reach;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Drives cases the way people and time do: stories in, tasks done by named users, the clock moved. */
@Component
public class CaseDriver {

  private final IntakeService intake;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final IdentityService identity;
  private final id.siagahumas.notification.OutboxDispatcher outbox;

  public CaseDriver(IntakeService intake, TaskService tasks, RuntimeService runtime, ManagementService management,
      IdentityService identity, id.siagahumas.notification.OutboxDispatcher outbox) {
    this.outbox = outbox;
    this.intake = intake;
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
    this.identity = identity;
  }

  public IntakeResult submit(String outlet, Reach reach, String unitCode, List<Category> categories, String title,
      String body) {
    IntakeResult result = submitUntriaged(outlet, reach, unitCode, categories, title, body);
    if (result.status() == IntakeStatus.NEW_CASE) {
      triage(result.caseId());
    }
    deliver();
    return result;
  }

  /** Intake alone: a new case waits for its triage job, as it does until the job executor takes it. */
  public IntakeResult submitUntriaged(String outlet, Reach reach, String unitCode, List<Category> categories,
      String title, String body) {
    String slug = outlet.toLowerCase().replaceAll("[^a-z0-9]", "");
    IntakeResult result = intake.submit(new StoryInput("https://" + slug + ".example/berita/" + UUID.randomUUID(),
        outlet, title, body, OffsetDateTime.now().minusHours(1), reach, unitCode, categories, Source.MANUAL),
        "monitor");
    return result;
  }

  /** Runs the case's triage, which follows intake as a job (the start event is asyncAfter). */
  public void triage(String caseId) {
    for (Job job : management.createJobQuery().processInstanceId(instance(caseId).getId())
        .activityId("storyDetected").list()) {
      management.executeJob(job.getId());
    }
  }

  /** A user with password {@code demo} in the given groups (created once). */
  public void user(String userId, String... groups) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      org.camunda.bpm.engine.identity.User user = identity.newUser(userId);
      user.setPassword("demo");
      user.setEmail(userId + "@siaga-humas.example");
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(userId, group);
      }
    }
  }

  public ProcessInstance instance(String caseId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
  }

  public Task task(String caseId, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey).singleResult();
  }

  /** Claims and completes the task as {@code userId}, authenticated as Tasklist would be. */
  public void complete(String caseId, String taskKey, String userId, Map<String, Object> variables) {
    Task task = task(caseId, taskKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskKey + " in case " + caseId);
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), userId);
      }
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    deliver();
  }

  /** Delivers the outbox of e-mails and webhook events, as the scheduled dispatcher would. */
  public int deliver() {
    return outbox.dispatchDue();
  }

  /** Ends every running case, so the next test's stories never join an earlier test's case. */
  public void closeAllCases(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    runtime.createProcessInstanceQuery().list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test cleanup", true, true));
    jdbc.sql("UPDATE crisis_case SET status = 'CLOSED'").update();
    jdbc.sql("DELETE FROM outbox").update();
    ClockUtil.reset();
  }

  /** Runs the asynchronous jobs that are due now (e.g. publish), as the job executor would. */
  public void executeDueJobs(String caseId) {
    String pid = instance(caseId).getId();
    for (Job job : management.createJobQuery().processInstanceId(pid).executable().list()) {
      management.executeJob(job.getId());
    }
    deliver();
  }

  /** Moves the engine clock and fires every job of the case that has become due, oldest first. */
  public void advance(String caseId, Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    ProcessInstance instance = instance(caseId);
    if (instance == null) {
      return;
    }
    List<Job> due;
    while (!(due = management.createJobQuery().processInstanceId(instance.getId()).executable()
        .orderByJobDuedate().asc().list()).isEmpty()) {
      management.executeJob(due.get(0).getId());
    }
    deliver();
  }
}
