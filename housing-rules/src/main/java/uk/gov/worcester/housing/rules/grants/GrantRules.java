package uk.gov.worcester.housing.rules.grants;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.grants.ApplicantGroup;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantScheme;
import uk.gov.worcester.housing.core.grants.OrganisationType;
import uk.gov.worcester.housing.core.grants.Project;
import uk.gov.worcester.housing.core.grants.ProjectCost;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Assesses grant applications under each scheme's policy: eligibility (who applies, for what,
 * for whose benefit, by when), the value of the match, and the award, pound for pound against the
 * match and never above the request, the cap per project or what is left in the fund. The policy
 * is the version in force on the as-at date or, for a bid to a named round, that round's version.
 * The same application, date, policy and fund always give the same assessment.
 */
public final class GrantRules {
  private static final GrantRules WORCESTER = new GrantRules(GrantPolicy.OUR_HAPPY_PLACE, GrantPolicy.COMMUNITY_GRANTS);

  private final PolicyTimeline<GrantPolicy> ourHappyPlace;
  private final PolicyTimeline<GrantPolicy> communityGrants;

  private GrantRules(PolicyTimeline<GrantPolicy> ourHappyPlace, PolicyTimeline<GrantPolicy> communityGrants) {
    this.ourHappyPlace = ourHappyPlace;
    this.communityGrants = communityGrants;
  }

  /** Worcester City Council's schemes. */
  public static GrantRules worcester() {
    return WORCESTER;
  }

  /** Another council's schemes, or changed versions. */
  public static GrantRules of(PolicyTimeline<GrantPolicy> ourHappyPlace, PolicyTimeline<GrantPolicy> communityGrants) {
    return new GrantRules(Objects.requireNonNull(ourHappyPlace), Objects.requireNonNull(communityGrants));
  }

  /** The versions of a scheme's policy. */
  public PolicyTimeline<GrantPolicy> timeline(GrantScheme scheme) {
    return scheme == GrantScheme.OUR_HAPPY_PLACE ? ourHappyPlace : communityGrants;
  }

  /**
   * The policy for {@code application} as at {@code asAt}: the round it names (a problem at
   * {@code /round} if no version has that name), else the version of its scheme in force; a
   * problem at {@code /receivedOn} if that version ended before the application was received.
   */
  public Validation<Seq<Problem>, GrantPolicy> policyFor(GrantApplication application, LocalDate asAt) {
    PolicyTimeline<GrantPolicy> versions = timeline(application.scheme());
    if (application.round().isPresent()) {
      String round = application.round().get();
      Validation<Seq<Problem>, GrantPolicy> named = versions.versions().find(p -> p.version().equals(round)).fold(
          () -> Validated.invalid(Problem.at("round", GrantProblems.UNKNOWN_ROUND,
              "no version of the community grants policy has this name")),
          Validation::valid);
      return named.flatMap(p -> ended(p, application));
    }
    return versions.requireInForceOn(asAt, Path.of("asAt")).flatMap(p -> ended(p, application));
  }

  /** The version, or {@code NO_POLICY_IN_FORCE} at {@code /receivedOn} if it ended before the application came. */
  private static Validation<Seq<Problem>, GrantPolicy> ended(GrantPolicy p, GrantApplication application) {
    return p.lastDay().filter(d -> application.receivedOn().isAfter(d)).<Validation<Seq<Problem>, GrantPolicy>>map(
        d -> Validated.invalid(Problem.at("receivedOn", PolicyTimeline.NO_POLICY_IN_FORCE,
            "the scheme's last version ended on " + d + ", before the application was received")))
        .orElseGet(() -> Validation.valid(p));
  }

  /**
   * Assesses {@code application} as at {@code asAt} with {@code fundLeft} still unspent in the
   * fund; problems if no policy applies or the application was received after {@code asAt}.
   */
  public Validation<Seq<Problem>, GrantAssessment> assess(GrantApplication application, LocalDate asAt,
      Money fundLeft) {
    if (application.receivedOn().isAfter(asAt)) {
      return Validated.invalid(Problem.at("receivedOn", ProblemCodes.FUTURE_DATE,
          "the application was received after the date it is assessed as at"));
    }
    return policyFor(application, asAt).map(p -> assess(application, asAt, p, fundLeft));
  }

