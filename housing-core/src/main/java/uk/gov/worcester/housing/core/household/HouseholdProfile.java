package uk.gov.worcester.housing.core.household;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.PersonId;

/**
 * The derived facts of a household as at a date: everyone's age, who is a dependent child, how many
 * adults, couples and pregnant members there are. Computed by {@link Household#profileOn}; the
 * same household and date always give the same profile.
 */
@Value.Immutable
@HousingStyle
public abstract class HouseholdProfile {
  public abstract LocalDate asAt();

  public abstract int members();

  /** Each member's age in whole years, in the household's order. */
  public abstract Map<PersonId, Integer> ages();

  public abstract int applicantAge();

  public abstract int adults();

  public abstract int children();

  public abstract int dependentChildren();

  public abstract int couples();

  @Value.Redacted
  public abstract int pregnantMembers();

  static HouseholdProfile of(Household h, LocalDate asAt) {
    Map<PersonId, Integer> ages = new LinkedHashMap<>();
    h.members().forEach(p -> ages.put(p.id(), p.ageOn(asAt)));
    int adults = h.adultsOn(asAt).size();
    return ImmutableHouseholdProfile.builder()
        .asAt(asAt)
        .members(h.members().size())
        .ages(ages)
        .applicantAge(h.applicant().ageOn(asAt))
        .adults(adults)
        .children(h.members().size() - adults)
        .dependentChildren(h.dependentChildrenOn(asAt).size())
        .couples(h.couples().size())
        .pregnantMembers(h.pregnantOn(asAt).size())
        .build();
  }
}
