package id.siagahumas.registry;

/** How far an outlet's coverage reaches; NASIONAL raises a case's severity one level. */
public enum Reach {
  LOKAL, REGIONAL, NASIONAL
}
