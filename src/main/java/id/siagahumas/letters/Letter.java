package id.siagahumas.letters;

import java.util.List;

/**
 * A letter to one outlet, as it is printed: letterhead, number, place and date, subject, addressee, the
 * reference to the outlet's own story (hak jawab), the approved body, the signatory and the contact line.
 * {@code number} is null in a preview made before approval.
 */
public record Letter(List<String> letterhead, String letterheadContact, String number, String placeAndDate,
    String subject, List<String> addressee, String reference, String body, String signatoryTitle,
    String signatoryName, String signatoryNip, String contact) {

  public static final String NUMBER_NOT_YET = "(diberikan saat pernyataan disetujui)";

  /** Everything printed, line by line, as a check for gaps reads it. */
  public String printedText() {
    StringBuilder text = new StringBuilder();
    letterhead.forEach(line -> text.append(line).append('\n'));
    text.append(letterheadContact).append('\n').append(number == null ? NUMBER_NOT_YET : number).append('\n')
        .append(placeAndDate).append('\n').append(subject).append('\n');
    addressee.forEach(line -> text.append(line).append('\n'));
    if (reference != null) {
      text.append(reference).append('\n');
    }
    return text.append(body).append('\n').append(signatoryTitle).append('\n').append(signatoryName).append('\n')
        .append(signatoryNip).append('\n').append(contact).toString();
  }
}
