package id.siagahumas.registry;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's copies of the registries current. A change made here reloads them at once
 * ({@link #changedHere()}); a change made on another node is seen by the registries' version growing, checked
 * every {@code siaga.registry.refresh-interval}. Listeners of {@link RegistryChanged} rebuild what they derive
 * (the classifier's unit names, a new unit's group).
 */
@Component
public class RegistryRefresh {

  private static final Logger log = LoggerFactory.getLogger(RegistryRefresh.class);

  private final UnitRegistry units;
  private final MediaRegistry media;
  private final RegistryChanges changes;
  private final ApplicationEventPublisher events;
  private final AtomicLong seen;

  public RegistryRefresh(UnitRegistry units, MediaRegistry media, RegistryChanges changes,
      ApplicationEventPublisher events) {
    this.units = units;
    this.media = media;
    this.changes = changes;
    this.events = events;
    this.seen = new AtomicLong(changes.version());
  }

  /** Call after the transaction of a change has committed. */
  public void changedHere() {
    seen.set(changes.version());
    reload(true);
  }

  @Scheduled(fixedDelayString = "${siaga.registry.refresh-interval:PT30S}",
      initialDelayString = "${siaga.registry.refresh-interval:PT30S}")
  public void refreshIfChangedElsewhere() {
    try {
      long version = changes.version();
      if (seen.getAndSet(version) != version) {
        log.info("Registries changed (version {}): reading them again", version);
        reload(false);
      }
    } catch (DataAccessException e) {
      // The database is away: the copies stay as they are until the next check.
      log.debug("Registry version not readable now: {}", e.getMessage());
    }
  }

  private void reload(boolean madeHere) {
    units.reload();
    media.reload();
    events.publishEvent(new RegistryChanged(madeHere));
  }
}
