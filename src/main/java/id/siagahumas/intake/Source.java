package id.siagahumas.intake;

/** Where a story came from: an officer or tool (MANUAL, always taken) or a feed (FEED, negative only). */
public enum Source {
  MANUAL, FEED
}
