package id.siagahumas.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code siaga.grouping.*}: when a story joins an open case (DESIGN.md, "Grouping stories into cases"). The
 * defaults were measured on the realistic incident corpus (GroupingEvaluationTest); raise {@code threshold} to
 * merge less, never lower it without measuring wrong merges again.
 *
 * @param window               a story joins a case only when published within this time of the case's latest story
 * @param storiesPerCase       latest stories of a candidate case the new story is compared with
 * @param threshold            score from which two stories read as one incident
 * @param particularsWeight    weight of the shared particulars (names, initials, numbers, dates) in the score
 * @param particularsScale     shared particulars' weight at which their part of the score reaches 63% of its maximum
 * @param titleWeight          weight of a word of the headline against one of the background paragraphs
 * @param leadWeight           weight of a word of the lead
 * @param leadChars            characters of the body read as the lead (whole paragraphs or sentences up to this size)
 * @param sameKindBonus        added to the score when both headlines and leads report the same kind of incident
 *                             (whose typical words each story discounts)
 * @param recentBonus          added besides when they were published within hours: the full bonus at once, fading to
 *                             nothing at {@code recentWindow}
 * @param recentWindow         see {@code recentBonus}
 * @param otherPeoplePenalty   taken from the score when both leads name their people (with ages or initials), the
 *                             weight seized or the sum paid, and neither story names the other's: two escapes of
 *                             different inmates in one week, two drug hauls
 * @param thinChars            a story with fewer characters of title and body (a feed's summary) is too short to
 *                             weigh: pairs with one are compared by the plain cosine of their stemmed words
 * @param thinThreshold        plain cosine from which such a pair reads as one incident
 * @param requireSharedType    two stories whose headline and lead name different kinds of incident (a fatal fight,
 *                             a water shortage) never merge, whatever their other words
 * @param profileCacheSize     stored stories whose reading is remembered between intakes
 */
@ConfigurationProperties("siaga.grouping")
public record GroupingSettings(@DefaultValue("PT72H") Duration window, @DefaultValue("10") int storiesPerCase,
    @DefaultValue("0.28") double threshold, @DefaultValue("0.35") double particularsWeight,
    @DefaultValue("3.0") double particularsScale, @DefaultValue("3.0") double titleWeight,
    @DefaultValue("2.0") double leadWeight, @DefaultValue("700") int leadChars,
    @DefaultValue("0.12") double sameKindBonus, @DefaultValue("0.12") double recentBonus,
    @DefaultValue("PT48H") Duration recentWindow, @DefaultValue("0.15") double otherPeoplePenalty,
    @DefaultValue("400") int thinChars, @DefaultValue("0.12") double thinThreshold,
    @DefaultValue("true") boolean requireSharedType, @DefaultValue("2000") int profileCacheSize) {

  /** The defaults, for code that runs without Spring (tests, benchmarks). */
  public static GroupingSettings defaults() {
    return new GroupingSettings(Duration.ofHours(72), 10, 0.28, 0.35, 3.0, 3.0, 2.0, 700, 0.12, 0.12,
        Duration.ofHours(48), 0.15, 400, 0.12, true, 2000);
  }
}
