package id.siagahumas.demo;

import id.siagahumas.registry.Groups;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.setup.StartupLock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the demo users of DESIGN.md, all with password {@code demo} and an e-mail address.
 * Groups, filters and grants come from {@code AccessSetup} in every profile. Three users per region and a
 * membership per unit: existing users are read once, memberships once per existing user, and all is written in
 * one engine command (one batched flush), as in {@code AccessSetup}.
 */
@Component
@Profile("demo")
public class DemoData {

  static final String PASSWORD = "demo";
  static final String MAIL_DOMAIN = "@siaga-humas.example";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final IdentityService identity;
  private final UnitRegistry registry;
  private final CommandExecutor engineCommand;
  private final StartupLock startupLock;
  private Set<String> existingUsers;

  public DemoData(IdentityService identity, UnitRegistry registry, ProcessEngineConfigurationImpl engineConfiguration,
      StartupLock startupLock) {
    this.identity = identity;
    this.registry = registry;
    this.engineCommand = engineConfiguration.getCommandExecutorTxRequired();
    this.startupLock = startupLock;
  }

  @EventListener
  @Order(10)
  public void create(PostDeployEvent event) {
    long start = System.nanoTime();
    engineCommand.execute(commandContext -> {
      startupLock.acquire(); // another node starting now waits, then finds the users here
      createAll();
      return null;
    });
    log.info("Demo users ready, all with password '{}' ({} ms)", PASSWORD, (System.nanoTime() - start) / 1_000_000);
  }

  private void createAll() {
    existingUsers = identity.createUserQuery().list().stream().map(User::getId).collect(Collectors.toSet());
    user("admin", "Admin", "Siaga Humas", List.of(Groups.ADMIN));
    user("monitor", "Monitor", "Media", List.of(Groups.MONITOR));
    user("humas.pusat", "Humas", "Ditjenpas", List.of(Groups.HUMAS_PUSAT));
    for (Region region : registry.regions()) {
      String r = region.code();
      List<String> unitGroups = new ArrayList<>();
      for (Unit unit : registry.unitsByRegion().getOrDefault(r, List.of())) {
        if (!"KANWIL".equals(unit.type())) {
          unitGroups.add(Groups.unitGroup(unit));
        }
      }
      user("humas." + r, "Humas", region.name(), unitGroups);
      user("kasubag." + r, "Kasubag Humas", region.name(), List.of(Groups.regionGroup(r)));
      user("kakanwil." + r, "Kakanwil", region.name(), List.of(Groups.headGroup(r)));
    }
  }

  private void user(String id, String firstName, String lastName, List<String> groups) {
    Set<String> memberOf = new HashSet<>();
    if (existingUsers.contains(id)) {
      identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).forEach(memberOf::add);
    } else {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + MAIL_DOMAIN);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (memberOf.add(group)) {
        identity.createMembership(id, group);
      }
    }
  }
}
