package id.siagahumas.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls on behalf of the application, not the caller. Our API applies its own access rule
 * first (a monitor may open a case through intake but holds no engine rights of its own); the engine's
 * authorization checks then apply to what people do in Tasklist and the engine REST API.
 */
@Component
public class AsApplication {

  private final IdentityService identity;

  public AsApplication(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> engineCall) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return engineCall.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
