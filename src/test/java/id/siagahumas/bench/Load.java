package id.siagahumas.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Runs operations against the application and measures them: closed-loop throughput, open-loop latency. */
final class Load {

  private Load() {
  }

  /** One operation of a load; what it returns is tallied (e.g. the intake outcome). */
  @FunctionalInterface
  interface Op {
    String call() throws Exception;
  }

  /** What a run measured. Latencies in milliseconds. */
  record Result(String name, int operations, int errors, double seconds, double perSecond, double p50, double p95,
      double p99, java.util.Map<String, Integer> outcomes, String firstError) {
  }

  /** {@code concurrency} clients, each sending its next request as soon as the last one is answered. */
  static Result closedLoop(String name, List<Op> ops, int concurrency) throws InterruptedException {
    long[] latencies = new long[ops.size()];
    String[] outcomes = new String[ops.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      running.add(clients.submit(() -> {
        for (int i = next.getAndIncrement(); i < ops.size(); i = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          outcomes[i] = attempt(ops.get(i), errors, firstError);
          latencies[i] = System.nanoTime() - t0;
        }
      }));
    }
    awaitAll(running);
    double seconds = (System.nanoTime() - start) / 1e9;
    clients.shutdown();
    return result(name, latencies, outcomes, errors.get(), seconds, firstError.get());
  }

  /**
   * Open loop at a fixed rate: request i is due at start + i / rate, whether or not earlier ones were
   * answered; its latency counts from when it was due, so a stall is not hidden (no coordinated omission).
   */
  static Result fixedRate(String name, List<Op> ops, double perSecond) throws InterruptedException {
    long[] latencies = new long[ops.size()];
    String[] outcomes = new String[ops.size()];
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    ExecutorService workers = Executors.newCachedThreadPool();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      long due = start + (long) (i * 1e9 / perSecond);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int index = i;
      running.add(workers.submit(() -> {
        outcomes[index] = attempt(ops.get(index), errors, firstError);
        latencies[index] = System.nanoTime() - due;
      }));
    }
    awaitAll(running);
    double seconds = (System.nanoTime() - start) / 1e9;
    workers.shutdown();
    return result(name, latencies, outcomes, errors.get(), seconds, firstError.get());
  }

  private static String attempt(Op op, AtomicInteger errors, AtomicReference<String> firstError) {
    try {
      return op.call();
    } catch (Exception e) {
      errors.incrementAndGet();
      firstError.compareAndSet(null, e.getMessage());
      return "ERROR";
    }
  }

  private static void awaitAll(List<Future<?>> running) throws InterruptedException {
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  private static Result result(String name, long[] nanos, String[] outcomes, int errors, double seconds,
      String firstError) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    java.util.Map<String, Integer> tally = new java.util.TreeMap<>();
    for (String o : outcomes) {
      tally.merge(o == null ? "NONE" : o, 1, Integer::sum);
    }
    return new Result(name, nanos.length, errors, seconds, nanos.length / seconds, percentile(sorted, 50),
        percentile(sorted, 95), percentile(sorted, 99), tally, firstError);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }
}
