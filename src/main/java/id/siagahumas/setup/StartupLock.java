package id.siagahumas.setup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises the start-up tasks of the nodes sharing one database: each task locks the row of
 * {@code startup_lock} in its own transaction before it reads what exists, so the next node's task waits until
 * the first one's groups, grants and users are committed and then finds them, instead of creating them again.
 */
@Component
public class StartupLock {

  private final JdbcClient jdbc;

  public StartupLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Held until the current transaction (an engine command's) ends. */
  public void acquire() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("The start-up lock is held by a transaction; none is active");
    }
    jdbc.sql("select name from startup_lock where name = 'setup' for update").query(String.class).single();
  }
}
