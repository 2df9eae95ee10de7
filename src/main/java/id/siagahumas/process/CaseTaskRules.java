package id.siagahumas.process;

import id.siagahumas.registry.Groups;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The rules every user task of every case keeps, added by the engine to each user task when a model is
 * deployed (so no model can forget them and no route around them exists): completion accepts only the
 * form's fields ({@link AcceptOnlyFormFields}), a task passes only to its candidates
 * ({@link GuardHandover}), and only administrators change who the candidates are, delegate a task, set
 * its owner or rewrite it (name, description, due date, priority), resolve it, or end it by a BPMN error or
 * escalation: those routes would carry variables past the form or close a case without its form.
 */
@Component
class CaseTaskRules extends AbstractProcessEnginePlugin {

  /** Extension property of a user task listing its form's fields, space-separated. */
  static final String FORM_FIELDS = "formFields";
  static final String ADMIN_ONLY = "Hanya administrator yang boleh mengubah kandidat, pemilik, delegasi atau isi "
      + "tugas, atau mengakhiri tugas di luar formulirnya.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    parseListeners.add(new AddRulesToUserTasks());
    configuration.setCustomPreBPMNParseListeners(parseListeners);
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new AdministratorsOnly(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static Set<String> formFields(Element userTask) {
    Set<String> fields = new LinkedHashSet<>();
    Element extensions = userTask.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties != null) {
      for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (FORM_FIELDS.equals(property.attribute("name")) && property.attribute("value") != null) {
          fields.addAll(Arrays.stream(property.attribute("value").split("\\s+")).filter(s -> !s.isEmpty()).toList());
        }
      }
    }
    return fields;
  }

  private static final class AddRulesToUserTasks extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      // Built-in listeners run before the model's own, so nothing is recorded for a refused completion.
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new AcceptOnlyFormFields(formFields(userTaskElement)));
      GuardHandover handover = new GuardHandover();
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, handover);
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, handover);
      if (activity.getProcessDefinition() instanceof org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity
          definition && CaseVariables.PROCESS_KEY.equals(definition.getKey())) {
        // What every task of a case does, given once here rather than on each of the model's user tasks: the
        // region sees it, its holder may hand it back to the candidates, the candidates are told. A process
        // version that still declares them in the model (before this release) keeps its own.
        everyCaseTask(userTaskElement, task, TaskListener.EVENTNAME_CREATE, SHARE_WITH_REGION);
        everyCaseTask(userTaskElement, task, TaskListener.EVENTNAME_ASSIGNMENT, LET_CANDIDATES_REASSIGN);
        everyCaseTask(userTaskElement, task, TaskListener.EVENTNAME_CREATE, NOTIFY_CANDIDATES);
      }
      if (APPROVALS.contains(activity.getId()) && !declares(userTaskElement, REFUSE_UNFINISHED_LETTER)) {
        // An approval of a process version from before letters (cases started under v0.1.0) refuses a statement
        // with gaps too: no placeholder reaches the press, whichever version a case runs on.
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new DelegateExpressionTaskListener(
            Context.getProcessEngineConfiguration().getExpressionManager().createExpression(REFUSE_UNFINISHED_LETTER),
            List.of()));
      }
    }
  }

  private static void everyCaseTask(Element userTaskElement, TaskDefinition task, String event, String expression) {
    if (!declares(userTaskElement, expression)) {
      task.addBuiltInTaskListener(event, new DelegateExpressionTaskListener(
          Context.getProcessEngineConfiguration().getExpressionManager().createExpression(expression), List.of()));
    }
  }

  static final String SHARE_WITH_REGION = "${shareWithRegion}";
  static final String LET_CANDIDATES_REASSIGN = "${letCandidatesReassign}";
  static final String NOTIFY_CANDIDATES = "${notifyCandidates}";
  static final Set<String> APPROVALS = Set.of("approveStatement", "approveStatementHead");
  static final String REFUSE_UNFINISHED_LETTER = "${refuseUnfinishedLetter}";

  /** Whether the model gives the task a listener with this delegate expression. */
  static boolean declares(Element userTask, String delegateExpression) {
    Element extensions = userTask.element("extensionElements");
    if (extensions == null) {
      return false;
    }
    return extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "taskListener").stream()
        .anyMatch(listener -> delegateExpression.equals(listener.attribute("delegateExpression")));
  }

  /** Refuses, for anyone but administrators, the task commands that change who may work a task. */
  private static final class AdministratorsOnly extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    AdministratorsOnly(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      // Assigning (claim, hand over, release) stays open to candidates; GuardHandover checks the new assignee.
    // Only a caller's own command (no command running yet); the process's steps may adjust candidates.
      if (Context.getCommandContext() == null && changesWhoMayWork(command)) {
        Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
        if (caller != null && (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN))) {
          throw new AuthorizationException(ADMIN_ONLY);
        }
      }
      return next.execute(command);
    }

    private static boolean changesWhoMayWork(Command<?> command) {
      return command instanceof AddUserIdentityLinkCmd || command instanceof AddGroupIdentityLinkCmd
          || command instanceof DeleteIdentityLinkCmd
          || command instanceof DelegateTaskCmd || command instanceof SetTaskOwnerCmd
          // resolve and the task's BPMN error or escalation set variables without the form's check; the model
          // catches none of them (an uncaught error silently ends the case)
          || command instanceof ResolveTaskCmd || command instanceof HandleTaskBpmnErrorCmd
          || command instanceof HandleTaskEscalationCmd
          || command instanceof SetTaskNameCmd || command instanceof SetTaskDescriptionCmd
          || command instanceof SetTaskDueDateCmd || command instanceof SetTaskPriorityCmd
          || command instanceof SaveTaskCmd save && rewritesTask(save);
    }

    /**
     * Saving an existing task ({@code PUT /task/{id}}) needs only the candidates' TASK_ASSIGN: beyond the
     * assignee (checked by {@link GuardHandover}) and a personal follow-up date, it would let them set the
     * owner and delegation state, rename the task or move its due date. A new task is the engine's to check.
     */
    private static boolean rewritesTask(SaveTaskCmd command) {
      try {
        java.lang.reflect.Field field = SaveTaskCmd.class.getDeclaredField("task");
        field.setAccessible(true);
        TaskEntity task = (TaskEntity) field.get(command);
        return task != null && task.getRevision() > 0 && !Set.of(TaskEntity.ASSIGNEE, TaskEntity.FOLLOW_UP_DATE)
            .containsAll(task.getPropertyChanges().keySet());
      } catch (ReflectiveOperationException | RuntimeException e) {
        return true; // fails closed: an unreadable command is for administrators only
      }
    }
  }
}
