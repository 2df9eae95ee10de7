package id.siagahumas.setup;

import id.siagahumas.registry.Groups;
import id.siagahumas.security.PasswordRules;
import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Production profile: the first administrator comes from {@code SIAGA_ADMIN_USER} and
 * {@code SIAGA_ADMIN_PASSWORD}. The application refuses to start without them, with a weak password, or
 * with the demo profile beside it. An existing administrator keeps the password set in Admin.
 */
@Component
@Profile("prod")
public class FirstAdmin {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final IdentityService identity;
  private final StartupLock startupLock;
  private final TransactionTemplate transaction;
  private final String userId;
  private final String password;
  private final String email;

  public FirstAdmin(IdentityService identity, StartupLock startupLock, PlatformTransactionManager transactions,
      Environment environment,
      @Value("${siaga.admin.user:}") String userId, @Value("${siaga.admin.password:}") String password,
      @Value("${siaga.admin.email:}") String email) {
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      throw new IllegalStateException("The prod profile refuses to run with the demo profile (demo users have "
          + "the password 'demo').");
    }
    if (userId.isBlank() || password.isBlank()) {
      throw new IllegalStateException("Set SIAGA_ADMIN_USER and SIAGA_ADMIN_PASSWORD for the first administrator "
          + "(prod profile).");
    }
    String weakness = PasswordRules.weakness(userId, password);
    if (weakness != null) {
      throw new IllegalStateException("SIAGA_ADMIN_PASSWORD is too weak: " + weakness);
    }
    this.identity = identity;
    this.startupLock = startupLock;
    this.transaction = new TransactionTemplate(transactions);
    this.userId = userId;
    this.password = password;
    this.email = email;
  }

  @EventListener
  @Order(10)
  public void create(PostDeployEvent event) {
    transaction.executeWithoutResult(status -> {
      startupLock.acquire(); // another node starting now waits, then finds the administrator
      createAdministrator();
    });
  }

  private void createAdministrator() {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User admin = identity.newUser(userId);
      admin.setPassword(password);
      admin.setFirstName("Administrator");
      admin.setLastName("Siaga Humas");
      admin.setEmail(email.isBlank() ? null : email);
      identity.saveUser(admin);
      log.info("First administrator '{}' created", userId);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.ADMIN).count() == 0) {
      identity.createMembership(userId, Groups.ADMIN);
    }
  }
}
