package uk.gov.worcester.housing.rules.lettings;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.LettingOffer;
import uk.gov.worcester.housing.core.lettings.OfferResponse;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * The consequences of an answer to an offer: a letting on acceptance, which ends the main duty
 * (s.193(6)(c)); on refusal of a suitable offer whose consequences were explained in writing, the
 * end of the main duty (s.193(7), (7F)) or, during relief, that the main duty will not arise
 * (s.193A), and the end of the Priority band. An unsuitable offer, or one whose consequences were
 * not explained, leaves any duty in place. No answer counts as a refusal.
 */
public final class OfferRule {
  private OfferRule() {}

  /** The consequences of the offer's answer, for a household with this banding and homelessness standing. */
  public static Decision<List<OfferConsequence>> assess(LettingOffer offer, Banding banding,
      HomelessnessStanding standing, LettingsPolicy policy) {
    Reasons why = new Reasons();
    List<OfferConsequence> out = new ArrayList<>(3);
    boolean main = standing.owes(DutyKind.MAIN, offer.offeredOn());
    boolean relief = standing.owes(DutyKind.RELIEF, offer.offeredOn());
    if (offer.response() == OfferResponse.ACCEPTED) {
      out.add(OfferConsequence.LETTING_MADE);
      why.add("LETTING_MADE", "The offer was accepted: the letting is made and the application is housed.",
          HA_1996.at("s.159(2)"));
      if (main) {
        out.add(OfferConsequence.MAIN_DUTY_ENDS_ON_ACCEPTANCE);
        why.add("MAIN_DUTY_ENDS_ON_ACCEPTANCE", "Accepting an allocation under Part 6 ends the main homelessness duty.",
            HA_1996.at("s.193(6)(c)"));
      }
      return Decision.of(List.copyOf(out), offer.offeredOn(), policy, why.list());
    }
    boolean ends = offer.suitable() && offer.consequencesExplained();
    if (main || relief) {
      if (ends) {
        out.add(main ? OfferConsequence.MAIN_DUTY_ENDS_ON_REFUSAL : OfferConsequence.MAIN_DUTY_WILL_NOT_ARISE);
        why.add(main ? "MAIN_DUTY_ENDS_ON_REFUSAL" : "MAIN_DUTY_WILL_NOT_ARISE", main
            ? "A suitable final offer under Part 6 was refused after the consequences and the right to a review were "
                + "explained: the main duty ends."
            : "A suitable final Part 6 offer was refused during relief after the consequences were explained: the main "
                + "duty will not arise.", main ? HA_1996.at("s.193(7)") : HA_1996.at("s.193A(2)"));
      } else {
        out.add(OfferConsequence.DUTY_CONTINUES);
        why.add("DUTY_CONTINUES", offer.suitable()
            ? "The consequences of refusal were not explained in writing, so the refusal does not end the duty."
            : "The home was not suitable, so the refusal does not end the duty.", HA_1996.at("s.193(7F)"));
      }
    } else {
      out.add(OfferConsequence.OFFER_LAPSES);
      why.add("OFFER_LAPSES", "The offer was refused; the household is owed no homelessness duty.",
          Cite.scheme(policy, "Refusals"));
    }
    if (banding.band() == Band.PRIORITY && ends) {
      out.add(OfferConsequence.PRIORITY_BAND_ENDS);
      why.add("PRIORITY_BAND_ENDS", "Refusing a suitable offer ends the Priority band.", Cite.scheme(policy, "Priority band"));
    }
    return Decision.of(List.copyOf(out), offer.offeredOn(), policy, why.list());
  }
}
