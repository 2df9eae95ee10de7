package id.siagahumas.publication;

import id.siagahumas.drafting.StatementType;
import id.siagahumas.intake.Story;
import id.siagahumas.registry.MediaRegistry;
import id.siagahumas.registry.Outlet;
import id.siagahumas.letters.StoryReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who a statement goes to (DESIGN.md step 7): a hak jawab to each outlet that carried the story,
 * a clarification or press release to the region's partner media.
 */
@Component
public class RecipientResolver {

  private final MediaRegistry media;

  public RecipientResolver(MediaRegistry media) {
    this.media = media;
  }

  public List<Recipient> recipients(StatementType type, String region, List<Story> stories) {
    if (type == StatementType.HAK_JAWAB) {
      Map<String, Recipient> byOutlet = new LinkedHashMap<>();
      for (Story story : stories) {
        String email = media.outlet(story.outlet(), story.url()).map(Outlet::email).orElse(null);
        // One letter per outlet, answering the outlet's first story on the case.
        byOutlet.putIfAbsent(story.outlet().toLowerCase(), new Recipient(story.outlet(), email,
            new StoryReference(story.title(), story.publishedAt(), story.url())));
      }
      return List.copyOf(byOutlet.values());
    }
    return media.partnersOf(region).stream().map(p -> new Recipient(p.name(), p.email())).toList();
  }
}
