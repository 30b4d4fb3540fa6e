package uk.gov.worcester.housing.testkit.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.grants.ApplicantGroup;
import uk.gov.worcester.housing.core.grants.CityPlanTheme;
import uk.gov.worcester.housing.core.grants.ContributionKind;
import uk.gov.worcester.housing.core.grants.CostCategory;
import uk.gov.worcester.housing.core.grants.CriterionScore;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.core.grants.GrantEventType;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.core.grants.GrantReference;
import uk.gov.worcester.housing.core.grants.GrantScheme;
import uk.gov.worcester.housing.core.grants.GroupReference;
import uk.gov.worcester.housing.core.grants.MatchContribution;
import uk.gov.worcester.housing.core.grants.MonitoringReturn;
import uk.gov.worcester.housing.core.grants.OrganisationType;
import uk.gov.worcester.housing.core.grants.Project;
import uk.gov.worcester.housing.core.grants.ProjectCost;
import uk.gov.worcester.housing.core.grants.SkillLevel;
import uk.gov.worcester.housing.testkit.common.CommonGen;

/**
 * QuickTheories generators for the community grants domain: groups, match contributions of every
 * kind, applications to Our Happy Place (2016-17) and to the 2024/25 general round, monitoring
 * returns, and grant records as random walks of events (most unlawful somewhere) or as walks
 * guided by a lawfulness test (see {@link #guidedRecords}).
 */
public final class GrantsGen {
  private GrantsGen() {}

  /** The days Our Happy Place applications are generated on: its financial year. */
  public static final LocalDate OHP_FIRST = LocalDate.of(2016, 4, 1);
  /** The last such day. */
  public static final LocalDate OHP_LAST = LocalDate.of(2017, 3, 31);
  /** The 2024/25 round's call for bids opens. */
  public static final LocalDate ROUND_OPENS = LocalDate.of(2023, 9, 22);
  /** The 2024/25 round's call for bids closes. */
  public static final LocalDate ROUND_CLOSES = LocalDate.of(2023, 11, 10);
  /** The 2024/25 round's policy version. */
  public static final String ROUND_2024_25 = "WORCESTER-COMMUNITY-GRANTS/2024-25";

  /** Amounts from 1p to {@code maxPounds}, weighted to whole pounds. */
  public static Gen<Money> amounts(long maxPounds) {
    return Generate.longRange(1, maxPounds * 100).map(Money::ofPence)
        .mix(Generate.longRange(1, maxPounds).map(Money::ofPounds), 50);
  }

  /** Hours from 0.25 to 400, to the quarter or the hundredth. */
  public static Gen<BigDecimal> hours() {
    return Generate.longRange(1, 40_000).map(h -> BigDecimal.valueOf(h, 2))
        .mix(Generate.range(1, 1_600).map(q -> BigDecimal.valueOf(q * 25L, 2)), 50);
  }

  /** Groups of every kind, mostly eligible community, voluntary and charitable groups. */
  public static Gen<ApplicantGroup> groups() {
    return rs -> {
      OrganisationType type = chance(rs, 5, 4)
          ? Generate.pick(List.of(OrganisationType.COMMUNITY_GROUP, OrganisationType.VOLUNTARY_ORGANISATION,
              OrganisationType.CHARITY)).generate(rs)
          : Generate.enumValues(OrganisationType.class).generate(rs);
      var b = ApplicantGroup.builder().reference(GroupReference.of("GRP-" + Generate.range(1, 99_999).generate(rs)))
          .name(Generate.pick(List.of("Friends of Gheluvelt Park", "Rainbow Hill Tenants", "Warndon Wombles",
              "Gorse Hill Residents' Group", "St John's Lunch Club", "Ronkswood Allotment Society")).generate(rs))
          .type(type).hasTermsOfReference(chance(rs, 6, 5)).members(Generate.range(1, 200).generate(rs));
      if (chance(rs, 6, 5)) {
        b.youngestMemberAge(Generate.range(8, 80).generate(rs));
      }
      if (type == OrganisationType.CHARITY) {
        b.registrationNumber(String.valueOf(Generate.range(200_000, 1_199_999).generate(rs)));
      }
      return b.build();
    };
  }

