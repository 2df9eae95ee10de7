package id.siagahumas.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import jakarta.servlet.http.HttpServletRequest;

/**
 * HTTP Basic against the identity service, remembering a successful login for a short time. Without it
 * every API call checks the password and reads the caller's groups and tenants again: about a tenth of
 * the server's time per call in the benchmark. Only successful logins are remembered, as a SHA-256 of
 * the credentials (never the password); a wrong password is always checked. A changed password or
 * membership takes effect at once: each remembered login is checked against the user's row and groups in
 * one indexed query, far cheaper than the password hash and the group and tenant queries it spares.
 * {@code siaga.security.login-cache} bounds how long a login is remembered (PT0S turns remembering off).
 */
class RememberedLogins extends HttpBasicAuthenticationProvider {

  /** Enough for every officer of a national rollout; cleared if ever exceeded. */
  private static final int MAX_REMEMBERED = 10_000;

  private record Login(String userId, List<String> groups, List<String> tenants, long expiresAt,
      IdentityState state) {
  }

  /** What a login depends on: the user's row (its revision moves with every password change) and groups. */
  record IdentityState(int revision, java.util.Set<String> groups) {
  }

  /** Reads a user's identity state in one indexed query; empty when the user no longer exists. */
  interface IdentityStates {
    java.util.Optional<IdentityState> of(String userId);
  }

  private final long ttlNanos;
  private final IdentityStates states;
  private final Map<String, Login> remembered = new ConcurrentHashMap<>();

  RememberedLogins(Duration ttl, IdentityStates states) {
    this.ttlNanos = ttl.toNanos();
    this.states = states;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    String key = header == null || ttlNanos <= 0 ? null : key(engine.getName(), header);
    Login login = key == null ? null : remembered.get(key);
    if (login != null && login.expiresAt() - System.nanoTime() > 0) {
      // A deleted user, a changed password or membership takes effect at once, on every node.
      if (states.of(login.userId()).filter(login.state()::equals).isPresent()) {
        return result(login);
      }
      remembered.remove(key);
    }
    AuthenticationResult checked = super.extractAuthenticatedUser(request, engine);
    if (!checked.isAuthenticated() || key == null) {
      return checked;
    }
    String userId = checked.getAuthenticatedUser();
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    java.util.Optional<IdentityState> state = states.of(userId);
    if (state.isEmpty()) {
      return checked;
    }
    login = new Login(userId, groups, tenants, System.nanoTime() + ttlNanos, state.get());
    remembered.put(key, login);
    return result(login);
  }

  private static AuthenticationResult result(Login login) {
    AuthenticationResult result = AuthenticationResult.successful(login.userId());
    result.setGroups(login.groups());
    result.setTenants(login.tenants());
    return result;
  }

  private static String key(String engineName, String header) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest((engineName + "\n" + header).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
