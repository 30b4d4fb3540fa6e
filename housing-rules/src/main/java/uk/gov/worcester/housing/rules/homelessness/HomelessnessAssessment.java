package uk.gov.worcester.housing.rules.homelessness;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * Assesses an approach as at a date: picks the law version in force on the application date and
 * the local policy in force on the as-at date, then applies each rule. The same approach and date
 * always give the same assessment.
 */
public final class HomelessnessAssessment {
  private final PolicyTimeline<HomelessnessLaw> law;
  private final PolicyTimeline<LocalHomelessnessPolicy> policy;

  private HomelessnessAssessment(PolicyTimeline<HomelessnessLaw> law, PolicyTimeline<LocalHomelessnessPolicy> policy) {
    this.law = law;
    this.policy = policy;
  }

  /** English law with Worcester's local policy. */
  public static HomelessnessAssessment worcester() {
    return WORCESTER;
  }

  private static final HomelessnessAssessment WORCESTER =
      new HomelessnessAssessment(HomelessnessLaw.ENGLAND, LocalHomelessnessPolicy.WORCESTER_TIMELINE);

  /** Another council's policy, or a changed law. */
  public static HomelessnessAssessment of(PolicyTimeline<HomelessnessLaw> law,
      PolicyTimeline<LocalHomelessnessPolicy> policy) {
    return new HomelessnessAssessment(law, policy);
  }

  /** The local policy's versions. */
  public PolicyTimeline<LocalHomelessnessPolicy> policies() {
    return policy;
  }

  /** The law version for an application made on {@code appliedOn}. */
  public Validation<Seq<Problem>, HomelessnessLaw> lawFor(LocalDate appliedOn) {
    return law.requireInForceOn(appliedOn, Path.of("appliedOn"));
  }

  /**
   * The local policy that governs {@code date}: the version in force, or, for a date before the
   * first version took effect (a case that began under an older policy not loaded), the earliest.
   */
  public LocalHomelessnessPolicy policyFor(LocalDate date) {
    return policy.inForceOn(date).getOrElse(() -> policy.versions().head());
  }

  /** The local policy in force on {@code asAt}. */
  public Validation<Seq<Problem>, LocalHomelessnessPolicy> policyOn(LocalDate asAt) {
    return policy.requireInForceOn(asAt, Path.of("asAt"));
  }

  /**
   * The assessment, or a problem if no law or policy version covers the dates (an application
   * before 3 April 2018, say, which this library does not model) or the as-at date is before the
   * application.
   */
  public Validation<Seq<Problem>, Assessment> assess(Approach approach, LocalDate asAt) {
    if (asAt.isBefore(approach.appliedOn())) {
      return uk.gov.worcester.housing.core.common.Validated.invalid(Problem.at("asAt", "BEFORE_APPLICATION",
          "an assessment cannot be made as at a date before the application"));
    }
    return Validation.combine(lawFor(approach.appliedOn()), policyOn(asAt))
        .ap((l, p) -> assess(approach, asAt, l, p))
        .mapError(errors -> errors.flatMap(e -> e));
  }

  /** The assessment under explicit versions. */
  public static Assessment assess(Approach approach, LocalDate asAt, HomelessnessLaw law,
      LocalHomelessnessPolicy policy) {
    Decision<HomelessStatus> homeless = HomelessStatusRule.assess(approach, asAt, law);
    Decision<Eligibility> first = EligibilityRule.assess(approach, asAt, law);
    Decision<PriorityNeed> need = PriorityNeedRule.assess(approach, asAt, law, policy, first.outcome());
    Decision<Eligibility> eligibility = EligibilityRule.restrictedCaseTested(first, approach, asAt, law, policy,
        homeless.outcome(), need.outcome());
    Decision<Intentionality> intentional = IntentionalityRule.assess(approach, asAt, law);
    Decision<LocalConnection> connection = LocalConnectionRule.assess(approach, asAt, law, policy);
    Decision<Referral> referral = ReferralRule.assess(approach, asAt, law, policy, connection.outcome());
    Decision<RepeatApplication> repeat = RepeatApplicationRule.assess(approach, asAt, law, eligibility.outcome());
    Decision<DutiesOwed> duties = InitialDutyRule.assess(asAt, law, homeless.outcome(), eligibility.outcome().status(),
        need.outcome().status(), intentional.outcome(), repeat.outcome(),
        RepeatApplicationRule.treatedAsHomeless(approach, asAt, law));
    return Assessment.builder().caseId(approach.caseId()).asAt(asAt).lawVersion(law.version())
        .homelessness(homeless).eligibility(eligibility).priorityNeed(need).intentionality(intentional)
        .localConnection(connection).referral(referral).repeatApplication(repeat).duties(duties).build();
  }
}
