package id.siagahumas.intake;

import java.time.Instant;
import java.util.List;

/**
 * What intake asks of the case process, implemented by the process package (intake knows neither the engine
 * nor its variables): open the process of a new case, and tell a case's process that a related story arrived.
 */
public interface CaseFlow {

  /** The facts of a new case its process starts from. */
  record NewCase(String caseId, long storyId, String url, String outlet, String title, Instant publishedAt,
      Instant detectedAt, List<String> categories, boolean nationalReach, String unitCode, String unitName) {
  }

  /** Starts the case's process in the caller's transaction; answers its process instance id. */
  String open(NewCase newCase);

  /** A story joined the case: its process raises severity and moves deadlines as the policy says. */
  void relateStory(String caseId, long storyId);
}
