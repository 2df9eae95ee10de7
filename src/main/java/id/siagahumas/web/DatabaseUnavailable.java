package id.siagahumas.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises that the database cannot be reached (stopped, restarting, the network cut, the pool waiting in
 * vain for a connection), however the failure arrives: Spring's {@link DataAccessResourceFailureException}
 * (its {@code CannotGetJdbcConnectionException}) and {@link CannotCreateTransactionException}, HikariCP's
 * {@link SQLTransientConnectionException}, or the engine's {@code ProcessEngineException} and MyBatis'
 * {@code PersistenceException} around a driver's {@link SQLException} of SQLState class 08 (connection
 * exception). Such a failure is answered 503 with {@code Retry-After}, never 500: nothing is wrong with the
 * request, and the same request succeeds once the database is back.
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before trying again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 5;

  public static final String TITLE = "Layanan sementara tidak tersedia";

  public static final String DETAIL = "Basis data sedang tidak dapat dihubungi. Coba lagi dalam beberapa detik; "
      + "mengirim ulang berita yang sama aman (berita yang sudah tersimpan dijawab DUPLICATE).";

  /**
   * SQLStates that mean "no database to talk to" besides class 08: PostgreSQL terminating connections at shutdown
   * (57P01 admin, 57P02 crash), refusing them while it starts or stops (57P03), and too many connections (53300).
   */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

  private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
  /** Per logger: when it last wrote a line, and how many failures it left out since. */
  private static final Map<String, AtomicLong[]> logged = new ConcurrentHashMap<>();

  private DatabaseUnavailable() {
  }

  /** Whether {@code error} or anything it wraps says the database cannot be reached. */
  public static boolean causedBy(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return causedBy(error, seen);
  }

  private static boolean causedBy(Throwable error, Set<Throwable> seen) {
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
          || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      // "Application exception overridden by rollback exception": the rollback on the lost connection failed too,
      // and the failure that explains it is kept as the application exception
      if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
          && causedBy(rollback.getApplicationException(), seen)) {
        return true;
      }
      if (t instanceof SQLException sql) {
        if (closedByPool(sql)) {
          return true;
        }
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
          return true;
        }
        // a batch (the engine flushes in batches) keeps the driver's own exception as the next one
        SQLException next = sql.getNextException();
        if (next != null && next != sql && causedBy(next, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Logs a failure for want of the database as one line, at most every ten seconds per logger with the number of
   * such failures since: under load an outage fails hundreds of calls a second, and each stack trace would say the
   * same.
   *
   * @param what what failed, e.g. {@code "POST /api/stories answered 503"} or {@code "outbox delivery round"}
   */
  public static void log(Logger log, String what, Throwable error) {
    AtomicLong[] state = logged.computeIfAbsent(log.getName(),
        name -> new AtomicLong[] {new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS), new AtomicLong()});
    long now = System.nanoTime();
    long last = state[0].get();
    if (now - last >= LOG_EVERY_NANOS && state[0].compareAndSet(last, now)) {
      log.warn("Database unavailable: {} ({} more such failures since the last line): {}", what,
          state[1].getAndSet(0), summary(error));
    } else {
      state[1].incrementAndGet();
    }
  }

  /**
   * HikariCP's "Connection is closed" (no SQLState): once a statement fails for a lost connection (class 08, 57P0x),
   * the pool evicts the connection and puts a closed one in its place, so the rollback or commit that follows fails
   * with this, and Spring reports that failure instead of the first.
   */
  private static boolean closedByPool(SQLException sql) {
    StackTraceElement[] trace = sql.getStackTrace();
    return sql.getSQLState() == null && trace.length > 0
        && trace[0].getClassName().equals("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection");
  }

  /** What a failure says, in one line without the stack, for the log. */
  public static String summary(Throwable error) {
    Throwable root = error;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (root.getCause() != null && seen.add(root)) {
      root = root.getCause();
    }
    return error.getClass().getSimpleName() + (root == error ? "" : " <- " + root.getClass().getSimpleName())
        + ": " + root.getMessage();
  }
}
