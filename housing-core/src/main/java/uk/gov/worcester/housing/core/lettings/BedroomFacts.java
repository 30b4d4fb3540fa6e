package uk.gov.worcester.housing.core.lettings;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.PersonId;

/**
 * The facts that give an extra bedroom under the social sector size criteria (Housing Benefit
 * Regulations 2006 reg.B13(5)-(8); Universal Credit Regulations 2013 Sch.4 paras 12-13): an
 * overnight carer, members who cannot share because of a disability, approved foster carers, and
 * students or members of the armed forces away who intend to return. Health facts: redacted.
 */
@Value.Immutable
@HousingStyle
public abstract class BedroomFacts {
  /** A non-resident carer provides overnight care for the applicant or partner (or a child). */
  @Value.Default
  public boolean overnightCarerNeeded() {
    return false;
  }

  /** Members (a disabled child, or a partner) who cannot share a bedroom because of their disability. */
  @Value.Redacted
  public abstract List<PersonId> cannotShareBedroom();

  /** The applicant or partner is an approved foster carer (or became one in the last 52 weeks). */
  @Value.Default
  public boolean approvedFosterCarer() {
    return false;
  }

  /** Members away as students or in the armed forces who intend to return: they still count. */
  public abstract List<PersonId> awayAndReturning();

  /** No extra-room facts. */
  public static BedroomFacts none() {
    return ImmutableBedroomFacts.builder().build();
  }

  public static ImmutableBedroomFacts.Builder builder() {
    return ImmutableBedroomFacts.builder();
  }
}
