package id.siagahumas.administration;

import java.util.List;

/** A change refused because of its data; nothing of it was stored. Each problem names its row and field. */
public class InvalidRegistryData extends RuntimeException {

  /** One bad value: {@code row} the CSV line (1 is the header), null for a JSON body. */
  public record Problem(Integer row, String field, String message) {
    String describe() {
      return (row == null ? "" : "baris " + row + ", ") + "kolom '" + field + "': " + message;
    }
  }

  private final transient List<Problem> problems;

  public InvalidRegistryData(List<Problem> problems) {
    super(problems.get(0).describe() + (problems.size() > 1 ? " (dan " + (problems.size() - 1) + " lainnya)" : ""));
    this.problems = List.copyOf(problems);
  }

  public InvalidRegistryData(Integer row, String field, String message) {
    this(List.of(new Problem(row, field, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
