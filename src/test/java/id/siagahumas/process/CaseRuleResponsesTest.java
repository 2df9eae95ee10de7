package id.siagahumas.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** Engine REST (Jersey) answers a call that lost the database with 503 and Retry-After, not Camunda's 500. */
class CaseRuleResponsesTest {

  @Test
  void databaseOutageIs503WhicheverMapperMeetsIt() {
    // the engine's transaction finds no connection: Spring's exception, met by the mapper of any error
    Response noTransaction = new CaseRuleResponses.ForAnyError().toResponse(new CannotCreateTransactionException(
        "Could not open JDBC Connection for transaction", new SQLTransientConnectionException("HikariPool-1 - "
            + "Connection is not available, request timed out after 5000ms")));
    assertOutage(noTransaction);
    // a statement on a connection the database dropped, inside the engine
    assertOutage(new CaseRuleResponses.ForEngineException().toResponse(new ProcessEngineException("ENGINE-03004",
        new PersistenceException(new SQLException("An I/O error occurred while sending to the backend.", "08006")))));
    // Camunda's REST layer wrapping it
    assertOutage(new CaseRuleResponses.ForRestException().toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("ENGINE-03004", new SQLException("Connection is closed", "08003")))));
  }

  @Test
  void otherErrorsKeepCamundasAnswer() {
    Response bug = new CaseRuleResponses.ForAnyError().toResponse(new IllegalStateException("bug"));
    assertThat(bug.getStatus()).isEqualTo(500);
    assertThat(bug.getHeaderString("Retry-After")).isNull();
    Response engine = new CaseRuleResponses.ForEngineException().toResponse(new ProcessEngineException("ENGINE-1"));
    assertThat(engine.getStatus()).isEqualTo(500);
  }

  private static void assertOutage(Response response) {
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    ExceptionDto dto = (ExceptionDto) response.getEntity();
    assertThat(dto.getType()).isEqualTo("DatabaseUnavailableException");
    assertThat(dto.getMessage()).startsWith("Basis data sedang tidak dapat dihubungi");
  }
}
