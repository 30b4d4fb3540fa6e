package uk.gov.worcester.housing.examples.stories;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.household.CurrentHome;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.json.HousingJson;

/**
 * The library embedded in plain Java, as a council's own system would use it: build a household
 * from form values, see every problem at once, then write and read its JSON. Run it on its own
 * with {@code java -cp examples/target/housing-cli.jar uk.gov.worcester.housing.examples.stories.EmbeddingExample}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Runs the example on standard output. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    story().tell(out);
    out.flush();
  }

  static Story story() {
    return new Story() {
      @Override
      public String title() {
        return "Embedding the library in plain Java: build, validate, write and read a household";
      }

      @Override
      public void tell(PrintWriter out) {
        LocalDate today = LocalDate.of(2024, 5, 1);
        // A form typed with two mistakes: a birth date in the future and negative savings.
        Validation<Seq<Problem>, Household> typed = Household.validate(Household.builder()
            .id(HouseholdId.of("HH-42")).recordedOn(today)
            .addMembers(Person.builder().id(PersonId.of("P-1")).name("Robin Ellis")
                .dateOfBirth(LocalDate.of(2031, 1, 1)).sex(Sex.FEMALE).relationship(Relationship.APPLICANT).build())
            .currentHome(CurrentHome.of(Tenure.LIVING_WITH_FRIENDS, PropertyType.FLAT, 0))
            .weeklyIncome(Money.of("180.00")).savings(Money.of("-5.00")));
        out.println("The form as typed: " + typed.getError().size() + " problems");
        typed.getError().forEach(p -> out.println("  " + p));

        Household fixed = Household.builder()
            .id(HouseholdId.of("HH-42")).recordedOn(today)
            .addMembers(Person.builder().id(PersonId.of("P-1")).name("Robin Ellis")
                .dateOfBirth(LocalDate.of(2001, 1, 1)).sex(Sex.FEMALE).relationship(Relationship.APPLICANT).build())
            .currentHome(CurrentHome.of(Tenure.LIVING_WITH_FRIENDS, PropertyType.FLAT, 0))
            .weeklyIncome(Money.of("180.00")).savings(Money.ZERO).build();
        HousingJson json = HousingJson.create();
        String text = json.write(fixed);
        out.println("Corrected and written as JSON (" + text.length() + " characters); read back equal: "
            + json.read(text, Household.class).map(fixed::equals).getOrElse(false));
      }
    };
  }
}
