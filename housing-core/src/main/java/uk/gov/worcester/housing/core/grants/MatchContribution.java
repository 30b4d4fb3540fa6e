package uk.gov.worcester.housing.core.grants;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * Something a group puts against a grant: cash, volunteers' time, expertise given free, or
 * donated goods or services. Time is recorded in hours (to the hundredth) and valued by the
 * scheme's policy; a donation carries its own value and the evidence for it. The set is closed,
 * so every {@code switch} over it is exhaustive.
 */
public sealed interface MatchContribution {
  /** The most hours one line may claim: a hundred thousand hours is not a community project. */
  BigDecimal MAX_HOURS = BigDecimal.valueOf(100_000);
  /** The most volunteers one line may count. */
  int MAX_VOLUNTEERS = 10_000;
  /** The largest amount one line may claim. */
  Money MAX_AMOUNT = Money.ofPounds(10_000_000);

  /** What kind of contribution it is (its JSON {@code "type"}). */
  ContributionKind kind();

  /** Money the group puts in. */
  record Cash(Money amount) implements MatchContribution {
    /** Checks the amount is more than nothing and not absurd. */
    public Cash {
      Objects.requireNonNull(amount, "amount");
      checkAmount(amount, "amount");
    }

    @Override
    public ContributionKind kind() {
      return ContributionKind.CASH;
    }
  }

  /**
   * Hours given by {@code volunteers} people in all, at one skill level: the hours are the
   * total, not each volunteer's.
   */
  record VolunteerTime(int volunteers, BigDecimal hours, SkillLevel skill) implements MatchContribution {
    /** Checks the counts; hours are kept to two decimal places. */
    public VolunteerTime {
      Objects.requireNonNull(skill, "skill");
      Checks checks = Checks.start().require(volunteers >= 1 && volunteers <= MAX_VOLUNTEERS, "volunteers",
          ProblemCodes.OUT_OF_RANGE, "volunteer time is given by 1 to " + MAX_VOLUNTEERS + " volunteers");
      hours = checkHours(hours, checks);
      checks.throwIfAny();
    }

    @Override
    public ContributionKind kind() {
      return ContributionKind.VOLUNTEER_TIME;
    }
  }

  /** Skilled or professional work given free, in hours. */
  record Expertise(BigDecimal hours, SkillLevel skill) implements MatchContribution {
    /** Checks the hours, and that expertise is skilled or professional work. */
    public Expertise {
      Objects.requireNonNull(skill, "skill");
      Checks checks = Checks.start().require(skill != SkillLevel.GENERAL, "skill", ProblemCodes.NOT_ALLOWED,
          "expertise is skilled or professional work; general volunteering is volunteer time");
      hours = checkHours(hours, checks);
      checks.throwIfAny();
    }

    @Override
    public ContributionKind kind() {
      return ContributionKind.EXPERTISE;
    }
  }

  /**
   * Goods or services given free ({@code kind} {@link ContributionKind#DONATED_GOODS} or
   * {@link ContributionKind#DONATED_SERVICES}), at the value the group puts on them, with a
   * reference to the evidence of that value (a quote, a receipt, a letter from the donor). The
   * evidence reference is free text, so redacted from {@code toString()}.
   */
  record Donation(ContributionKind kind, Money value, Optional<String> evidence) implements MatchContribution {
    /** The longest evidence reference accepted. */
    public static final int MAX_EVIDENCE_LENGTH = 500;

    /** Checks the kind is a donation, the value is positive and the evidence not blank. */
    public Donation {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(evidence, "evidence");
      checkAmount(value, "value");
      Checks.start()
          .require(kind == ContributionKind.DONATED_GOODS || kind == ContributionKind.DONATED_SERVICES, "type",
              ProblemCodes.NOT_ALLOWED, "a donation is of goods or of services")
          .require(evidence.map(e -> !e.isBlank() && e.length() <= MAX_EVIDENCE_LENGTH).orElse(true), "evidence",
              ProblemCodes.INVALID_FORMAT, "evidence is 1 to " + MAX_EVIDENCE_LENGTH + " characters")
          .throwIfAny();
    }

    /** Codes and amounts only: the evidence reference is free text. */
    @Override
    public String toString() {
      return "Donation[kind=" + kind + ", value=" + value + ", evidence=" + (evidence.isPresent() ? "***" : "none")
          + "]";
    }
  }

  private static void checkAmount(Money amount, String field) {
    Checks.start().require(amount.isPositive() && !amount.isGreaterThan(MAX_AMOUNT), field, ProblemCodes.OUT_OF_RANGE,
        "an amount of match is more than nothing and at most " + MAX_AMOUNT).throwIfAny();
  }

  /** Records the problems of {@code hours} in {@code checks}; the hours to two places where they have at most two. */
  private static BigDecimal checkHours(BigDecimal hours, Checks checks) {
    Objects.requireNonNull(hours, "hours");
    boolean places = hours.stripTrailingZeros().scale() <= 2;
    checks
        .require(hours.signum() > 0 && hours.compareTo(MAX_HOURS) <= 0, "hours", ProblemCodes.OUT_OF_RANGE,
            "hours are more than none and at most " + MAX_HOURS.toPlainString())
        .require(places, "hours", ProblemCodes.INVALID_FORMAT, "hours are recorded to at most two decimal places");
    return places ? hours.setScale(2) : hours;
  }
}