  /** A match contribution of any kind, including donations without evidence. */
  public static Gen<MatchContribution> contributions() {
    return rs -> switch (Generate.enumValues(ContributionKind.class).generate(rs)) {
      case CASH -> new MatchContribution.Cash(amounts(3_000).generate(rs));
      case VOLUNTEER_TIME -> new MatchContribution.VolunteerTime(Generate.range(1, 40).generate(rs),
          hours().generate(rs), Generate.enumValues(SkillLevel.class).generate(rs));
      case EXPERTISE -> new MatchContribution.Expertise(hours().generate(rs),
          chance(rs, 2, 1) ? SkillLevel.SKILLED : SkillLevel.PROFESSIONAL);
      case DONATED_GOODS -> new MatchContribution.Donation(ContributionKind.DONATED_GOODS, amounts(2_000).generate(rs),
          chance(rs, 4, 3) ? Optional.of("Receipt " + Generate.range(1, 9_999).generate(rs)) : Optional.empty());
      case DONATED_SERVICES -> new MatchContribution.Donation(ContributionKind.DONATED_SERVICES,
          amounts(2_000).generate(rs), chance(rs, 4, 3) ? Optional.of("Donor's letter") : Optional.empty());
    };
  }

  /** Applications to Our Happy Place or the 2024/25 round, half each. */
  public static Gen<GrantApplication> applications() {
    return ourHappyPlaceApplications().mix(roundApplications(), 50);
  }

  /** Applications to Our Happy Place, received in 2016/17, mostly for its three wards. */
  public static Gen<GrantApplication> ourHappyPlaceApplications() {
    return rs -> {
      LocalDate received = CommonGen.dates(OHP_FIRST, OHP_LAST).generate(rs);
      List<Ward> wards = chance(rs, 6, 5) ? List.of(Ward.WARNDON, Ward.GORSE_HILL, Ward.RAINBOW_HILL)
          : Ward.worcesterWardsOn(received).toJavaList();
      return application(rs, GrantScheme.OUR_HAPPY_PLACE, Optional.empty(), received, wards);
    };
  }

  /** Bids to the 2024/25 general round, received during its call (a few after it). */
  public static Gen<GrantApplication> roundApplications() {
    return rs -> {
      LocalDate received = CommonGen.dates(ROUND_OPENS, ROUND_CLOSES.plusDays(chance(rs, 10, 1) ? 20 : 0))
          .generate(rs);
      return application(rs, GrantScheme.COMMUNITY_GRANT_ROUND, Optional.of(ROUND_2024_25), received,
          Ward.worcesterWardsOn(received).toJavaList());
    };
  }

  private static GrantApplication application(RandomnessSource rs, GrantScheme scheme, Optional<String> round,
      LocalDate received, List<Ward> wardChoice) {
    List<Ward> shuffled = new ArrayList<>(wardChoice);
    Collections.shuffle(shuffled, new Random(Generate.longRange(0, Long.MAX_VALUE).generate(rs)));
    List<Ward> wards = shuffled.subList(0, Generate.range(1, Math.min(3, shuffled.size())).generate(rs));
    LocalDate starts = received.plusDays(Generate.range(0, 90).generate(rs));
    Money requested = amounts(3_000).generate(rs);
    var project = Project.builder().summary("A project for " + wards.get(0).name()).wards(wards)
        .startsOn(starts).endsOn(starts.plusDays(Generate.range(0, 400).generate(rs)))
        .expectedBeneficiaries(Generate.range(0, 2_000).generate(rs));
    if (chance(rs, 6, 5)) {
      project.identifiedNeed("Residents' survey");
    }
    int costs = Generate.range(0, 4).generate(rs);
    for (int i = 0; i < costs; i++) {
      project.addCosts(ProjectCost.of(Generate.enumValues(CostCategory.class).generate(rs), amounts(2_500)
          .generate(rs)));
    }
    if (chance(rs, 2, 1)) {
      project.addThemes(Generate.enumValues(CityPlanTheme.class).generate(rs));
    }
    var b = GrantApplication.builder().reference(GrantReference.of("GR-" + Generate.range(1, 999_999).generate(rs)))
        .scheme(scheme).round(round).receivedOn(received).group(groups().generate(rs)).project(project.build())
        .requested(requested);
    int lines = Generate.range(0, 5).generate(rs);
    for (int i = 0; i < lines; i++) {
      b.addMatch(contributions().generate(rs));
    }
    return b.build();
  }

  /** Monitoring returns, delivered or not. */
  public static Gen<MonitoringReturn> monitoringReturns(Money maxSpent) {
    return rs -> {
      var b = MonitoringReturn.builder().delivered(chance(rs, 5, 4))
          .spent(Money.ofPence(Generate.longRange(0, maxSpent.pence()).generate(rs)))
          .volunteers(Generate.range(0, 60).generate(rs))
          .volunteerHours(BigDecimal.valueOf(Generate.longRange(0, 100_000).generate(rs), 2))
          .peopleBenefitted(Generate.range(0, 3_000).generate(rs));
      if (chance(rs, 2, 1)) {
        b.outcomes("Sessions ran weekly");
      }
      return b.build();
    };
  }

