package id.siagahumas.process;

import id.siagahumas.web.DatabaseUnavailable;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Engine REST answers a refused case rule (four-eyes, a missing revision comment) with 400 and the
 * Indonesian reason alone. Without this, Tasklist shows the reason wrapped in the engine's English
 * ("Cannot submit task form …: ENGINE-03051 There was an exception while invoking the TaskListener…").
 * A call that failed because the database cannot be reached answers 503 with {@code Retry-After} and the
 * Indonesian reason ({@link DatabaseUnavailable}), never Camunda's 500: the request was fine and succeeds again
 * once the database is back. Any other error keeps Camunda's own response. Registered on {@code /engine-rest}
 * (Spring Boot's Jersey) and, as a servlet-context attribute that Jersey reads, on the webapps' own APIs that
 * Tasklist calls.
 */
@Component
class CaseRuleResponses implements ResourceConfigCustomizer, ServletContextInitializer {

  /** Ahead of Camunda's mappers for the same exception types (lower value, higher priority). */
  private static final int AHEAD_OF_CAMUNDA = 100;
  private static final Logger log = LoggerFactory.getLogger(CaseRuleResponses.class);

  @Override
  public void customize(ResourceConfig config) {
    config.register(ForRestException.class);
    config.register(ForEngineException.class);
    config.register(ForAnyError.class);
  }

  @Override
  public void onStartup(ServletContext context) {
    // Jersey's servlet adds the context's attributes (not its init parameters) to each application's properties
    context.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
        ForRestException.class.getName() + "," + ForEngineException.class.getName() + ","
            + ForAnyError.class.getName());
  }

  static final String NOT_FOUND_OR_FORBIDDEN = "Data tidak ditemukan atau Anda tidak berhak mengaksesnya.";

  static Response respond(Throwable error) {
    if (DatabaseUnavailable.causedBy(error)) {
      DatabaseUnavailable.log(log, "an engine REST call answered 503", error);
      return Response.fromResponse(answer(Response.Status.SERVICE_UNAVAILABLE, "DatabaseUnavailableException",
          DatabaseUnavailable.DETAIL)).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }
    Optional<CaseRuleViolation> violation = violation(error);
    if (violation.isPresent()) {
      return answer(Response.Status.BAD_REQUEST, CaseRuleViolation.class.getSimpleName(), violation.get().getMessage());
    }
    Throwable cause = rootEngineCause(error);
    if (cause instanceof TaskAlreadyClaimedException) {
      return answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException", "Tugas ini sudah diklaim petugas lain.");
    }
    if (cause instanceof OptimisticLockingException) {
      return answer(Response.Status.CONFLICT, "OptimisticLockingException",
          "Kasus baru saja diubah orang lain. Muat ulang lalu coba lagi.");
    }
    // An unknown id and an id the caller may not see answer alike, so ids cannot be probed.
    if (cause instanceof NullValueException || cause instanceof NotFoundException
        || cause instanceof AuthorizationException denied && !denied.getMissingAuthorizations().isEmpty()) {
      return answer(Response.Status.FORBIDDEN, "AuthorizationException", NOT_FOUND_OR_FORBIDDEN);
    }
    return ExceptionHandlerHelper.getInstance().getResponse(error);
  }

  private static Response answer(Response.Status status, String type, String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(type);
    dto.setMessage(message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
  }

  /** The engine exception behind a REST wrapper, if any. */
  private static Throwable rootEngineCause(Throwable error) {
    Throwable found = error;
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProcessEngineException) {
        found = t;
      }
    }
    return found;
  }

  private static Optional<CaseRuleViolation> violation(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CaseRuleViolation violation) {
        return Optional.of(violation);
      }
    }
    return Optional.empty();
  }

  @Priority(AHEAD_OF_CAMUNDA)
  public static class ForRestException implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return respond(exception);
    }
  }

  /**
   * Errors outside the engine's exception types, e.g. Spring's {@code CannotCreateTransactionException} when the
   * engine's transaction finds no connection; anything but an outage gets Camunda's answer, as before.
   */
  @Priority(AHEAD_OF_CAMUNDA)
  public static class ForAnyError implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return respond(exception);
    }
  }

  @Priority(AHEAD_OF_CAMUNDA)
  public static class ForEngineException implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return respond(exception);
    }
  }
}
