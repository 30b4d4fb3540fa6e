package uk.gov.worcester.housing.rules.lettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.ON;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.POLICY;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.lettings.AdvertId;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.Band;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.BidPlacer;
import uk.gov.worcester.housing.core.lettings.LettingOffer;
import uk.gov.worcester.housing.core.lettings.OfferResponse;
import uk.gov.worcester.housing.testkit.lettings.LettingsSamples;

class OffersAndBiddingTest {
  static final ApplicationId APP = ApplicationId.of("HCP-1");
  static final AdvertId ADVERT = AdvertId.of("ADV-1");
  static final HomelessnessStanding MAIN = HomelessnessStanding.of(List.of(Fixtures.duty(DutyKind.MAIN, ON.minusDays(20))));

  static Banding banding(Band band) {
    return ImmutableBanding.builder().band(band).bandDate(ON).criterion("X").awardStartedOn(ON).preferences(Set.of())
        .localConnection(true).build();
  }

  static LettingOffer offer(OfferResponse response, boolean suitable, boolean explained) {
    return offer(response, suitable, explained, ExistingObligations.CAN_END_IN_TIME);
  }

  static LettingOffer offer(OfferResponse response, boolean suitable, boolean explained,
      ExistingObligations obligations) {
    return LettingOffer.builder().application(APP).advert(ADVERT).offeredOn(ON).response(response).suitable(suitable)
        .statedFinal(true).consequencesExplained(explained).existingObligations(obligations).build();
  }

  /** s.193(7), (7A): only an offer stated in writing to be a final offer ends the duty on refusal. */
  @Test
  void s193_7A_aSuitableExplainedOfferNotStatedToBeFinalEndsNoDutyOnRefusal() {
    LettingOffer ordinary = LettingOffer.builder().from(offer(OfferResponse.REFUSED, true, true)).statedFinal(false)
        .build();
    var main = OfferRule.assess(ordinary, banding(Band.PRIORITY), MAIN, POLICY);
    assertEquals(List.of(OfferConsequence.DUTY_CONTINUES, OfferConsequence.PRIORITY_BAND_ENDS), main.outcome());
    assertEquals("s.193(7A)", main.reasons().get(0).citation().provision());
    HomelessnessStanding relief = HomelessnessStanding.of(List.of(Fixtures.duty(DutyKind.RELIEF, ON.minusDays(20))));
    assertEquals("s.193A(5)(b)", OfferRule.assess(ordinary, banding(Band.GOLD), relief, POLICY).reasons().get(0)
        .citation().provision());
    assertFalse(LettingOffer.builder().application(APP).advert(ADVERT).offeredOn(ON).response(OfferResponse.REFUSED)
        .build().statedFinal(), "not stated when not recorded");
  }

  /**
   * s.193C(6)(b): a household owed the accommodation duty after a non-co-operation notice who
   * refuses a suitable final Part 6 offer, told the consequences, is owed it no longer; before, the
   * rule said no duty was owed at all. Accepting one is not an ending (6) names.
   */
  @Test
  void s193C_6_b_aFinalPartSixOfferEndsTheDutyOwedAfterANonCooperationNotice() {
    HomelessnessStanding owed = HomelessnessStanding.of(List.of(Fixtures.duty(DutyKind.NON_COOPERATION_ACCOMMODATION,
        ON.minusDays(30))));
    var refused = OfferRule.assess(offer(OfferResponse.REFUSED, true, true), banding(Band.GOLD), owed, POLICY);
    assertEquals(List.of(OfferConsequence.NON_COOPERATION_DUTY_ENDS), refused.outcome());
    assertEquals("s.193C(6)(b)", refused.reasons().get(0).citation().provision());
    assertEquals(List.of(OfferConsequence.LETTING_MADE),
        OfferRule.assess(offer(OfferResponse.ACCEPTED, true, true), banding(Band.GOLD), owed, POLICY).outcome());
    assertEquals(List.of(OfferConsequence.DUTY_CONTINUES),
        OfferRule.assess(offer(OfferResponse.REFUSED, false, true), banding(Band.GOLD), owed, POLICY).outcome(),
        "not found suitable: the duty goes on, it does not lapse");
  }

  @Test
  void section193_6_cAcceptingAPartSixOfferEndsTheMainDuty() {
    assertEquals(List.of(OfferConsequence.LETTING_MADE, OfferConsequence.MAIN_DUTY_ENDS_ON_ACCEPTANCE),
        OfferRule.assess(offer(OfferResponse.ACCEPTED, true, false), banding(Band.PRIORITY), MAIN, POLICY).outcome());
  }

