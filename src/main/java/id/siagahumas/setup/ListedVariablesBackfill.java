package id.siagahumas.setup;

import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import id.siagahumas.process.CaseVariables;
import id.siagahumas.process.ListedVariables;
import id.siagahumas.severity.Severity;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An existing installation: the tasks opened before {@link ListedVariables} and severity priorities get their list
 * columns and their priority once, at the first start of this release (under the start-up lock, marked with an
 * engine property so it runs once, on one node). New tasks get both when they are created.
 */
@Component
public class ListedVariablesBackfill {

  public static final String MARK = "siaga.tasklist.listed-variables";
  private static final Logger log = LoggerFactory.getLogger(ListedVariablesBackfill.class);

  private final TaskService tasks;
  private final ManagementService management;
  private final CaseRepository cases;
  private final CommandExecutor engineCommand;
  private final StartupLock startupLock;

  public ListedVariablesBackfill(TaskService tasks, ManagementService management, CaseRepository cases,
      ProcessEngineConfigurationImpl engineConfiguration, StartupLock startupLock) {
    this.tasks = tasks;
    this.management = management;
    this.cases = cases;
    this.engineCommand = engineConfiguration.getCommandExecutorTxRequired();
    this.startupLock = startupLock;
  }

  @EventListener
  @Order(5)
  public void onStart(PostDeployEvent event) {
    int updated = run();
    if (updated > 0) {
      log.info("Tasklist columns and priority given to {} open tasks of an earlier release", updated);
    }
  }

  /** Returns how many open tasks were updated; none once the mark is set. */
  public int run() {
    return engineCommand.execute(commandContext -> {
      startupLock.acquire();
      if (management.getProperties().containsKey(MARK)) {
        return 0;
      }
      int updated = 0;
      for (Task open : tasks.createTaskQuery().processDefinitionKey(CaseVariables.PROCESS_KEY).list()) {
        TaskEntity task = (TaskEntity) open;
        if (task.getExecution() == null) {
          continue;
        }
        if (task.getVariableLocal(ListedVariables.CASE_ID) == null) {
          ListedVariables.copy(task);
        }
        String severity = cases.find(task.getExecution().getProcessBusinessKey()).map(CaseRecord::severity)
            .orElse(null);
        if (severity != null) {
          task.setPriority(Severity.taskPriority(severity));
          task.setVariableLocal(ListedVariables.SEVERITY, severity);
        }
        updated++;
      }
      management.setProperty(MARK, "1");
      return updated;
    });
  }
}
