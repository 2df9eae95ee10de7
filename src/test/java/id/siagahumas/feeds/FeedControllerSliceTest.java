package id.siagahumas.feeds;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.siagahumas.security.CurrentUser;
import id.siagahumas.web.ApiProblem;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@code /api/feeds} as a web slice: the controller, the registry lanes and the problem answers, with the table of
 * watched feeds and the caller mocked — no engine, no database. Feeds on inside addresses are refused here
 * (private hosts not allowed, as in production).
 */
@WebMvcTest
@ContextConfiguration(classes = FeedControllerSliceTest.Slice.class)
class FeedControllerSliceTest {

  // Not a @SpringBootConfiguration: the Spring tests of this package would take it for the application's.
  @Configuration
  @Import({FeedController.class, id.siagahumas.administration.RegistryLanes.class})
  @ComponentScan(basePackageClasses = ApiProblem.class, useDefaultFilters = false,
      includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = RestControllerAdvice.class))
  static class Slice {
    @Bean
    FeedSettings feedSettings() {
      return new FeedSettings(List.of(), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(20),
          DataSize.ofMegabytes(5), false);
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean WatchedFeeds feeds;
  @MockitoBean CurrentUser currentUser;

  private static final WatchedFeed ADDED = new WatchedFeed(1, "https://93.184.216.34/rss", "Contoh", null, null,
      "humas.pusat", OffsetDateTime.parse("2026-11-24T00:00:00Z"), null);

  @BeforeEach
  void caller() {
    when(currentUser.groups()).thenReturn(List.of("humas-pusat"));
    when(currentUser.id()).thenReturn("humas.pusat");
  }

  @Test
  void humasPusatAddsAPublicFeed() throws Exception {
    when(feeds.add(any(), eq("humas.pusat"))).thenReturn(Optional.of(ADDED));
    mvc.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON)
            .content("{\"url\":\"https://93.184.216.34/rss\",\"outlet\":\"Contoh\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.addedBy").value("humas.pusat"));
  }

  @Test
  void aFeedWatchedAlreadyIsAConflict() throws Exception {
    when(feeds.add(any(), any())).thenReturn(Optional.empty());
    mvc.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON)
            .content("{\"url\":\"https://93.184.216.34/rss\"}"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("url"));
  }

  @Test
  void aFeedInsideTheNetworkIsRefusedBeforeAnythingIsStored() throws Exception {
    mvc.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON)
            .content("{\"url\":\"http://169.254.169.254/latest/meta-data/\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("url"));
    verify(feeds, never()).add(any(), any());
  }

  @Test
  void anOfficerIsOutOfLaneBeforeTheBodyIsRead() throws Exception {
    when(currentUser.groups()).thenReturn(List.of("humas-lapas-palembang"));
    mvc.perform(post("/api/feeds").contentType(MediaType.APPLICATION_JSON).content("not even json"))
        .andExpect(status().isForbidden());
    verify(feeds, never()).add(any(), any());
  }

  @Test
  void removingAFeedNotWatchedIsNotFound() throws Exception {
    when(feeds.remove("https://93.184.216.34/rss", "humas.pusat")).thenReturn(false);
    mvc.perform(delete("/api/feeds").param("url", "https://93.184.216.34/rss")).andExpect(status().isNotFound());
  }
}
