package uk.gov.worcester.housing.rules.homelessness;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.PersonId;

/**
 * The eligibility outcome: the applicant's status, the members who are themselves ineligible
 * and so disregarded for homelessness and priority need (s.185(4)), and whether the case is a
 * "restricted case" because an eligible applicant relies on a restricted person (s.193(3B)).
 */
@Value.Immutable
@HousingStyle
public abstract class Eligibility {
  public abstract EligibilityStatus status();

  /** Members disregarded when deciding homelessness and priority need (s.185(4)). */
  public abstract List<PersonId> disregardedMembers();

  /** Members who are "restricted persons" (s.184(7)) the applicant may rely on. */
  public abstract List<PersonId> restrictedPersons();

  /**
   * The council would not be satisfied that the applicant is homeless and in priority need without
   * having regard to a restricted person (s.193(3B)). The assessment tests the household without
   * them; on its own, the eligibility rule assumes reliance whenever there is a restricted person.
   */
  @Value.Default
  public boolean reliesOnRestrictedPerson() {
    return !restrictedPersons().isEmpty();
  }

  /** A restricted case: the main duty is ended by a private rented offer where practicable (s.193(7AD)). */
  @Value.Derived
  public boolean restrictedCase() {
    return status() == EligibilityStatus.ELIGIBLE && reliesOnRestrictedPerson();
  }

  public static ImmutableEligibility.Builder builder() {
    return ImmutableEligibility.builder();
  }
}
