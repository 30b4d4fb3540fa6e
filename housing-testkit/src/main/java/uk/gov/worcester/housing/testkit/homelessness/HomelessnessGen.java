package uk.gov.worcester.housing.testkit.homelessness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.homelessness.AbuseFacts;
import uk.gov.worcester.housing.core.homelessness.AbuseKind;
import uk.gov.worcester.housing.core.homelessness.AccommodationProvider;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.ContactSource;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.EventType;
import uk.gov.worcester.housing.core.homelessness.HousingSituation;
import uk.gov.worcester.housing.core.homelessness.IntentionalityFinding;
import uk.gov.worcester.housing.core.homelessness.LossReason;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.core.homelessness.EarlierPrivateRentedOffer;
import uk.gov.worcester.housing.core.homelessness.ExistingObligations;
import uk.gov.worcester.housing.core.homelessness.Offer;
import uk.gov.worcester.housing.core.homelessness.CircumstanceChange;
import uk.gov.worcester.housing.core.homelessness.TenancyTerm;
import uk.gov.worcester.housing.core.homelessness.OfferKind;
import uk.gov.worcester.housing.core.homelessness.ImmutablePlacement;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.PlanStep;
import uk.gov.worcester.housing.core.homelessness.ReferralBody;
import uk.gov.worcester.housing.core.homelessness.ReviewOutcome;
import uk.gov.worcester.housing.core.homelessness.ReviewableDecision;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;
import uk.gov.worcester.housing.core.homelessness.TenancyNotice;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityGround;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityJudgement;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.testkit.common.CommonGen;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

/**
 * QuickTheories generators for the homelessness domain: approaches with every kind of housing
 * situation, abuse, emergency, judgement and finding; case records as random walks of events
 * (some lawful, many not, for properties of the workflow); and street contacts.
 */
public final class HomelessnessGen {
  private HomelessnessGen() {}

  /** Any approach, applied for on the household's recording date. */
  public static Gen<Approach> approaches() {
    return HouseholdGen.households().flatMap(HomelessnessGen::approachesFor);
  }

  /** Approaches for a given household. */
  public static Gen<Approach> approachesFor(Household h) {
    return rs -> {
      LocalDate applied = h.recordedOn();
      var situation = HousingSituation.builder()
          .hasAccommodation(!h.currentHome().tenure().isWithoutAccommodation() && chance(rs, 4, 3))
          .canSecureEntry(chance(rs, 10, 9))
          .availableToWholeHousehold(chance(rs, 10, 9))
          .reasonableToContinueToOccupy(chance(rs, 10, 8));
      if (chance(rs, 3, 1)) {
        situation.likelyLossDate(applied.plusDays(Generate.range(-10, 120).generate(rs)));
      }
      if (chance(rs, 3, 1)) {
        NoticeKind kind = Generate.enumValues(NoticeKind.class).generate(rs);
        LocalDate given = applied.minusDays(Generate.range(0, 60).generate(rs));
        situation.notice(TenancyNotice.builder().kind(kind).givenOn(given)
            .expiresOn(given.plusDays(Generate.range(0, 120).generate(rs))).valid(chance(rs, 10, 9)).build());
      }
      var b = Approach.builder()
          .caseId(CaseId.of("HL-" + Generate.range(1, 999_999).generate(rs)))
          .appliedOn(applied)
          .household(h)
          .situation(situation.build())
          .emergency(chance(rs, 20, 1))
          .childrenActSection20DutyOwed(chance(rs, 5, 1))
          .lossReason(Generate.enumValues(LossReason.class).generate(rs))
          .referredBy(Generate.enumValues(ReferralBody.class).generate(rs));
      if (chance(rs, 8, 1)) {
        b.earlierPrivateRentedOffer(EarlierPrivateRentedOffer.builder()
            .earlierCase(CaseId.of("HL-" + Generate.range(1, 999_999).generate(rs)))
            .acceptedOn(applied.minusDays(Generate.range(0, 1000).generate(rs)))
            .precedingApplicationWasRepeat(chance(rs, 5, 1))
            .madeBy(chance(rs, 3, 2) ? Optional.of(CommonGen.authorities().generate(rs)) : Optional.empty()).build());
      }
      if (chance(rs, 5, 1)) {
        b.abuse(AbuseFacts.builder().kind(Generate.enumValues(AbuseKind.class).generate(rs))
            .probableIfTheyStay(chance(rs, 4, 3)).homelessBecauseOfIt(chance(rs, 4, 3))
            .areasOfRisk(chance(rs, 2, 1) ? List.of(CommonGen.authorities().generate(rs)) : List.of()).build());
      }
      if (chance(rs, 3, 2)) {
        b.intentionality(IntentionalityFinding.builder().deliberateActOrOmission(chance(rs, 4, 1))
            .causedLossOfAccommodation(chance(rs, 2, 1)).accommodationWasAvailableAndReasonable(chance(rs, 2, 1))
            .goodFaithUnawareOfRelevantFact(chance(rs, 5, 1)).collusion(chance(rs, 30, 1)).build());
      }
      h.members().forEach(p -> {
        if (chance(rs, 4, 1)) {
          b.addVulnerabilityJudgements(VulnerabilityJudgement.of(p.id(),
              Generate.enumValues(VulnerabilityGround.class).generate(rs), chance(rs, 2, 1), applied));
        }
      });
      if (chance(rs, 10, 1)) {
        b.priorPlacement(uk.gov.worcester.housing.core.homelessness.PriorPlacement.of(
            CommonGen.authorities().generate(rs), applied.minusYears(Generate.range(0, 7).generate(rs))));
      }
      return b.build();
    };
  }

