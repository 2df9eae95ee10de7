package id.siagahumas.feeds;

/** What one poll of one feed did: stories taken in, ignored (not negative), skipped (seen or invalid). */
public record PollReport(String feed, int taken, int ignored, int skipped, String error) {

  public boolean failed() {
    return error != null;
  }
}
