package uk.gov.worcester.housing.core.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Ward;

/**
 * An application for a community grant: the scheme (and, for a general round, which round), the
 * day it was received, the group, the project, the amount asked for and the match the group
 * offers. The rules in housing-rules assess it against the scheme's policy in force on that day.
 */
@Value.Immutable
@HousingStyle
public abstract class GrantApplication {
  /** The most match lines an application may have. */
  public static final int MAX_MATCH_LINES = 200;
  /** The earliest date a grant's facts or events may carry. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  /** The latest date a grant's facts or events may carry: far enough, and safe to add a year to. */
  public static final LocalDate LATEST = LocalDate.of(9998, 12, 31);

  /** True for a date this library's grants can carry. */
  public static boolean isPlausible(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  public abstract GrantReference reference();

  public abstract GrantScheme scheme();

  /** The round applied to, for a general community grant round: the round policy's version. */
  public abstract Optional<String> round();

  /** The day the full application was received. */
  public abstract LocalDate receivedOn();

  public abstract ApplicantGroup group();

  public abstract Project project();

  /** The grant asked for. */
  public abstract Money requested();

  /** What the group puts against the grant. */
  public abstract List<MatchContribution> match();

  @Value.Check
  protected void check() {
    Checks checks = Checks.start()
        .require(requested().isPositive() && !requested().isGreaterThan(MatchContribution.MAX_AMOUNT), "requested",
            ProblemCodes.OUT_OF_RANGE, "the amount requested is more than nothing and at most "
                + MatchContribution.MAX_AMOUNT)
        .require(match().size() <= MAX_MATCH_LINES, "match", ProblemCodes.TOO_MANY, "an application has at most "
            + MAX_MATCH_LINES + " lines of match")
        .require(round().map(r -> r.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")).orElse(true), "round",
            ProblemCodes.INVALID_FORMAT, "a round is named by its policy version")
        .require(scheme() == GrantScheme.COMMUNITY_GRANT_ROUND || round().isEmpty(), "round",
            ProblemCodes.INCONSISTENT, "only an application to a general community grant round names a round");
    checks.require(isPlausible(receivedOn()), "receivedOn", ProblemCodes.OUT_OF_RANGE,
        "a date is from 1900-01-01 to 9998-12-31")
        .require(isPlausible(project().startsOn()), Path.of("project").field("startsOn"), ProblemCodes.OUT_OF_RANGE,
            "a date is from 1900-01-01 to 9998-12-31")
        .require(isPlausible(project().endsOn()), Path.of("project").field("endsOn"), ProblemCodes.OUT_OF_RANGE,
            "a date is from 1900-01-01 to 9998-12-31");
    for (int i = 0; i < project().wards().size(); i++) {
      Ward w = project().wards().get(i);
      checks.require(w.inForceOn(receivedOn()), Path.of("project").field("wards").index(i), Ward.NOT_IN_FORCE,
          "the ward was not in force on the day the application was received");
    }
    checks.throwIfAny();
  }

  public static ImmutableGrantApplication.Builder builder() {
    return ImmutableGrantApplication.builder();
  }
}
