package uk.gov.worcester.housing.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.rules.homelessness.Assessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

/**
 * Assessing a typical household for homelessness duties, reasons and citations included (target:
 * under 2 microseconds on one core). Reading and writing a household's JSON is measured beside
 * plain Jackson in {@link JsonReadWriteBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class AssessmentBenchmark {
  private final LocalDate day = LocalDate.of(2024, 5, 1);
  private final Approach family = ApproachSamples.familyServedSection21(day);
  private final Approach teenager = ApproachSamples.seventeenYearOldAskedToLeave(day);
  private final HomelessnessAssessment rules = HomelessnessAssessment.worcester();

  /** The whole assessment with the law and policy already chosen. */
  @Benchmark
  public Assessment assessFamily() {
    return HomelessnessAssessment.assess(family, day, HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021,
        LocalHomelessnessPolicy.WORCESTER);
  }

  /** The same, choosing the law version and policy by date and returning a Validation. */
  @Benchmark
  public Object assessFamilyWithVersionLookup() {
    return rules.assess(family, day);
  }

  @Benchmark
  public Assessment assessSeventeenYearOld() {
    return HomelessnessAssessment.assess(teenager, day, HomelessnessLaw.DOMESTIC_ABUSE_ACT_2021,
        LocalHomelessnessPolicy.WORCESTER);
  }
}
