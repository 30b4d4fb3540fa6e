package uk.gov.worcester.housing.examples.stories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.gov.worcester.housing.json.HousingJson;

/** Every example story, domain by domain: each domain adds its own list here. */
public final class Stories {
  private Stories() {}

  /** All the stories {@code housing demo} tells. */
  public static List<Story> all() {
    HousingJson json = HousingJson.create();
    List<Story> stories = new ArrayList<>();
    stories.addAll(HouseholdStories.all(json));
    stories.addAll(HomelessnessStories.all(json));
    stories.addAll(PrivateSectorStories.all(json));
    stories.addAll(WelfareStories.all(json));
    stories.addAll(GrantsStories.all(json));
    stories.addAll(LettingsStories.all(json));
    stories.addAll(StrategyStories.all(json));
    stories.add(EmbeddingExample.story());
    return Collections.unmodifiableList(stories);
  }
}