  /**
   * Case records as random walks: each event of a random kind, on a day at or after the one
   * before, with random details. Most walks break the law somewhere; the workflow must refuse
   * them at the first unlawful event and accept the lawful ones.
   */
  public static Gen<CaseRecord> caseRecords() {
    return approaches().flatMap(a -> rs -> {
      int n = Generate.range(0, 12).generate(rs);
      List<CaseEvent> events = new ArrayList<>(n);
      LocalDate day = a.appliedOn();
      for (int i = 0; i < n; i++) {
        day = day.plusDays(Generate.range(0, 40).generate(rs));
        events.add(event(rs, day));
      }
      return CaseRecord.of(a, events);
    });
  }

  /** Any single event, of every type, on a generated day. */
  public static Gen<CaseEvent> events() {
    return CommonGen.dates().flatMap(day -> rs -> event(rs, day));
  }

  /** Tenancy terms: fixed terms of 1 to 24 months, periodic and lifetime tenancies. */
  public static Gen<TenancyTerm> terms() {
    return rs -> switch (Generate.range(0, 3).generate(rs)) {
      case 0 -> TenancyTerm.periodic();
      case 1 -> TenancyTerm.lifetime();
      default -> TenancyTerm.fixedTerm(Generate.range(1, 24).generate(rs));
    };
  }

