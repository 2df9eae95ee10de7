package id.siagahumas.drafting;

/**
 * What a first draft is written from: the story, the verified facts, and the unit that answers.
 * Field names are the template's placeholders.
 */
public record DraftContext(String unitName, String unitCity, String regionName, String outlet, String storyTitle,
    String storyUrl, String storyDate, String verdictText, String facts, String today, String year) {
}