  /** Assesses {@code application} under {@code policy}, with {@code fundLeft} still unspent in the fund. */
  public static GrantAssessment assess(GrantApplication application, LocalDate asAt, GrantPolicy policy,
      Money fundLeft) {
    ValuedMatch match = MatchValuation.value(application.match(), policy.match());
    Decision<Eligibility> eligibility = eligibility(application, match, asAt, policy);
    Reasons matchWhy = new Reasons();
    matchWhy.add("MATCH_VALUED", "The group's match that counts is valued at " + match.total() + ", earning up to "
        + match.grantItEarns() + " of grant.", Sources.scheme(policy, "match"));
    for (ValuedLine line : match.lines()) {
      if (line.code().equals("KIND_NOT_COUNTED")) {
        matchWhy.add("KIND_NOT_COUNTED", "Match line " + line.index() + " (" + line.kind()
            + ") is not a kind of match this scheme counts.", Sources.scheme(policy, "match"));
      } else if (line.code().equals("NO_EVIDENCE")) {
        matchWhy.add("NO_EVIDENCE", "Match line " + line.index() + " is a donation with no evidence of its value, so "
            + "it does not count.", Sources.scheme(policy, "match"));
      }
    }
    Award award = eligibility.outcome() == Eligibility.ELIGIBLE
        ? AwardRule.calculate(application.requested(), policy.perProjectCap(), match.grantItEarns(), fundLeft, policy)
        : AwardRule.none();
    return GrantAssessment.builder().reference(application.reference()).eligibility(eligibility)
        .match(Decision.of(match, asAt, policy, matchWhy.list()))
        .award(Decision.of(award, asAt, policy, awardReasons(award, application, policy, fundLeft).list()))
        .build();
  }

  private static String tierList(GrantPolicy policy) {
    return String.join(", ", policy.tiers().stream().map(t -> t.code() + " " + t.minimum() + " to " + t.maximum())
        .toList());
  }

  private static Reasons awardReasons(Award award, GrantApplication application, GrantPolicy policy, Money fundLeft) {
    Reasons why = new Reasons();
    return switch (award.limitedBy()) {
      case REQUEST -> why.add("AWARD_AS_REQUESTED", "The award is the " + application.requested() + " asked for, "
          + "which the match covers.", Sources.scheme(policy, "award"));
      case PROJECT_CAP -> why.add("AWARD_AT_PROJECT_CAP", "The award is the scheme's most for one project, "
          + policy.perProjectCap() + ".", Sources.scheme(policy, "cap per project"));
      case MATCH -> why.add("AWARD_LIMITED_BY_MATCH", "The award is matched pound for pound by the group's "
          + "contribution, so it is " + award.amount() + ".", Sources.scheme(policy, "match"));
      case NO_TIER -> why.add("AWARD_OUTSIDE_TIERS", "The amount the rules allow falls in none of the scheme's "
          + "tiers (" + tierList(policy) + "), so no award is made.", Sources.scheme(policy, "tiers"));
      case FUND -> why.add("AWARD_LIMITED_BY_FUND", "Only " + Money.max(fundLeft, Money.ZERO) + " is left in the "
          + "fund.", Sources.scheme(policy, "fund"));
      case NOT_ELIGIBLE -> why.add("NO_AWARD", "The application is not eligible, so there is no award.",
          Sources.scheme(policy, "eligibility"));
    };
  }

