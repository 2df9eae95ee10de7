package id.siagahumas.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A remembered login never lets a wrong password in, and a new password works at once. */
@SiagaSpringTest
class RememberedLoginsTest {

  @Autowired TestRestTemplate rest;
  @Autowired CaseDriver driver;
  @Autowired IdentityService identity;

  private int status(String user, String password) {
    return rest.withBasicAuth(user, password).getForEntity("/api/units", String.class).getStatusCode().value();
  }

  @Test
  void aWrongPasswordIsRefusedRightAfterAGoodOne() {
    driver.user("ingat.sumsel", "humas-lapas-palembang");
    assertThat(status("ingat.sumsel", "demo")).isEqualTo(200);
    assertThat(status("ingat.sumsel", "demo")).as("remembered").isEqualTo(200);
    assertThat(status("ingat.sumsel", "Demo")).as("a wrong password, right after a good one").isEqualTo(401);
    assertThat(status("ingat.sumsel", "")).isEqualTo(401);
    assertThat(status("ingat.sumsel", "demo ")).isEqualTo(401);
  }

  @Test
  void aChangedPasswordWorksAtOnce() {
    driver.user("ganti.sumsel", "humas-lapas-palembang");
    assertThat(status("ganti.sumsel", "demo")).isEqualTo(200);
    User user = identity.createUserQuery().userId("ganti.sumsel").singleResult();
    user.setPassword("Baru-Sekali-2026");
    identity.saveUser(user);
    assertThat(status("ganti.sumsel", "Baru-Sekali-2026")).isEqualTo(200);
  }
}
