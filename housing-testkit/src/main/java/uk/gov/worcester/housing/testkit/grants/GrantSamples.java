package uk.gov.worcester.housing.testkit.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.grants.ApplicantGroup;
import uk.gov.worcester.housing.core.grants.CityPlanTheme;
import uk.gov.worcester.housing.core.grants.ContributionKind;
import uk.gov.worcester.housing.core.grants.CostCategory;
import uk.gov.worcester.housing.core.grants.CriterionScore;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantEvent;
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

/** Realistic community grant applications and grants for tests and examples; groups and names are invented. */
public final class GrantSamples {
  private GrantSamples() {}

  /** The Gorse Hill Residents' Group: 14 members, the youngest 15, with terms of reference. */
  public static ApplicantGroup gorseHillResidents() {
    return ApplicantGroup.builder().reference(GroupReference.of("GRP-0417")).name("Gorse Hill Residents' Group")
        .type(OrganisationType.COMMUNITY_GROUP).hasTermsOfReference(true).members(14).youngestMemberAge(15).build();
  }

  /**
   * The Gorse Hill Residents' Group asks Our Happy Place for £2,000 for a community garden on the
   * green, matched by 12 volunteers giving 150 hours: at £11.09 an hour that is £1,663.50 of
   * match, so the award is £1,663.50, pound for pound.
   */
  public static GrantApplication gorseHillGarden() {
    return GrantApplication.builder().reference(GrantReference.of("OHP-2016-007")).scheme(GrantScheme.OUR_HAPPY_PLACE)
        .receivedOn(LocalDate.of(2016, 9, 12)).group(gorseHillResidents())
        .project(Project.builder().summary("A community garden and seating on the Gorse Hill green")
            .addWards(Ward.GORSE_HILL)
            .identifiedNeed("Residents' survey 2016: no safe green space for children or older people nearby")
            .startsOn(LocalDate.of(2016, 10, 1)).endsOn(LocalDate.of(2017, 6, 30)).expectedBeneficiaries(120)
            .addCosts(ProjectCost.of(CostCategory.EQUIPMENT_AND_MATERIALS, Money.ofPounds(1_800)),
                ProjectCost.of(CostCategory.PUBLICITY, Money.ofPounds(200)))
            .addThemes(CityPlanTheme.STRONGER_AND_CONNECTED_COMMUNITIES).build())
        .requested(Money.ofPounds(2_000))
        .addMatch(new MatchContribution.VolunteerTime(12, new BigDecimal("150"), SkillLevel.GENERAL))
        .build();
  }

  /** The garden's grant: awarded, paid, and its monitoring return received on time. */
  public static GrantRecord gorseHillGardenGrant() {
    return GrantRecord.of(gorseHillGarden(), List.of(
        new GrantEvent.Awarded(LocalDate.of(2016, 10, 20), Money.of("1663.50")),
        new GrantEvent.Paid(LocalDate.of(2016, 11, 1), Money.of("1663.50")),
        new GrantEvent.MonitoringReturned(LocalDate.of(2017, 7, 20), MonitoringReturn.builder().delivered(true)
            .spent(Money.of("1663.50")).volunteers(14).volunteerHours(new BigDecimal("182.5")).peopleBenefitted(140)
            .outcomes("Garden opened in May; weekly gardening club").build())));
  }

  /**
   * The Warndon Wombles, a litter-picking group, ask for £900 for equipment, matched by 40 hours
   * of general volunteering (£443.60), a joiner's 14 hours (£300) and donated skips valued at £250
   * on a supplier's letter.
   */
  public static GrantApplication warndonLitterPick() {
    return GrantApplication.builder().reference(GrantReference.of("OHP-2016-011")).scheme(GrantScheme.OUR_HAPPY_PLACE)
        .receivedOn(LocalDate.of(2016, 10, 3))
        .group(ApplicantGroup.builder().reference(GroupReference.of("GRP-0502")).name("Warndon Wombles")
            .type(OrganisationType.VOLUNTARY_ORGANISATION).hasTermsOfReference(true).members(9).youngestMemberAge(13)
            .build())
        .project(Project.builder().summary("Litter picks and a tool library for Warndon")
            .addWards(Ward.WARNDON, Ward.GORSE_HILL).identifiedNeed("Fly-tipping reports up by a third in 2015/16")
            .startsOn(LocalDate.of(2016, 11, 1)).endsOn(LocalDate.of(2017, 8, 31)).expectedBeneficiaries(800)
            .build())
        .requested(Money.ofPounds(900))
        .addMatch(new MatchContribution.VolunteerTime(8, new BigDecimal("40"), SkillLevel.GENERAL),
            new MatchContribution.Expertise(new BigDecimal("14"), SkillLevel.SKILLED),
            new MatchContribution.Donation(ContributionKind.DONATED_SERVICES, Money.ofPounds(250),
                Optional.of("Supplier's letter of 28 Sep 2016")))
        .build();
  }

  /** A person applying alone for Our Happy Place: not eligible, as grants are for groups. */
  public static GrantApplication individualApplicant() {
    GrantApplication a = gorseHillGarden();
    return GrantApplication.builder().from(a).reference(GrantReference.of("OHP-2016-013"))
        .group(ApplicantGroup.builder().from(a.group()).reference(GroupReference.of("GRP-0999")).name("Pat Jones")
            .type(OrganisationType.INDIVIDUAL).hasTermsOfReference(false).members(1).build())
        .build();
  }

  /**
   * A bid to the 2024/25 general round from a group in {@code ward}, asking for {@code requested}
   * with as much cash match, received on 15 October 2023.
   */
  public static GrantApplication roundBid(String reference, String groupName, Ward ward, Money requested) {
    return GrantApplication.builder().reference(GrantReference.of(reference))
        .scheme(GrantScheme.COMMUNITY_GRANT_ROUND).round("WORCESTER-COMMUNITY-GRANTS/2024-25")
        .receivedOn(LocalDate.of(2023, 10, 15))
        .group(ApplicantGroup.builder().reference(GroupReference.of("GRP-" + reference)).name(groupName)
            .type(OrganisationType.CHARITY).registrationNumber("1170123").hasTermsOfReference(true)
            .members(20).build())
        .project(Project.builder().summary("Activities for " + ward.name()).addWards(ward)
            .identifiedNeed("Ward profile 2023").startsOn(LocalDate.of(2024, 1, 15)).endsOn(LocalDate.of(2024, 12, 31))
            .expectedBeneficiaries(60).addCosts(ProjectCost.of(CostCategory.ACTIVITIES, requested))
            .addThemes(CityPlanTheme.HEALTHY_AND_ACTIVE_CITY).build())
        .requested(requested).addMatch(new MatchContribution.Cash(requested)).build();
  }

  /** Officers' scores for every published criterion of the Worcester rounds, {@code each} points apiece (capped at each maximum). */
  public static List<CriterionScore> scores(int themePoints, int otherPoints) {
    return List.of(new CriterionScore("STRONGER_COMMUNITIES", themePoints),
        new CriterionScore("PROSPEROUS_CITY", themePoints), new CriterionScore("HEALTHY_AND_ACTIVE", themePoints),
        new CriterionScore("HERITAGE_AND_CULTURE", themePoints), new CriterionScore("BEAUTIFUL_CITY", themePoints),
        new CriterionScore("LOCAL_NEED", otherPoints), new CriterionScore("MEASURABLE_OUTCOMES", otherPoints),
        new CriterionScore("DELIVERABILITY", otherPoints), new CriterionScore("VALUE_FOR_MONEY", otherPoints));
  }
}
