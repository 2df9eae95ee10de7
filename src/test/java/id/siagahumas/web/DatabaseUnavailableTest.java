package id.siagahumas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.lang.reflect.Field;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What counts as "the database cannot be reached" (answered 503), built as the failures arrive from HikariCP,
 * Spring, the engine and the PostgreSQL driver, and what does not (a bug or a conflict stays what it was).
 */
class DatabaseUnavailableTest {

  /** HikariCP's answer when no connection could be had within connection-timeout, the driver's refusal inside. */
  static SQLTransientConnectionException poolTimeout() {
    return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after "
        + "5000ms (total=0, active=0, idle=0, waiting=3)",
        new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
  }

  /** What HikariCP's closed stand-in for an evicted connection throws, taken from HikariCP itself. */
  static SQLException poolClosed() {
    try {
      Field closed = Class.forName("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection")
          .getDeclaredField("CLOSED_CONNECTION");
      closed.setAccessible(true);
      ((Connection) closed.get(null)).rollback();
    } catch (SQLException expected) {
      return expected;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("HikariCP changed: check DatabaseUnavailable.closedByPool", e);
    }
    throw new IllegalStateException("HikariCP's closed connection rolled back");
  }

  @Test
  void outagesAsTheyArrive() {
    // our repositories (JdbcClient) and intake's transaction
    assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
        poolTimeout()))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException(
        "Could not open JDBC Connection for transaction", poolTimeout()))).isTrue();
    // the engine: MyBatis around the driver's I/O failure on a connection the database dropped
    assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("ENGINE-03004 Exception while executing "
        + "Database Operation", new PersistenceException(new PSQLException(
            "An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))))).isTrue();
    // a batch flush keeps the driver's exception as the next one
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "XX000", new int[0]);
    batch.setNextException(new SQLException("This connection has been closed.", "08003"));
    assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("flush", new PersistenceException(batch))))
        .isTrue();
    // PostgreSQL shutting down, starting up, full
    assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command",
        "57P01"))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
        .isTrue();
    // the rollback after a lost connection fails on the closed connection the pool put in its place; Spring keeps
    // the first failure as the application exception (TransactionTemplate) or only logs it (a failed commit)
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", poolClosed());
    rollback.initApplicationException(new DataAccessResourceFailureException("insert", new PSQLException(
        "An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));
    assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("JDBC rollback failed", poolClosed())))
        .isTrue();
    // what escapes the servlet
    assertThat(DatabaseUnavailable.causedBy(new ServletException("Request processing failed",
        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout())))).isTrue();
  }

  @Test
  void otherFailuresStayWhatTheyAre() {
    assertThat(DatabaseUnavailable.causedBy(new DuplicateKeyException("story_url_hash",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("value too long",
        new SQLException("value too long for type character varying(500)", "22001")))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new OptimisticLockingException("ENGINE-03005"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("ENGINE-09005 Could not parse BPMN"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("could not serialize access", "40001"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
    // a rollback that failed for another reason, or a "closed" connection that is not the pool's
    TransactionSystemException otherRollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    otherRollback.initApplicationException(new IllegalStateException("bug"));
    assertThat(DatabaseUnavailable.causedBy(otherRollback)).isFalse();
    BatchUpdateException selfNext = new BatchUpdateException("loop", "XX000", new int[0]);
    selfNext.setNextException(selfNext);
    assertThat(DatabaseUnavailable.causedBy(selfNext)).isFalse();
  }

  @Test
  void theFilterAnswers503WithAProblemOnOurApiAndCamundasShapeOnTheEngines() throws Exception {
    ObjectMapper json = new ObjectMapper();
    var filter = new DatabaseOutageFilter().databaseOutageAnswers(json).getFilter();
    FilterChain loginFails = (request, response) -> {
      throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout());
    };

    MockHttpServletResponse api = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("POST", "/api/stories"), api, loginFails);
    assertThat(api.getStatus()).isEqualTo(503);
    assertThat(api.getHeader("Retry-After")).isEqualTo("5");
    assertThat(api.getContentType()).startsWith("application/problem+json");
    JsonNode problem = json.readTree(api.getContentAsByteArray());
    assertThat(problem.path("status").asInt()).isEqualTo(503);
    assertThat(problem.path("title").asText()).isEqualTo("Layanan sementara tidak tersedia");
    assertThat(problem.path("detail").asText()).contains("Basis data sedang tidak dapat dihubungi");
    assertThat(problem.path("instance").asText()).isEqualTo("/api/stories");

    MockHttpServletResponse engine = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), engine, loginFails);
    assertThat(engine.getStatus()).isEqualTo(503);
    assertThat(engine.getHeader("Retry-After")).isEqualTo("5");
    JsonNode error = json.readTree(engine.getContentAsByteArray());
    assertThat(error.path("type").asText()).isEqualTo("DatabaseUnavailableException");
    assertThat(error.path("message").asText()).contains("Basis data");

    // anything else passes on unchanged
    FilterChain bug = (request, response) -> {
      throw new IllegalStateException("bug");
    };
    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/cases"),
        new MockHttpServletResponse(), bug)).isInstanceOf(IllegalStateException.class);
  }
}