  private static CaseEvent event(RandomnessSource rs, LocalDate on) {
    EventType type = Generate.enumValues(EventType.class).generate(rs);
    DutyKind duty = Generate.enumValues(DutyKind.class).generate(rs);
    return switch (type) {
      case PREVENTION_DUTY_ACCEPTED -> new CaseEvent.PreventionDutyAccepted(on);
      case RELIEF_DUTY_ACCEPTED -> new CaseEvent.ReliefDutyAccepted(on);
      case INTERIM_ACCOMMODATION_PROVIDED -> new CaseEvent.InterimAccommodationProvided(on);
      case PLAN_AGREED -> new CaseEvent.PlanAgreed(on, List.of(new PlanStep("Look for private rented homes weekly",
          true, chance(rs, 2, 1))), true);
      case OFFER_MADE -> {
        OfferKind kind = Generate.enumValues(OfferKind.class).generate(rs);
        yield new CaseEvent.OfferMade(on, new Offer(kind, terms().generate(rs), chance(rs, 3, 2), chance(rs, 4, 3),
            Generate.enumValues(ExistingObligations.class).generate(rs)));
      }
      case DUTY_ENDED -> {
        DutyEndReason reason = Generate.enumValues(DutyEndReason.class).generate(rs);
        yield new CaseEvent.DutyEnded(on, chance(rs, 5, 4) ? reason.duty() : duty, reason,
            chance(rs, 5, 4) ? Optional.of(on) : Optional.empty());
      }
      case MAIN_DUTY_DECIDED -> new CaseEvent.MainDutyDecided(on, Generate.enumValues(MainDutyOutcome.class)
          .generate(rs));
      case RELEVANT_WARNING_GIVEN -> new CaseEvent.RelevantWarningGiven(on, duty);
      case NON_COOPERATION_NOTICE_GIVEN -> new CaseEvent.NonCooperationNoticeGiven(on, duty, chance(rs, 4, 3));
      case REFERRAL_MADE -> new CaseEvent.ReferralMade(on, CommonGen.authorities().generate(rs));
      case REVIEW_REQUESTED -> new CaseEvent.ReviewRequested(on, Generate.enumValues(ReviewableDecision.class)
          .generate(rs), on.minusDays(Generate.range(0, 30).generate(rs)), chance(rs, 5, 1));
      case REVIEW_DECIDED -> new CaseEvent.ReviewDecided(on, Generate.enumValues(ReviewableDecision.class)
          .generate(rs), Generate.enumValues(ReviewOutcome.class).generate(rs));
      case PLACEMENT_STARTED -> new CaseEvent.PlacementStarted(on, withSuitabilityFacts(rs, Placement.builder()
          .reference("TA-" + Generate.range(1, 5).generate(rs))
          .type(Generate.enumValues(TemporaryAccommodationType.class).generate(rs))
          .district(chance(rs, 4, 3) ? LocalAuthority.WORCESTER : CommonGen.authorities().generate(rs))
          .stay(DateRange.from(on)).underDuty(duty)).build());
      case PLACEMENT_ENDED -> new CaseEvent.PlacementEnded(on, "TA-" + Generate.range(1, 5).generate(rs));
      case CIRCUMSTANCES_CHANGED -> new CaseEvent.CircumstancesChanged(on, chance(rs, 2, 1)
          ? new CircumstanceChange.MemberLeft(PersonId.of("P-" + Generate.range(1, 4).generate(rs)))
          : new CircumstanceChange.VulnerabilityJudged(VulnerabilityJudgement.of(PersonId.of("P-1"),
              Generate.enumValues(VulnerabilityGround.class).generate(rs), chance(rs, 2, 1), on)));
    };
  }

  /**
   * Every kind of event, with lawful-looking details, on one day: each duty accepted, each ending
   * with its notice, each main duty outcome, warnings and notices for both duties, a plan with a
   * mandatory step, every kind of offer with its consequences explained, the council satisfied it
   * is suitable and the applicant able to end their existing obligations in time, a placement under each
   * duty, reviews of every decision. A guided walk tries them in random order and keeps the first
   * the workflow accepts, so that it reaches deep into the lifecycle.
   */
  public static List<CaseEvent> candidatesOn(LocalDate on, int placementNumber) {
    List<CaseEvent> out = new ArrayList<>();
    out.add(new CaseEvent.PreventionDutyAccepted(on));
    out.add(new CaseEvent.ReliefDutyAccepted(on));
    out.add(new CaseEvent.InterimAccommodationProvided(on));
    out.add(new CaseEvent.PlanAgreed(on, List.of(new PlanStep("Attend the tenancy course", true, true)), true));
    for (OfferKind kind : OfferKind.values()) {
      out.add(new CaseEvent.OfferMade(on, new Offer(kind, TenancyTerm.fixedTerm(12), true, true,
          ExistingObligations.CAN_END_IN_TIME)));
    }
    for (DutyEndReason reason : DutyEndReason.values()) {
      out.add(new CaseEvent.DutyEnded(on, reason.duty(), reason, Optional.of(on)));
    }
    for (MainDutyOutcome outcome : MainDutyOutcome.values()) {
      out.add(new CaseEvent.MainDutyDecided(on, outcome));
    }
    out.add(new CaseEvent.CircumstancesChanged(on, new CircumstanceChange.VulnerabilityJudged(
        VulnerabilityJudgement.of(PersonId.of("P-1"), VulnerabilityGround.OTHER_SPECIAL_REASON, true, on))));
    out.add(new CaseEvent.CircumstancesChanged(on, new CircumstanceChange.MemberLeft(PersonId.of("P-2"))));
    for (DutyKind duty : List.of(DutyKind.PREVENTION, DutyKind.RELIEF)) {
      out.add(new CaseEvent.RelevantWarningGiven(on, duty));
      out.add(new CaseEvent.NonCooperationNoticeGiven(on, duty, true));
    }
    for (DutyKind duty : DutyKind.values()) {
      AccommodationProvider[] providers = AccommodationProvider.values();
      out.add(new CaseEvent.PlacementStarted(on, Placement.builder().reference("TA-" + placementNumber)
          .type(TemporaryAccommodationType.values()[placementNumber % TemporaryAccommodationType.values().length])
          .provider(placementNumber % 3 == 0 ? Optional.empty()
              : Optional.of(providers[placementNumber % providers.length]))
          .selfContained(placementNumber % 4 == 1 ? Optional.of(false) : Optional.empty())
          .district(LocalAuthority.WORCESTER).stay(DateRange.from(on)).underDuty(duty).build()));
    }
    for (int i = 0; i <= placementNumber; i++) {
      out.add(new CaseEvent.PlacementEnded(on, "TA-" + i));
    }
    for (ReviewableDecision d : ReviewableDecision.values()) {
      out.add(new CaseEvent.ReviewRequested(on, d, on.minusDays(5), false));
      out.add(new CaseEvent.ReviewDecided(on, d, ReviewOutcome.UPHELD));
    }
    return out;
  }