  /** Every eligibility rule of {@code policy}, each failure a reason. */
  static Decision<Eligibility> eligibility(GrantApplication application, ValuedMatch match, LocalDate asAt,
      GrantPolicy policy) {
    Reasons why = new Reasons();
    ApplicantGroup group = application.group();
    Project project = application.project();
    if (application.scheme() != policy.scheme()) {
      why.add("WRONG_SCHEME", "The application is to another scheme than this policy's.",
          Sources.scheme(policy, "scheme"));
    }
    if (group.type() == OrganisationType.INDIVIDUAL) {
      why.add("INDIVIDUAL_NOT_ELIGIBLE", "Grants are for groups, not individuals: form a group with terms of "
          + "reference and apply as the group.", Sources.scheme(policy, "eligible applicants"));
    } else if (!policy.eligibleTypes().contains(group.type())) {
      why.add("TYPE_NOT_ELIGIBLE", "The scheme is for " + policy.eligibleTypes().stream().map(Enum::name).sorted()
          .toList() + " applicants.", Sources.scheme(policy, "eligible applicants"));
    }
    if (policy.termsOfReferenceRequired() && !group.hasTermsOfReference()) {
      why.add("NO_TERMS_OF_REFERENCE", "The group must have terms of reference.",
          Sources.scheme(policy, "eligible applicants"));
    }
    policy.minimumMemberAge().ifPresent(min -> {
      if (group.youngestMemberAge().isEmpty()) {
        why.add("MEMBER_AGES_NOT_GIVEN", "Every member must be " + min + " or over, and the group has not said the "
            + "age of its youngest member.", Sources.scheme(policy, "eligible applicants"));
      } else if (group.youngestMemberAge().get() < min) {
        why.add("MEMBER_UNDER_MINIMUM_AGE", "Every member of the group must be " + min + " or over.",
            Sources.scheme(policy, "eligible applicants"));
      }
    });
    for (Ward w : project.wards()) {
      boolean ours = w.authority().equals(policy.authority());
      if (!ours || (!policy.wards().isEmpty() && !policy.wards().contains(w))) {
        why.add("WARD_NOT_IN_SCHEME", "The project names a ward whose residents the scheme does not serve ("
            + w.code() + "); it serves " + (policy.wards().isEmpty() ? policy.authority().name()
            : policy.wards().stream().map(Ward::code).toList()) + ".", Sources.scheme(policy, "wards"));
      }
    }
    if (policy.identifiedNeedRequired() && project.identifiedNeed().isEmpty()) {
      why.add("NO_IDENTIFIED_NEED", "The project must respond to an identified local need, and none is stated.",
          Sources.scheme(policy, "eligible projects"));
    }
    policy.completeBy().filter(last -> project.endsOn().isAfter(last)).ifPresent(last ->
        why.add("COMPLETES_TOO_LATE", "The project must be completed by " + last + ".",
            Sources.scheme(policy, "eligible projects")));
    policy.applicationWindow().filter(w -> !w.contains(application.receivedOn())).ifPresent(w ->
        why.add("OUTSIDE_APPLICATION_WINDOW", "Applications are received from " + w.start() + " to "
            + w.end().map(Object::toString).orElse("the round's end") + ".", Sources.scheme(policy, "call for bids")));
    if (policy.coreCostsExcluded() && !project.costs().isEmpty()) {
      Money projectCosts = project.costs().stream().filter(c -> !c.category().isCoreCost()).map(ProjectCost::amount)
          .reduce(Money.ZERO, Money::plus);
      if (application.requested().isGreaterThan(projectCosts)) {
        why.add("CORE_COSTS_NOT_FUNDED", "The request is more than the project's own costs (" + projectCosts
            + "), so it would pay core costs such as salaries, rent or utilities, which the scheme does not fund.",
            Sources.scheme(policy, "eligible costs"));
      }
    }
    if (policy.matchMustCoverRequest() && match.grantItEarns().isLessThan(application.requested())) {
      why.add("MATCH_BELOW_REQUEST", "The match must at least equal the request; it is valued at " + match.total()
          + ".", Sources.scheme(policy, "match"));
    }
    if (!why.isEmpty()) {
      return Decision.of(Eligibility.NOT_ELIGIBLE, asAt, policy, why.list());
    }
    why.add("ELIGIBLE", "The group, the project and the match meet every eligibility rule of the scheme.",
        Sources.scheme(policy, "eligibility"));
    return Decision.of(Eligibility.ELIGIBLE, asAt, policy, why.list());
  }
}
