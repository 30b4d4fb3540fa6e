package uk.gov.worcester.housing.examples.stories;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.HouseholdProfile;
import uk.gov.worcester.housing.json.HousingJson;

/** The household stories: reading a household, its derived facts, and what bad input looks like. */
public final class HouseholdStories {
  private HouseholdStories() {}

  /** The stories of this domain, in the order {@code housing demo} tells them. */
  public static List<Story> all(HousingJson json) {
    return List.of(readingAHousehold(json), badInput(json));
  }

  static Story readingAHousehold(HousingJson json) {
    return new Story() {
      @Override
      public String title() {
        return "A household read from JSON, and who counts as a dependent child as the years pass";
      }

      @Override
      public void tell(PrintWriter out) {
        Household h = Validated.orThrow(json.read(Samples.text("household-family.json"), Household.class));
        out.println("Read household " + h.id() + ": " + h.members().size() + " members, " + h.currentHome().tenure()
            + ", ward " + h.ward().map(w -> w.name()).orElse("not recorded") + ".");
        out.println("toString() shows no names, dates of birth or money: " + h.applicant());
        for (LocalDate asAt : List.of(h.recordedOn(), h.recordedOn().plusYears(3))) {
          HouseholdProfile p = h.profileOn(asAt);
          out.println("As at " + asAt + ": " + p.adults() + " adults, " + p.dependentChildren()
              + " dependent children, applicant aged " + p.applicantAge() + ".");
        }
        out.println("(The 16 year old at sixth-form college is a dependent child until 19; at 19 she is not.)");
      }
    };
  }

  static Story badInput(HousingJson json) {
    return new Story() {
      @Override
      public String title() {
        return "Bad input: every problem at once, each with its JSON Pointer and a stable code";
      }

      @Override
      public void tell(PrintWriter out) {
        Validation<Seq<Problem>, Household> result =
            json.read(Samples.text("household-invalid.json"), Household.class);
        out.println("Reading household-invalid.json gives " + result.getError().size() + " problems:");
        for (Problem p : result.getError()) {
          out.println("  " + p.path().jsonPointer() + "  " + p.code() + "  " + p.message());
        }
      }
    };
  }
}
