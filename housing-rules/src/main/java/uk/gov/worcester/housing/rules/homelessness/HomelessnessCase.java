package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.Placement;

/**
 * A homelessness case's state: its record (approach and events) and what the law makes of them:
 * the duties with their starts and endings, the plan, offers, warnings, referrals, the main duty
 * decision, written notices, reviews and placements. Made only by {@link CaseWorkflow}, which
 * refuses events the law does not allow, so a case that exists is lawful as recorded.
 */
@Value.Immutable
@HousingStyle
public abstract class HomelessnessCase {
  public abstract CaseRecord record();

  /** The law version applied (by the application date). */
  public abstract String lawVersion();

  public abstract List<Duty> duties();

  public abstract Optional<CaseEvent.PlanAgreed> plan();

  public abstract List<CaseEvent.OfferMade> offers();

  public abstract List<CaseEvent.RelevantWarningGiven> warnings();

  public abstract List<CaseEvent.ReferralMade> referrals();

  public abstract Optional<CaseEvent.MainDutyDecided> mainDutyDecision();

  public abstract List<WrittenNotice> notices();

  public abstract List<Review> reviews();

  public abstract List<Placement> placements();

  /** The application as first made, with the facts recorded then. */
  public Approach approach() {
    return record().approach();
  }

  /** The facts in force on {@code date}: the approach with every change of circumstances up to then. */
  public Approach factsOn(LocalDate date) {
    return record().approachOn(date);
  }

  /** The duties live on {@code date}. */
  public List<Duty> liveOn(LocalDate date) {
    return duties().stream().filter(d -> d.isLiveOn(date)).toList();
  }

  /** The latest duty of a kind, if it ever started. */
  public Optional<Duty> latest(DutyKind kind) {
    Duty found = null;
    for (Duty d : duties()) {
      if (d.kind() == kind) {
        found = d;
      }
    }
    return Optional.ofNullable(found);
  }

  static ImmutableHomelessnessCase.Builder builder() {
    return ImmutableHomelessnessCase.builder();
  }
}
