package id.siagahumas.process;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Engine REST answers a refused case rule (four-eyes, a missing revision comment) with 400 and the
 * Indonesian reason alone. Without this, Tasklist shows the reason wrapped in the engine's English
 * ("Cannot submit task form …: ENGINE-03051 There was an exception while invoking the TaskListener…").
 * Any other error keeps Camunda's own response. Registered on {@code /engine-rest} (Spring Boot's Jersey)
 * and, as a servlet-context attribute that Jersey reads, on the webapps' own APIs that Tasklist calls.
 */
@Component
class CaseRuleResponses implements ResourceConfigCustomizer, ServletContextInitializer {

  /** Ahead of Camunda's mappers for the same exception types (lower value, higher priority). */
  private static final int AHEAD_OF_CAMUNDA = 100;

  @Override
  public void customize(ResourceConfig config) {
    config.register(ForRestException.class);
    config.register(ForEngineException.class);
  }

  @Override
  public void onStartup(ServletContext context) {
    // Jersey's servlet adds the context's attributes (not its init parameters) to each application's properties
    context.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
        ForRestException.class.getName() + "," + ForEngineException.class.getName());
  }

  static Response respond(Throwable error) {
    return violation(error).map(v -> {
      ExceptionDto dto = new ExceptionDto();
      dto.setType(CaseRuleViolation.class.getSimpleName());
      dto.setMessage(v.getMessage());
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
    }).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(error));
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

  @Priority(AHEAD_OF_CAMUNDA)
  public static class ForEngineException implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return respond(exception);
    }
  }
}
