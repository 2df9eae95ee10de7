package id.siagahumas.process;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Completing a task accepts only the fields its form declares (DESIGN.md: "completing a task accepts only
 * the fields of its form"). Anything else a caller sends with the completion — {@code approvalLevel},
 * {@code regionGroup}, {@code severity} — is refused with the Indonesian reason, whichever route it came by:
 * Tasklist's form submit, engine REST {@code complete}/{@code submit-form}, or the Java API. The fields
 * are declared on each user task ({@code camunda:property name="formFields"}) and checked against the
 * HTML form by {@code TaskFormsTest}; their values by {@link FormFieldRules}.
 *
 * <p>The engine sets submitted variables on the execution before it fires {@code complete}, without
 * telling listeners which they were; the command being executed holds them. Reading its field is the one
 * use of engine internals here, and it fails closed: an unreadable command refuses the completion.
 */
final class AcceptOnlyFormFields implements TaskListener {

  static final String NOT_IN_FORM = "Isian '%s' tidak ada pada formulir tugas '%s' dan tidak dapat dikirim.";

  private final Set<String> formFields;

  AcceptOnlyFormFields(Set<String> formFields) {
    this.formFields = Set.copyOf(formFields);
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> submitted = submittedVariables();
    for (String name : submitted.keySet()) {
      if (!formFields.contains(name)) {
        throw new CaseRuleViolation(NOT_IN_FORM.formatted(name, task.getName()));
      }
      // typed, as submitted: a variable map's plain values would deserialize an object sent in serialized form
      FormFieldRules.check(name, submitted instanceof VariableMap typed ? typed.getValueTyped(name) : submitted.get(name));
    }
  }

  /** The variables the current command submits with the completion, or none. */
  static Map<String, Object> submittedVariables() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    Command<?> command = invocation == null ? null : invocation.getCommand();
    if (command instanceof CompleteTaskCmd) {
      return read(command, CompleteTaskCmd.class, "variables");
    }
    if (command instanceof SubmitTaskFormCmd) {
      return read(command, SubmitTaskFormCmd.class, "properties");
    }
    if (command instanceof ResolveTaskCmd) {
      return read(command, ResolveTaskCmd.class, "variables");
    }
    return Map.of(); // completed by the process itself (no caller variables)
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(Command<?> command, Class<?> type, String fieldName) {
    try {
      Field field = type.getDeclaredField(fieldName);
      field.setAccessible(true);
      Map<String, Object> variables = (Map<String, Object>) field.get(command);
      return variables == null ? Map.of() : variables;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new CaseRuleViolation("Isian formulir tidak dapat diperiksa; tugas tidak diselesaikan.");
    }
  }
}
