package uk.gov.worcester.housing.core.lettings;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.household.PropertyType;

/**
 * A vacancy advertised through the register, with the criteria a bid must meet: the bedroom need
 * of the households it suits, age limits on the applicant, whether it is adapted for a disability,
 * a local lettings plan, the landlord and the tenancy offered. Bids are taken from
 * {@link #advertisedOn()} to {@link #closesOn()} inclusive.
 */
@Value.Immutable
@HousingStyle
public abstract class Advert {
  /** The most bedrooms an advertised home has. */
  public static final int MAX_BEDROOMS = 10;

  public abstract AdvertId id();

  /** The landlord's name (a housing association or the council). */
  public abstract String landlord();

  /** The district the home is in. */
  public abstract LocalAuthority district();

  public abstract PropertyType propertyType();

  /** Bedrooms in the home (0 for a bedsit or studio). */
  public abstract int bedrooms();

  /** The smallest bedroom need (by the scheme's calculator) of a household it suits. */
  @Value.Default
  public int minimumBedroomNeed() {
    return Math.max(1, bedrooms());
  }

  /** The largest bedroom need of a household it suits. */
  @Value.Default
  public int maximumBedroomNeed() {
    return Math.max(1, bedrooms());
  }

  /** The youngest the applicant may be (a home for older people: 55 or 60). */
  public abstract Optional<Integer> minimumApplicantAge();

  /** The oldest the applicant may be. */
  public abstract Optional<Integer> maximumApplicantAge();

  /** Adapted for a disability: only households needing an adapted home may be let to. */
  @Value.Default
  public boolean adapted() {
    return false;
  }

  public abstract Optional<LocalLettingsPlan> localLettingsPlan();

  public abstract TenancyType tenancy();

  public abstract LocalDate advertisedOn();

  /** The last day bids are taken. */
  public abstract LocalDate closesOn();

  /** True when a bid placed on {@code date} is in time. */
  public boolean openOn(LocalDate date) {
    return !date.isBefore(advertisedOn()) && !date.isAfter(closesOn());
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!landlord().isBlank() && landlord().length() <= 200, "landlord", ProblemCodes.INVALID_FORMAT,
            "a landlord's name is 1 to 200 characters")
        .require(bedrooms() >= 0 && bedrooms() <= MAX_BEDROOMS, "bedrooms", ProblemCodes.OUT_OF_RANGE,
            "bedrooms are 0 to " + MAX_BEDROOMS)
        .require(minimumBedroomNeed() >= 1 && minimumBedroomNeed() <= MAX_BEDROOMS, "minimumBedroomNeed",
            ProblemCodes.OUT_OF_RANGE, "a bedroom need is 1 to " + MAX_BEDROOMS)
        .require(maximumBedroomNeed() >= minimumBedroomNeed() && maximumBedroomNeed() <= MAX_BEDROOMS,
            "maximumBedroomNeed", ProblemCodes.INCONSISTENT,
            "the largest bedroom need is at least the smallest and at most " + MAX_BEDROOMS)
        .require(minimumApplicantAge().map(a -> a >= 16 && a <= 120).orElse(true), "minimumApplicantAge",
            ProblemCodes.OUT_OF_RANGE, "an applicant's age limit is 16 to 120")
        .require(maximumApplicantAge().map(a -> a >= minimumApplicantAge().orElse(16) && a <= 120).orElse(true),
            "maximumApplicantAge", ProblemCodes.INCONSISTENT, "the upper age limit is at least the lower and at most 120")
        .require(Application.inRange(advertisedOn()), "advertisedOn", ProblemCodes.OUT_OF_RANGE,
            "an advert is dated from 1900 to 9999")
        .require(Application.inRange(closesOn()), "closesOn", ProblemCodes.OUT_OF_RANGE,
            "an advert is dated from 1900 to 9999")
        .require(!closesOn().isBefore(advertisedOn()), "closesOn", ProblemCodes.INCONSISTENT,
            "an advert cannot close before it is advertised")
        .throwIfAny();
  }

  public static ImmutableAdvert.Builder builder() {
    return ImmutableAdvert.builder();
  }

  /** Builds from untrusted values, returning every problem with its path instead of throwing. */
  public static Validation<Seq<Problem>, Advert> validate(ImmutableAdvert.Builder builder) {
    return Validated.build(builder::build);
  }
}
