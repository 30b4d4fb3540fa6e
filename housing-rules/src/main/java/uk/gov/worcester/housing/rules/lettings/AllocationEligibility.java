package uk.gov.worcester.housing.rules.lettings;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.PersonId;

/** Whether the applicant (and a joint applicant partner) is eligible for an allocation, and who is not. */
@Value.Immutable
@HousingStyle
public abstract class AllocationEligibility {
  /** Where eligibility stands. */
  public enum Status {
    /** Eligible for an allocation. */
    ELIGIBLE,
    /** Not eligible (s.160ZA(2)-(5)). */
    NOT_ELIGIBLE,
    /** Immigration status not yet established: inquiries continue. */
    NOT_ESTABLISHED
  }

  public abstract Status status();

  /** The applicant and partner found not eligible (or not established), by id. */
  public abstract List<PersonId> notEligible();

  static AllocationEligibility of(Status status, List<PersonId> notEligible) {
    return ImmutableAllocationEligibility.builder().status(status).notEligible(notEligible).build();
  }
}
