package uk.gov.worcester.housing.rules.homelessness;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.time.LocalDate;
import java.util.Optional;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.IntentionalityFinding;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Intentional homelessness (HA 1996 s.191): a deliberate act or omission, in consequence of which
 * the applicant ceased to occupy accommodation that was available and reasonable to continue to
 * occupy. An act in good faith by someone unaware of a relevant fact is not deliberate (s.191(2));
 * collusion to leave so as to qualify for help is intentional (s.191(3)). Each element is the
 * officer's finding; the rule only combines them, and says which element fails.
 */
public final class IntentionalityRule {
  private IntentionalityRule() {}

  public static Decision<Intentionality> assess(Approach approach, LocalDate asAt, HomelessnessLaw law) {
    Optional<IntentionalityFinding> finding = approach.intentionality();
    Reasons why = new Reasons();
    if (finding.isEmpty()) {
      why.add("NO_FINDING_YET", "Inquiries into intentionality have not been completed.", HA_1996.at("s.184(1)(b)"));
      return Decision.of(Intentionality.NOT_YET_DECIDED, asAt, law, why.list());
    }
    IntentionalityFinding f = finding.get();
    if (f.collusion()) {
      why.add("COLLUSION", "The applicant entered into an arrangement to leave accommodation so as to be entitled to help.",
          HA_1996.at("s.191(3)"));
      return Decision.of(Intentionality.INTENTIONAL, asAt, law, why.list());
    }
    if (!f.deliberateActOrOmission()) {
      why.add("NOT_DELIBERATE", "No deliberate act or omission of the applicant was found.", HA_1996.at("s.191(1)"));
    } else if (f.goodFaithUnawareOfRelevantFact()) {
      why.add("GOOD_FAITH", "The act or omission was in good faith by someone unaware of a relevant fact, so it is not "
          + "treated as deliberate.", HA_1996.at("s.191(2)"));
    }
    if (!f.causedLossOfAccommodation()) {
      why.add("NOT_THE_CAUSE", "The loss of accommodation was not a consequence of the act or omission.",
          HA_1996.at("s.191(1)"));
    }
    if (!f.accommodationWasAvailableAndReasonable()) {
      why.add("ACCOMMODATION_NOT_REASONABLE", "The accommodation lost was not available, or not reasonable to continue to "
          + "occupy.", HA_1996.at("s.191(1)"));
    }
    if (!why.list().isEmpty()) {
      return Decision.of(Intentionality.NOT_INTENTIONAL, asAt, law, why.list());
    }
    why.add("INTENTIONAL", "The applicant deliberately did or failed to do something in consequence of which they ceased "
        + "to occupy accommodation that was available and reasonable to continue to occupy.", HA_1996.at("s.191(1)"));
    return Decision.of(Intentionality.INTENTIONAL, asAt, law, why.list());
  }
}
