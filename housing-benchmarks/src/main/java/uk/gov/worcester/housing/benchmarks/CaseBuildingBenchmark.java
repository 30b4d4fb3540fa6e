package uk.gov.worcester.housing.benchmarks;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

/**
 * Building a case one event at a time ({@link CaseWorkflow#apply}, as a case management system
 * records each event when it happens) against replaying the whole record once
 * ({@link CaseWorkflow#replay}). A survivor of domestic abuse in relief is moved between
 * placements every day, so a case of {@code events} events is mostly placement moves. When
 * {@code apply} replayed the history, building a 491-event case cost 190 times one replay; it now
 * continues from the case's state, so one event costs a fraction of a replay. That fraction still
 * grows with the case (each {@code apply} copies the case's lists), so building a case from
 * nothing grows faster than its length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class CaseBuildingBenchmark {
  @Param({"61", "491"})
  public int events;

  private final CaseWorkflow flow = CaseWorkflow.worcester();
  private CaseRecord record;
  private HomelessnessCase allButLast;
  private CaseEvent last;

  /** Builds the record once and checks that it is lawful, so every benchmark does the whole work. */
  @Setup
  public void record() {
    LocalDate d = LocalDate.of(2024, 4, 2);
    Approach approach = ApproachSamples.domesticAbuseSurvivor(d);
    List<CaseEvent> list = new ArrayList<>();
    list.add(new CaseEvent.ReliefDutyAccepted(d));
    list.add(new CaseEvent.InterimAccommodationProvided(d));
    list.add(new CaseEvent.PlacementStarted(d, placement("TA-0", d)));
    for (int k = 1; list.size() + 2 <= events; k++) {
      LocalDate on = d.plusDays(k);
      list.add(new CaseEvent.PlacementEnded(on, "TA-" + (k - 1)));
      list.add(new CaseEvent.PlacementStarted(on, placement("TA-" + k, on)));
    }
    record = CaseRecord.of(approach, list);
    allButLast = flow.replay(CaseRecord.of(approach, list.subList(0, list.size() - 1))).get();
    last = list.get(list.size() - 1);
    if (list.size() != events || flow.replay(record).isInvalid() || oneAtATime().isInvalid()) {
      throw new IllegalStateException("the benchmark's case is not lawful at " + events + " events");
    }
  }

  private static Placement placement(String reference, LocalDate on) {
    return Placement.builder().reference(reference).type(TemporaryAccommodationType.NIGHTLY_PAID_SELF_CONTAINED)
        .district(LocalAuthority.WORCESTER).stay(DateRange.from(on)).underDuty(DutyKind.INTERIM_ACCOMMODATION).build();
  }

  /** The whole record replayed once. */
  @Benchmark
  public Object replay() {
    return flow.replay(record);
  }

  /** The last event applied to the case of all the others: what recording one event costs. */
  @Benchmark
  public Object applyLast() {
    return flow.apply(allButLast, last);
  }

  /** The case built from its approach, one event at a time. */
  @Benchmark
  public Object applyOneAtATime() {
    return oneAtATime();
  }

  private Validation<Seq<Problem>, HomelessnessCase> oneAtATime() {
    Validation<Seq<Problem>, HomelessnessCase> built = flow.open(record.approach());
    for (CaseEvent e : record.events()) {
      built = built.flatMap(c -> flow.apply(c, e));
    }
    return built;
  }
}
