package uk.gov.worcester.housing.core.grants;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The group applying for a grant: what kind of body it is, whether it has terms of reference,
 * how many members it has and the age of its youngest member (Our Happy Place asked that every
 * member be 13 or over). Its name is published with any award under the Transparency Code, but
 * it can name a person, so it is redacted from {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class ApplicantGroup {
  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  public abstract GroupReference reference();

  /** The group's name, as published with an award. */
  @Value.Redacted
  public abstract String name();

  public abstract OrganisationType type();

  /** The charity or company number, published with an award where the group has one. */
  public abstract Optional<String> registrationNumber();

  /** The group has written terms of reference (a constitution or set of rules). */
  @Value.Default
  public boolean hasTermsOfReference() {
    return false;
  }

  /** How many members the group has. */
  public abstract int members();

  /** The age of the group's youngest member, where the group says. */
  public abstract Optional<Integer> youngestMemberAge();

  @Value.Check
  protected void check() {
    Checks.start()
        .require(!name().isBlank() && name().length() <= MAX_NAME_LENGTH, "name", ProblemCodes.INVALID_FORMAT,
            "a group's name is 1 to " + MAX_NAME_LENGTH + " characters")
        .require(registrationNumber().map(r -> r.matches("[A-Za-z0-9 -]{1,20}")).orElse(true), "registrationNumber",
            ProblemCodes.INVALID_FORMAT, "a registration number is 1 to 20 letters, digits, spaces or hyphens")
        .require(members() >= 1 && members() <= 100_000, "members", ProblemCodes.OUT_OF_RANGE,
            "a group has 1 to 100000 members")
        .require(youngestMemberAge().map(a -> a >= 0 && a <= 120).orElse(true), "youngestMemberAge",
            ProblemCodes.OUT_OF_RANGE, "an age is 0 to 120")
        .throwIfAny();
  }

  public static ImmutableApplicantGroup.Builder builder() {
    return ImmutableApplicantGroup.builder();
  }
}
