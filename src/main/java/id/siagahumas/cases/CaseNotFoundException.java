package id.siagahumas.cases;

import id.siagahumas.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** No case with that id, or none the caller may see (the two are answered alike). */
public class CaseNotFoundException extends ApiProblem {
  public CaseNotFoundException(String caseId) {
    super(HttpStatus.NOT_FOUND, "Tidak ditemukan", null, "Kasus " + caseId + " tidak ditemukan");
  }
}
