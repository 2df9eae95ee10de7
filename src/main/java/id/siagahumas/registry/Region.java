package id.siagahumas.registry;

import java.time.ZoneId;

/** A region (Kanwil) and the time zone its people read times in (WIB, WITA, WIT). */
public record Region(String code, String name, ZoneId zone, String zoneLabel) {
}
