package id.siagahumas.reports;

/**
 * The figures of one unit over a period: cases opened, how many were verified and how fast (median minutes from
 * detection to the verdict), how many had a statement published and how fast (median minutes from detection to the
 * first send), how many were decided against the statement deadline (published, or marked late) and how many of those
 * within it, and the false alarms. A median or share over no case is null.
 */
public record UnitKpi(String unitCode, String unitName, String region, int cases, int verified,
    Double medianMinutesToVerify, int published, Double medianMinutesToPublish, int decided, int withinDeadline,
    Double shareWithinDeadline, int falseAlarms) {
}