  /** Scores for the Worcester rounds' nine criteria, sometimes with a criterion missing or over its maximum. */
  public static Gen<List<CriterionScore>> scores() {
    return rs -> {
      List<CriterionScore> out = new ArrayList<>();
      for (String c : List.of("STRONGER_COMMUNITIES", "PROSPEROUS_CITY", "HEALTHY_AND_ACTIVE", "HERITAGE_AND_CULTURE",
          "BEAUTIFUL_CITY")) {
        out.add(new CriterionScore(c, Generate.range(0, chance(rs, 20, 1) ? 5 : 3).generate(rs)));
      }
      for (String c : List.of("LOCAL_NEED", "MEASURABLE_OUTCOMES", "DELIVERABILITY", "VALUE_FOR_MONEY")) {
        out.add(new CriterionScore(c, Generate.range(0, 5).generate(rs)));
      }
      if (chance(rs, 20, 1)) {
        out.remove(Generate.range(0, out.size() - 1).generate(rs).intValue());
      }
      return out;
    };
  }

  /**
   * Grant records as random walks: events of random kinds and amounts, on days at or after the
   * one before. Most break the scheme's rules somewhere.
   */
  public static Gen<GrantRecord> records() {
    return applications().flatMap(a -> rs -> {
      int n = Generate.range(0, 8).generate(rs);
      List<GrantEvent> events = new ArrayList<>(n);
      LocalDate day = a.receivedOn();
      for (int i = 0; i < n; i++) {
        day = day.plusDays(Generate.range(0, 60).generate(rs));
        events.add(candidates(rs, a, day).get(0));
      }
      return GrantRecord.of(a, events);
    });
  }

  /**
   * Grant records built one event at a time, each kept only if {@code lawful} accepts the record
   * with it (the workflow's replay, say): lawful walks through scoring, award, payments, the
   * monitoring return, underspends and clawbacks.
   */
  public static Gen<GrantRecord> guidedRecords(Predicate<GrantRecord> lawful) {
    return applications().flatMap(a -> rs -> {
      List<GrantEvent> events = new ArrayList<>();
      LocalDate day = a.receivedOn();
      int steps = Generate.range(1, 10).generate(rs);
      for (int i = 0; i < steps; i++) {
        day = day.plusDays(Generate.range(0, 120).generate(rs));
        List<GrantEvent> candidates = candidates(rs, a, day);
        if (chance(rs, 4, 3)) {
          candidates.sort(java.util.Comparator.comparing(e -> e.type() == GrantEventType.REFUSED
              || e.type() == GrantEventType.WITHDRAWN));
        }
        for (GrantEvent e : candidates) {
          events.add(e);
          if (lawful.test(GrantRecord.of(a, events))) {
            break;
          }
          events.remove(events.size() - 1);
        }
      }
      return GrantRecord.of(a, events);
    });
  }

  /** One candidate event of each kind on {@code day}, in random order, amounts drawn near the request. */
  private static List<GrantEvent> candidates(RandomnessSource rs, GrantApplication a, LocalDate day) {
    Money upTo = a.requested();
    List<GrantEvent> out = new ArrayList<>();
    for (GrantEventType t : GrantEventType.values()) {
      Money amount = Money.ofPence(Generate.longRange(1, Math.max(1, upTo.pence())).generate(rs));
      out.add(switch (t) {
        case SCORED -> new GrantEvent.Scored(day, scores().generate(rs));
        case AWARDED -> new GrantEvent.Awarded(day, chance(rs, 2, 1) ? amount : Money.ofPence(Math.max(1,
            amount.pence() / 4)));
        case REFUSED -> new GrantEvent.Refused(day);
        case WITHDRAWN -> new GrantEvent.Withdrawn(day);
        case PAID -> new GrantEvent.Paid(day, Money.ofPence(Math.max(1, amount.pence() / 5)));
        case MONITORING_RETURNED -> new GrantEvent.MonitoringReturned(day,
            monitoringReturns(Money.ofPence(amount.pence() / 4)).generate(rs));
        case UNDERSPENT -> new GrantEvent.Underspent(day, Money.ofPence(Math.max(1, amount.pence() / 20)));
        case CLAWED_BACK -> new GrantEvent.ClawedBack(day, Money.ofPence(Math.max(1, amount.pence() / 20)));
      });
    }
    Collections.shuffle(out, new Random(Generate.longRange(0, Long.MAX_VALUE).generate(rs)));
    return out;
  }

  /** Financial years from 2010/11 to 2030/31. */
  public static Gen<FinancialYear> financialYears() {
    return Generate.range(2010, 2030).map(FinancialYear::starting);
  }

  private static boolean chance(RandomnessSource rs, int outOf, int hits) {
    return Generate.range(1, outOf).generate(rs) <= hits;
  }
}
