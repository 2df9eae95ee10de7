package id.siagahumas.letters;

/** The registry lacks what a unit's letter needs (letterhead, signatory, number format). */
public class IncompleteLetterData extends RuntimeException {

  public IncompleteLetterData(String message) {
    super(message);
  }
}
