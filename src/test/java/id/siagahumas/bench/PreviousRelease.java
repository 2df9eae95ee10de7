package id.siagahumas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar of the previous release, built from its git tag into {@code target/previous-release/}
 * and reused from there while it is present (a {@code mvn clean} builds it again, once).
 *
 * <p>The release is the tag {@value #TAG} (system property {@code siaga.upgrade.previous-tag}); where the
 * clone has no tags, the commit the tag names. A clone without either (shallow, or a source archive) fails
 * with what to fetch. The build is {@code mvn -B -q -Dmaven.test.skip=true package} of the tagged sources
 * ({@code git archive}), offline first and online when the local repository lacks something.
 */
final class PreviousRelease {

  static final String TAG = System.getProperty("siaga.upgrade.previous-tag", "v0.1.0");
  /** What {@code v0.1.0} names: the last commit of the release before the engine schema moved to Flyway. */
  static final String TAG_COMMIT = "aa6a076753fbda048b86acad4a15b3d9bb2f5b0e";

  private static final Path DIR = Path.of("target", "previous-release");

  private PreviousRelease() {
  }

  /** The previous release's jar, built on the first call. */
  static synchronized Path jar() throws IOException, InterruptedException {
    String commit = commitOf(TAG + "^{commit}")
        .or(() -> TAG.equals("v0.1.0") ? commitOf(TAG_COMMIT + "^{commit}") : Optional.empty())
        .orElseThrow(() -> new IllegalStateException("The previous release " + TAG + " (commit " + TAG_COMMIT
            + ") is not in this clone, so the upgrade from it cannot be tested. Fetch it: git fetch --tags, or "
            + "git fetch --unshallow in a shallow clone."));
    Path jar = DIR.resolve("siaga-humas-" + TAG + "-" + commit.substring(0, 12) + ".jar");
    if (Files.isRegularFile(jar)) {
      return jar;
    }
    Files.createDirectories(DIR);
    Path sources = DIR.resolve("src-" + commit.substring(0, 12));
    deleteRecursively(sources);
    Files.createDirectories(sources);
    Path archive = DIR.resolve("src-" + commit.substring(0, 12) + ".tar");
    run(Path.of(""), DIR.resolve("git.log"), "git", "archive", "--format=tar", "--output=" + archive.toAbsolutePath(),
        commit);
    run(Path.of(""), DIR.resolve("git.log"), "tar", "-xf", archive.toAbsolutePath().toString(), "-C",
        sources.toAbsolutePath().toString());
    Files.delete(archive);

    Path log = DIR.resolve("build-" + commit.substring(0, 12) + ".log");
    List<String> build = List.of(maven(), "-B", "-q", "-Dmaven.test.skip=true", "package");
    List<String> offline = new ArrayList<>(build);
    offline.add(1, "-o");
    System.out.printf("Building the previous release %s (%s) in %s%n", TAG, commit.substring(0, 12), sources);
    if (!tryRun(sources, log, offline)) {
      System.out.println("Offline build failed (see " + log + "); building with the remote repository");
      run(sources, log, build.toArray(String[]::new));
    }
    Path built;
    try (Stream<Path> files = Files.list(sources.resolve("target"))) {
      built = files.filter(p -> p.getFileName().toString().matches("siaga-humas-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("The build of " + TAG + " made no jar; see " + log));
    }
    Path partial = DIR.resolve(jar.getFileName() + ".part");
    Files.copy(built, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    deleteRecursively(sources);
    return jar;
  }

  private static Optional<String> commitOf(String revision) {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "--verify", "--quiet", revision)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return git.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // no git here
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String maven() {
    return System.getProperty("siaga.upgrade.mvn", "mvn");
  }

  private static void run(Path dir, Path log, String... command) throws IOException, InterruptedException {
    if (!tryRun(dir, log, List.of(command))) {
      throw new IllegalStateException(String.join(" ", command) + " failed in " + dir.toAbsolutePath() + ":\n"
          + tail(log));
    }
  }

  private static boolean tryRun(Path dir, Path log, List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toAbsolutePath().toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(String.join(" ", command) + " took over 15 minutes; see " + log);
    }
    return process.exitValue() == 0;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