  /**
   * Guided walks: each step moves on 0 to 45 days and appends, of every kind of event on that day
   * ({@link #candidatesOn}), the first in a random order that {@code lawful} accepts. Pass the
   * workflow's replay (from housing-rules) as {@code lawful}; the walks then reach far into the
   * lifecycle, where random walks stop at their first unlawful event.
   */
  public static Gen<CaseRecord> guidedWalks(java.util.function.Predicate<CaseRecord> lawful) {
    return approaches().flatMap(a -> rs -> {
      List<CaseEvent> events = new ArrayList<>();
      LocalDate day = a.appliedOn();
      int placements = 0;
      int steps = Generate.range(1, 14).generate(rs);
      for (int i = 0; i < steps; i++) {
        day = day.plusDays(Generate.range(0, 45).generate(rs));
        List<CaseEvent> candidates = new ArrayList<>(candidatesOn(day, placements));
        if (Generate.range(1, 5).generate(rs) > 1) {
          candidates.removeIf(e -> e.type().name().startsWith("REVIEW"));
        }
        java.util.Collections.shuffle(candidates, new java.util.Random(Generate.longRange(0, Long.MAX_VALUE)
            .generate(rs)));
        for (CaseEvent e : candidates) {
          events.add(e);
          if (lawful.test(CaseRecord.of(a, events))) {
            if (e.type() == EventType.PLACEMENT_STARTED) {
              placements++;
            }
            break;
          }
          events.remove(events.size() - 1);
        }
      }
      return CaseRecord.of(a, events);
    });
  }

  /** Street contacts over a few weeks for a handful of people. */
  public static Gen<List<StreetContact>> streetContacts(LocalDate from) {
    return rs -> {
      int n = Generate.range(0, 40).generate(rs);
      List<StreetContact> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(StreetContact.builder().person(StreetPersonId.of("RS-" + Generate.range(1, 8).generate(rs)))
            .night(from.plusDays(Generate.range(0, 30).generate(rs)))
            .site(Generate.enumValues(SleepingSite.class).generate(rs))
            .source(Generate.enumValues(ContactSource.class).generate(rs))
            .offerMade(chance(rs, 4, 1)).build());
      }
      return out;
    };
  }

  /**
   * The Suitability Order's facts (SI 2003/3326 art.2), each left unstated half the time so that
   * both recorded facts and the H-CLIC type's assumptions are exercised.
   */
  private static ImmutablePlacement.Builder withSuitabilityFacts(RandomnessSource rs, ImmutablePlacement.Builder b) {
    if (chance(rs, 2, 1)) {
      b.selfContained(chance(rs, 2, 1));
    }
    if (chance(rs, 2, 1)) {
      b.provider(Generate.enumValues(AccommodationProvider.class).generate(rs));
    }
    if (chance(rs, 4, 1)) {
      b.sharedFacilities(false);
    }
    return b;
  }

  private static boolean chance(RandomnessSource rs, int outOf, int hits) {
    return Generate.range(1, outOf).generate(rs) <= hits;
  }
}