  @Test
  void section193_7RefusingASuitableExplainedFinalOfferEndsTheDutyAndThePriorityBand() {
    assertEquals(List.of(OfferConsequence.MAIN_DUTY_ENDS_ON_REFUSAL, OfferConsequence.PRIORITY_BAND_ENDS),
        OfferRule.assess(offer(OfferResponse.REFUSED, true, true), banding(Band.PRIORITY), MAIN, POLICY).outcome());
    assertEquals(List.of(OfferConsequence.DUTY_CONTINUES),
        OfferRule.assess(offer(OfferResponse.NO_RESPONSE, true, false), banding(Band.PRIORITY), MAIN, POLICY).outcome());
    assertEquals(List.of(OfferConsequence.DUTY_CONTINUES),
        OfferRule.assess(offer(OfferResponse.REFUSED, false, true), banding(Band.PRIORITY), MAIN, POLICY).outcome());
  }

  @Test
  void s193_7F_8_aFinalPartSixOfferTheApplicantCannotTakeUpInTimeLeavesTheDutyAsTheCaseWorkflowDoes() {
    for (ExistingObligations barred : List.of(ExistingObligations.CANNOT_END_IN_TIME,
        ExistingObligations.NOT_CONSIDERED)) {
      var main = OfferRule.assess(offer(OfferResponse.REFUSED, true, true, barred), banding(Band.GOLD), MAIN, POLICY);
      assertEquals(List.of(OfferConsequence.DUTY_CONTINUES), main.outcome(), barred.name());
      assertEquals("s.193(7F)-(8)", main.reasons().get(0).citation().provision());
      HomelessnessStanding relief = HomelessnessStanding.of(List.of(Fixtures.duty(DutyKind.RELIEF, ON.minusDays(20))));
      var during = OfferRule.assess(offer(OfferResponse.REFUSED, true, true, barred), banding(Band.GOLD), relief,
          POLICY);
      assertEquals(List.of(OfferConsequence.DUTY_CONTINUES), during.outcome(), barred.name());
      assertEquals("s.193A(6)-(7)", during.reasons().get(0).citation().provision());
    }
  }

  @Test
  void s193_7F_anOfferWhoseSuitabilityWasNotRecordedEndsNoDutyOnRefusal() {
    LettingOffer unrecorded = LettingOffer.builder().application(APP).advert(ADVERT).offeredOn(ON)
        .response(OfferResponse.REFUSED).consequencesExplained(true)
        .existingObligations(ExistingObligations.CAN_END_IN_TIME).build();
    assertFalse(unrecorded.suitable(), "a missing finding of suitability is not one");
    assertEquals(List.of(OfferConsequence.DUTY_CONTINUES),
        OfferRule.assess(unrecorded, banding(Band.PRIORITY), MAIN, POLICY).outcome());
  }

  @Test
  void section193ARefusingAFinalPartSixOfferDuringReliefMeansTheMainDutyWillNotArise() {
    HomelessnessStanding relief = HomelessnessStanding.of(List.of(Fixtures.duty(DutyKind.RELIEF, ON.minusDays(20))));
    assertEquals(List.of(OfferConsequence.MAIN_DUTY_WILL_NOT_ARISE),
        OfferRule.assess(offer(OfferResponse.REFUSED, true, true), banding(Band.GOLD), relief, POLICY).outcome());
    assertEquals(List.of(OfferConsequence.OFFER_LAPSES), OfferRule.assess(offer(OfferResponse.REFUSED, true, true),
        banding(Band.GOLD), HomelessnessStanding.none(), POLICY).outcome());
  }

  @Test
  void priorityBandApplicantsMustBidAndOfficersBidAfterTwoWeeks() {
    Banding p = banding(Band.PRIORITY);
    assertEquals(PriorityBidding.GRACE_PERIOD, PriorityBiddingRule.assess(p, List.of(), ON.plusDays(13), POLICY).outcome());
    assertEquals(PriorityBidding.OFFICER_TO_BID, PriorityBiddingRule.assess(p, List.of(), ON.plusDays(14), POLICY).outcome());
    List<Bid> bids = List.of(Bid.of(APP, ADVERT, ON.plusDays(3)));
    assertEquals(PriorityBidding.BIDDING, PriorityBiddingRule.assess(p, bids, ON.plusDays(20), POLICY).outcome());
    List<Bid> officer = List.of(Bid.builder().application(APP).advert(ADVERT).placedOn(ON.plusDays(3))
        .placedBy(BidPlacer.OFFICER).build());
    assertEquals(PriorityBidding.OFFICER_TO_BID, PriorityBiddingRule.assess(p, officer, ON.plusDays(20), POLICY).outcome());
    assertEquals(PriorityBidding.NOT_PRIORITY, PriorityBiddingRule.assess(banding(Band.GOLD), List.of(), ON, POLICY).outcome());
  }

