package id.siagahumas.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The packaged application in its own JVM, as users run it ({@code java -Xmx512m -jar}), on an H2 file in
 * a directory of the benchmark's. Measures the time to ready, and samples heap and resident memory.
 */
final class AppUnderTest implements AutoCloseable {

  private final Process process;
  private final SiagaClient client;
  private final Path log;
  private final AtomicLong peakHeapBytes = new AtomicLong(-1);
  private final Thread sampler;
  private final double readySeconds;
  private long peakRssKb = -1;

  private AppUnderTest(Process process, SiagaClient client, Path log, double readySeconds) {
    this.process = process;
    this.client = client;
    this.log = log;
    this.readySeconds = readySeconds;
    this.sampler = new Thread(this::sampleHeap, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static AppUnderTest start(Path jar, Path dataDir, String heap, String run)
      throws IOException, InterruptedException {
    return start(jar, dataDir, heap, run, List.of());
  }

  /**
   * Starts the jar with the given {@code --key=value} arguments, each replacing the default of its key (port,
   * data directory, {@code demo} profile, base URL), e.g. a PostgreSQL database and the {@code postgres} profile.
   */
  static AppUnderTest start(Path jar, Path dataDir, String heap, String run, List<String> arguments)
      throws IOException, InterruptedException {
    Files.createDirectories(dataDir);
    Map<String, String> options = new LinkedHashMap<>();
    int port = freePort();
    options.put("server.port", String.valueOf(port));
    options.put("siaga.data-dir", dataDir.toAbsolutePath().toString());
    options.put("spring.profiles.active", "demo");
    // the benchmarks and ITs count cases: none of the demo profile's sample cases
    options.put("siaga.demo.sample-cases", "false");
    // ... and count e-mails: no daily digest going out when a run spans the hour
    options.put("siaga.digest.enabled", "false");
    options.put("siaga.base-url", "http://localhost:" + port);
    for (String argument : arguments) {
      int eq = argument.indexOf('=');
      if (!argument.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("Not a --key=value argument: " + argument);
      }
      options.put(argument.substring(2, eq), argument.substring(eq + 1));
    }
    port = Integer.parseInt(options.get("server.port"));
    Path log = dataDir.resolve("app-" + run + ".log");
    List<String> command = new ArrayList<>(List.of(javaBinary().toString(), "-Xmx" + heap));
    // e.g. -XX:StartFlightRecording=filename=target/bench/app.jfr,settings=profile to profile a run
    String jvmArgs = System.getProperty("siaga.bench.jvm-args", "");
    if (!jvmArgs.isBlank()) {
      command.addAll(List.of(jvmArgs.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString()));
    options.forEach((key, value) -> command.add("--" + key + "=" + value));
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    SiagaClient client = new SiagaClient("http://localhost:" + port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (client.probe("/actuator/health/readiness") != 200) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("The application did not become ready; see " + log);
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    return new AppUnderTest(process, client, log, (System.nanoTime() - t0) / 1e9);
  }

  SiagaClient client() {
    return client;
  }

  double readySeconds() {
    return readySeconds;
  }

  /** Peak of the used heap, sampled every 250 ms with the JDK's jstat (after GCs and between them). */
  long peakHeapMb() {
    return peakHeapBytes.get() < 0 ? -1 : peakHeapBytes.get() / (1024 * 1024);
  }

  /** Peak resident set size (VmHWM), read just before the process stops. */
  long peakRssMb() {
    return peakRssKb < 0 ? -1 : peakRssKb / 1024;
  }

  Path log() {
    return log;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process as a crash would (SIGKILL): no shutdown hook, nothing flushed on the way out. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    peakRssKb = readPeakRssKb();
    sampler.interrupt();
    process.destroy(); // SIGTERM: Spring closes the engine and H2 cleanly
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private long readPeakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: the figure is left out
    }
    return -1;
  }

  private void sampleHeap() {
    Path jstat = javaBinary().resolveSibling("jstat");
    if (!Files.isExecutable(jstat)) {
      return;
    }
    while (!Thread.currentThread().isInterrupted() && process.isAlive()) {
      try {
        Process p = new ProcessBuilder(jstat.toString(), "-gc", String.valueOf(process.pid())).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        p.waitFor();
        if (lines.size() == 2) {
          peakHeapBytes.accumulateAndGet(usedHeapBytes(lines.get(0), lines.get(1)), Math::max);
        }
        TimeUnit.MILLISECONDS.sleep(250);
      } catch (IOException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Survivor, eden and old used columns of {@code jstat -gc}, in KB. */
  private static long usedHeapBytes(String header, String values) {
    String[] names = header.trim().split("\\s+");
    String[] numbers = values.trim().split("\\s+");
    double kb = 0;
    for (int i = 0; i < names.length && i < numbers.length; i++) {
      if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
        kb += Double.parseDouble(numbers[i]);
      }
    }
    return (long) (kb * 1024);
  }

  private static Path javaBinary() {
    return ProcessHandle.current().info().command().map(Path::of)
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
