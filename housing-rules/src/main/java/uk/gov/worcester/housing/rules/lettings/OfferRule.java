package uk.gov.worcester.housing.rules.lettings;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_1996;

import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.homelessness.Offer;
import uk.gov.worcester.housing.core.homelessness.OfferKind;
import uk.gov.worcester.housing.rules.homelessness.OfferLaw;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.LettingOffer;
import uk.gov.worcester.housing.core.lettings.OfferResponse;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * The consequences of an answer to an offer: a letting on acceptance, which ends the main duty
 * (s.193(6)(c)); on refusal of a final offer (stated in writing to be final, s.193(7A),
 * s.193A(5)(b)) that the council were satisfied was suitable, whose consequences were explained in
 * writing and that the applicant's existing obligations did not bar (s.193(7F)-(8),
 * s.193A(6)-(7)): the end of the main duty (s.193(7)) or, during relief, that the main duty will
 * not arise (s.193A(2)-(3)); for a household owed the s.193C(4) duty after a non-co-operation
 * notice, its end on refusing such a final offer (s.193C(6)(b); s.193C's words were read only in a
 * practitioner's quotation, and where it defines a final Part 6 offer is unconfirmed); and the end of the
 * Priority band on refusing a suitable offer. Any other refusal leaves the duty in place, as the
 * case workflow does for a homelessness offer. No answer counts as a refusal.
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
    boolean nonCooperation = standing.owes(DutyKind.NON_COOPERATION_ACCOMMODATION, offer.offeredOn());
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
    boolean suitableRefusal = offer.suitable() && offer.consequencesExplained();
    DutyKind duty = nonCooperation ? DutyKind.NON_COOPERATION_ACCOMMODATION : main ? DutyKind.MAIN : DutyKind.RELIEF;
    boolean finalOffer = offer.statedFinal() && offer.consequencesExplained()
        && Offer.canEndADuty(OfferKind.FINAL_PART6_OFFER, offer.suitable(), offer.existingObligations());
    if (main || relief || nonCooperation) {
      if (finalOffer) {
        if (nonCooperation) {
          out.add(OfferConsequence.NON_COOPERATION_DUTY_ENDS);
          why.add("NON_COOPERATION_DUTY_ENDS", "A suitable final Part 6 offer was refused after the consequences "
              + "were explained: the accommodation duty owed after the non-co-operation notice ends.",
              HA_1996.at("s.193C(6)(b)"));
        } else {
          out.add(main ? OfferConsequence.MAIN_DUTY_ENDS_ON_REFUSAL : OfferConsequence.MAIN_DUTY_WILL_NOT_ARISE);
          why.add(main ? "MAIN_DUTY_ENDS_ON_REFUSAL" : "MAIN_DUTY_WILL_NOT_ARISE", main
              ? "A suitable final offer under Part 6 was refused after the consequences and the right to a review "
                  + "were explained: the main duty ends."
              : "A suitable final Part 6 offer was refused during relief after the consequences were explained: the "
                  + "main duty will not arise.", main ? HA_1996.at("s.193(7)") : HA_1996.at("s.193A(2)-(3)"));
        }
      } else {
        out.add(OfferConsequence.DUTY_CONTINUES);
        if (!offer.statedFinal()) {
          why.add("DUTY_CONTINUES", "The offer did not state in writing that it is a final offer, so its refusal "
              + "does not end the duty.", HA_1996.at(OfferLaw.finalStatement(duty)));
        } else if (!offer.suitable()) {
          why.add("DUTY_CONTINUES", "The council did not record being satisfied the home was suitable, so the refusal "
              + "does not end the duty.", HA_1996.at(OfferLaw.suitability(duty, OfferKind.FINAL_PART6_OFFER).orElseThrow()));
        } else if (!offer.consequencesExplained()) {
          why.add("DUTY_CONTINUES", "The consequences of refusal were not explained in writing, so the refusal does "
              + "not end the duty.", HA_1996.at(OfferLaw.consequencesExplained(duty)));
        } else {
          why.add("DUTY_CONTINUES", offer.existingObligations() == ExistingObligations.CANNOT_END_IN_TIME
              ? "The applicant could not end their obligations on their existing home before taking up the offer, "
                  + "so the refusal does not end the duty."
              : "The council did not record that the applicant could end their obligations on their existing home "
                  + "in time, so the refusal does not end the duty.",
              HA_1996.at(OfferLaw.obligations(duty)));
        }
      }
    } else {
      out.add(OfferConsequence.OFFER_LAPSES);
      why.add("OFFER_LAPSES", "The offer was refused; the household is owed no homelessness duty.",
          Cite.scheme(policy, "Refusals"));
    }
    if (banding.band() == Band.PRIORITY && suitableRefusal) {
      out.add(OfferConsequence.PRIORITY_BAND_ENDS);
      why.add("PRIORITY_BAND_ENDS", "Refusing a suitable offer ends the Priority band.", Cite.scheme(policy, "Priority band"));
    }
    return Decision.of(List.copyOf(out), offer.offeredOn(), policy, why.list());
  }
}