  @Test
  void schemePriorityBandTheTwoWeeksRunFromTheLaterOfTheDutyAndTheRegistrationOrBandDate() {
    Banding accepted = ImmutableBanding.builder().band(Band.PRIORITY).bandDate(ON).criterion("X")
        .awardStartedOn(ON.minusDays(30)).preferences(Set.of()).localConnection(true).build();
    assertEquals(PriorityBidding.GRACE_PERIOD, PriorityBiddingRule.assess(accepted, List.of(), ON.plusDays(13), POLICY).outcome(),
        "the duty was accepted a month before the household joined the register");
    assertEquals(PriorityBidding.OFFICER_TO_BID, PriorityBiddingRule.assess(accepted, List.of(), ON.plusDays(14), POLICY)
        .outcome());
    assertEquals(PriorityBidding.BIDDING, PriorityBiddingRule.assess(accepted, List.of(Bid.of(APP, ADVERT, ON.plusDays(2))),
        ON.plusDays(20), POLICY).outcome());
  }

  @Test
  void schemeBronzeBandNoClosureBeforeThe2015Scheme() {
    Banding bronze = banding(Band.BRONZE);
    assertEquals(0, LettingsPolicy.HCP_2013.bronzeClosureMonths());
    assertEquals(false, BronzeClosureRule.assess(bronze, List.of(), ON.plusMonths(30), LettingsPolicy.HCP_2013).outcome());
    assertTrue(LettingsPolicy.HCP_2013.sources().get("weeklyBidLimit").unconfirmed());
    assertTrue(LettingsPolicy.HCP_2013.sources().get("residenceYears").unconfirmed());
    assertFalse(LettingsPolicy.HCP_V1_12.sources().get("weeklyBidLimit").unconfirmed());
    assertEquals(12, LettingsPolicy.HCP_V1_12.bronzeClosureMonths());
  }

  @Test
  void schemeSilverPlusAndSilverCriteriaAndLengthsAreMarkedUnconfirmed() {
    assertTrue(POLICY.sources().get("needCriteria").unconfirmed());
    assertTrue(POLICY.sources().get("needCriteria").note().orElse("").contains("Silver Plus and Silver"));
    assertTrue(POLICY.sources().get("lackingOneOrTwoBedrooms").unconfirmed());
    assertTrue(POLICY.sources().get("lackingThreeOrMoreBedrooms").unconfirmed());
  }

  @Test
  void aBronzeApplicationWithNoBidForAYearIsClosed() {
    Banding bronze = banding(Band.BRONZE);
    assertEquals(false, BronzeClosureRule.assess(bronze, List.of(), ON.plusMonths(12).minusDays(1), POLICY).outcome());
    assertEquals(true, BronzeClosureRule.assess(bronze, List.of(), ON.plusMonths(12), POLICY).outcome());
    List<Bid> bid = List.of(Bid.of(APP, ADVERT, ON.plusMonths(6)));
    assertEquals(false, BronzeClosureRule.assess(bronze, bid, ON.plusMonths(12), POLICY).outcome());
    assertEquals(false, BronzeClosureRule.assess(banding(Band.GOLD), List.of(), ON.plusYears(3), POLICY).outcome());
  }

  @Test
  void lettingsMadeFeedTheStrategyFigures() {
    List<Letting> lettings = List.of(
        Letting.of(LettingsSamples.threeBedroomHouse(ON), APP, ON.plusDays(10), Band.PRIORITY, true),
        Letting.of(LettingsSamples.twoBedroomFlat(ON), ApplicationId.of("HCP-2"), ON.plusDays(12), Band.GOLD, false),
        Letting.of(LettingsSamples.olderPersonsBungalow(ON), ApplicationId.of("HCP-3"), ON.plusYears(1), Band.GOLD, false));
    LettingsFigures f = LettingsFigures.of(lettings, DateRange.of(ON, ON.plusMonths(3)));
    assertEquals(2, f.lettings());
    assertEquals(1, f.toHomelessHouseholds());
    assertEquals(Integer.valueOf(1), f.byBand().get(Band.GOLD));
    assertEquals(Integer.valueOf(1), f.byBedrooms().get(3));
    assertEquals(Integer.valueOf(2), f.byDistrict().get("E07000237"));
  }
}
