package id.siagahumas.cases;

/** No case with that id, or none the caller may see (the two are answered alike). */
public class CaseNotFoundException extends RuntimeException {
  public CaseNotFoundException(String caseId) {
    super("Kasus " + caseId + " tidak ditemukan");
  }
}
