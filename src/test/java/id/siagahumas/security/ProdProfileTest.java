package id.siagahumas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siagahumas.SiagaHumasApplication;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile starts only with a strong first administrator, and creates no demo users. */
class ProdProfileTest {

  /**
   * The application with the prod profile on its own in-memory database and engine. Everything is given
   * as command-line arguments, as the environment would: they outrank application.yaml (builder
   * properties would not, and the test would use the embedded file database under ./data).
   */
  private static ConfigurableApplicationContext runProd(String db, String[] profiles, String... extra) {
    String[] settings = {"--spring.datasource.url=jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1", "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false",
        // its own engine, so it never displaces the engine of the other tests sharing this JVM
        "--camunda.bpm.process-engine-name=" + db.replace("-", ""),
        "--camunda.bpm.generate-unique-process-engine-name=false",
        "--camunda.bpm.generate-unique-process-application-name=true"};
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(settings), java.util.Arrays.stream(extra))
        .toArray(String[]::new);
    return new SpringApplicationBuilder(SiagaHumasApplication.class).profiles(profiles).run(args);
  }

  private static ConfigurableApplicationContext runProd(String db, String... extra) {
    return runProd(db, new String[] {"prod"}, extra);
  }

  /** The first administrator, as the environment would set it. */
  private static String[] admin(String user, String password) {
    return new String[] {"--siaga.admin.user=" + user, "--siaga.admin.password=" + password};
  }

  @Test
  void refusesAMissingOrWeakAdministratorPassword() {
    assertThatThrownBy(() -> runProd("prod-missing").close()).rootCause()
        .hasMessageContaining("Set SIAGA_ADMIN_USER and SIAGA_ADMIN_PASSWORD");
    for (String weak : new String[] {"demo", "admin123", "Rahasia2026", "sysadminSysadmin1!", "aaaaaaaaaaaaaaaa",
        "Password2026!"}) {
      assertThatThrownBy(() -> runProd("prod-weak", admin("sysadmin", weak)).close())
          .as("password '" + weak + "'").rootCause().hasMessageContaining("SIAGA_ADMIN_PASSWORD is too weak");
    }
  }

  @Test
  void refusesToRunBesideTheDemoProfile() {
    assertThatThrownBy(() -> runProd("prod-demo", new String[] {"prod", "demo"}, admin("sysadmin", "Kuat!Sekali-2026"))
        .close())
        .rootCause().hasMessageContaining("demo");
  }

  @Test
  void startsWithAStrongAdministratorAndNoDemoUsers() {
    try (ConfigurableApplicationContext app = runProd("prod-ok", admin("sysadmin", "Kuat!Sekali-2026"))) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("sysadmin", "Kuat!Sekali-2026")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).hasSize(1);
      assertThat(identity.createUserQuery().userId("humas.sumsel").count()).isZero();
      assertThat(identity.createUserQuery().userId("admin").count()).isZero();
      assertThat(identity.createGroupQuery().groupId("humas-lapas-palembang").count()).isOne();
    }
  }
}
