package uk.gov.worcester.housing.core.lettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.PersonId;

/**
 * The facts that give an extra bedroom under the social sector size criteria (Housing Benefit
 * Regulations 2006 reg.B13(5)-(8); Universal Credit Regulations 2013 Sch.4 paras 10-12): members
 * who need a non-resident overnight carer, members who cannot share because of a disability,
 * approved foster carers, adopters with a child placed, and students or members of the armed
 * forces away who intend to return. Health facts: redacted.
 */
@Value.Immutable
@HousingStyle
public abstract class BedroomFacts {
  /**
   * Members who need overnight care from a non-resident carer: a room for the carer of each, the
   * applicant and partner sharing one.
   */
  @Value.Redacted
  public abstract List<PersonId> needOvernightCare();

  /** Members (a disabled child, or a partner) who cannot share a bedroom because of their disability. */
  @Value.Redacted
  public abstract List<PersonId> cannotShareBedroom();

  /** The applicant or partner is an approved foster carer. */
  @Value.Default
  public boolean approvedFosterCarer() {
    return false;
  }

  /**
   * For an approved foster carer with no child placed, the day since which none has been (their
   * approval, or the end of the last placement); empty while a child is placed. The extra room is
   * kept for the policy's gap from this day.
   */
  public abstract Optional<LocalDate> noFosterChildPlacedSince();

  /** The applicant or partner has had a child placed with them for adoption (UC Sch.4 para 12(4)(b)). */
  @Value.Default
  public boolean adopterWithChildPlaced() {
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
