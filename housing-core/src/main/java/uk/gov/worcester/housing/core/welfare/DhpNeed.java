package uk.gov.worcester.housing.core.welfare;

import java.util.Objects;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Money;

/**
 * One need a Discretionary Housing Payment is asked to meet, and its amount over the whole award
 * period. The officer's note states a {@link DhpPurpose#RENT_SHORTFALL}'s cause and that no reg.3
 * cause applies; it never appears in {@link #toString()}.
 *
 * @param purpose what the money is for
 * @param amount how much, more than nothing
 * @param officerNote the officer's statement of the shortfall's cause, 1 to 500 characters, if any
 */
public record DhpNeed(DhpPurpose purpose, Money amount, Optional<String> officerNote) {
  /** The longest officer's note. */
  public static final int MAX_NOTE = 500;

  /** Checks all are given, the amount is more than nothing and a note is 1 to 500 characters. */
  public DhpNeed {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(officerNote, "officerNote");
    Checks.start().require(amount.isPositive(), "amount", ProblemCodes.OUT_OF_RANGE,
            "a need's amount is more than nothing")
        .require(officerNote.map(n -> !n.isBlank() && n.length() <= MAX_NOTE).orElse(true), "officerNote",
            ProblemCodes.INVALID_FORMAT, "an officer's note is 1 to " + MAX_NOTE + " characters")
        .throwIfAny();
  }

  /** A need without an officer's note. */
  public DhpNeed(DhpPurpose purpose, Money amount) {
    this(purpose, amount, Optional.empty());
  }

  /** The purpose and amount; the note is left out. */
  @Override
  public String toString() {
    return "DhpNeed[purpose=" + purpose + ", amount=" + amount + ", officerNote=" + (officerNote.isPresent()
        ? "(given)" : "(none)") + "]";
  }
}
