package uk.gov.worcester.housing.testkit.homelessness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.homelessness.AccommodationProvider;
import uk.gov.worcester.housing.core.homelessness.Approach;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseId;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.MainDutyOutcome;
import uk.gov.worcester.housing.core.homelessness.Placement;
import uk.gov.worcester.housing.core.homelessness.TemporaryAccommodationType;

/**
 * A council's case load of any size, made lazily and deterministically: case {@code i} is one of
 * five lawful stories (a family served a section 21 notice who become homeless and are placed in
 * bed and breakfast; a 17 year old in a hostel; a domestic abuse survivor moved between placements;
 * a rough sleeper whose relief ends at 56 days with no priority need; a sofa surfer in relief),
 * applied for on a day that moves through {@code days} days from {@code from}. The family's bed and
 * breakfast and the young person's hostel state the Suitability Order's facts (SI 2003/3326 art.2:
 * not self-contained, privately run and run by a voluntary organisation); the survivor's
 * placements leave them to the H-CLIC type's assumptions. For scale tests and
 * benchmarks: a hundred thousand cases cost one at a time, never all at once.
 */
public final class CaseLoadSamples {
  private CaseLoadSamples() {}

  /** The five stories. */
  public static final int STORIES = 5;

  /** Case {@code i} of a load applied for from {@code from} over {@code days} days. */
  public static CaseRecord caseRecord(int i, LocalDate from, int days) {
    LocalDate d = from.plusDays(Math.floorMod(i * 7919L, Math.max(1, days)));
    CaseId id = CaseId.of("HL-S-" + String.format("%07d", i));
    return switch (Math.floorMod(i, STORIES)) {
      case 0 -> family(with(ApproachSamples.familyServedSection21(d), id), d);
      case 1 -> youngPerson(with(ApproachSamples.seventeenYearOldAskedToLeave(d), id), d);
      case 2 -> survivor(with(ApproachSamples.domesticAbuseSurvivor(d), id), d);
      case 3 -> roughSleeper(with(ApproachSamples.roughSleeper(d), id), d);
      default -> CaseRecord.of(with(ApproachSamples.sofaSurfer(d), id), List.of(new CaseEvent.ReliefDutyAccepted(d)));
    };
  }

  /** Cases {@code 0} to {@code n - 1}, made as the stream is read. */
  public static Stream<CaseRecord> caseRecords(int n, LocalDate from, int days) {
    return IntStream.range(0, n).mapToObj(i -> caseRecord(i, from, days));
  }

  /** As {@link #caseRecords}, each case made into something else as it is read (a replayed case, a JSON line). */
  public static <T> Stream<T> caseLoad(int n, LocalDate from, int days, Function<CaseRecord, T> make) {
    return caseRecords(n, from, days).map(make);
  }

  private static Approach with(Approach a, CaseId id) {
    return Approach.builder().from(a).caseId(id).build();
  }

  private static Placement placement(String reference, TemporaryAccommodationType type, LocalAuthority district,
      LocalDate on, DutyKind duty) {
    return Placement.builder().reference(reference).type(type).district(district).stay(DateRange.from(on))
        .underDuty(duty).build();
  }

  private static CaseRecord family(Approach a, LocalDate d) {
    LocalDate homeless = d.plusDays(41);
    return CaseRecord.of(a, List.of(
        new CaseEvent.PreventionDutyAccepted(d),
        new CaseEvent.DutyEnded(homeless, DutyKind.PREVENTION, DutyEndReason.PREVENTION_BECAME_HOMELESS,
            Optional.of(homeless)),
        new CaseEvent.ReliefDutyAccepted(homeless),
        new CaseEvent.InterimAccommodationProvided(homeless),
        new CaseEvent.PlacementStarted(homeless, Placement.builder().from(placement("BB-1",
            TemporaryAccommodationType.BED_AND_BREAKFAST, LocalAuthority.WYCHAVON, homeless,
            DutyKind.INTERIM_ACCOMMODATION)).selfContained(false).provider(AccommodationProvider.PRIVATE).build()),
        new CaseEvent.MainDutyDecided(homeless.plusDays(56), MainDutyOutcome.MAIN_DUTY_OWED)));
  }

  private static CaseRecord youngPerson(Approach a, LocalDate d) {
    return CaseRecord.of(a, List.of(
        new CaseEvent.ReliefDutyAccepted(d),
        new CaseEvent.InterimAccommodationProvided(d),
        new CaseEvent.PlacementStarted(d, Placement.builder().from(placement("H-1", TemporaryAccommodationType.HOSTEL,
            LocalAuthority.WORCESTER, d, DutyKind.INTERIM_ACCOMMODATION)).selfContained(false)
            .provider(AccommodationProvider.VOLUNTARY_ORGANISATION).build()),
        new CaseEvent.PlacementEnded(d.plusDays(30), "H-1")));
  }

  private static CaseRecord survivor(Approach a, LocalDate d) {
    List<CaseEvent> events = new ArrayList<>();
    events.add(new CaseEvent.ReliefDutyAccepted(d));
    events.add(new CaseEvent.InterimAccommodationProvided(d));
    for (int k = 0; k < 3; k++) {
      LocalDate on = d.plusDays(10L * k);
      if (k > 0) {
        events.add(new CaseEvent.PlacementEnded(on, "TA-" + (k - 1)));
      }
      events.add(new CaseEvent.PlacementStarted(on, placement("TA-" + k, k % 2 == 0
          ? TemporaryAccommodationType.BED_AND_BREAKFAST : TemporaryAccommodationType.NIGHTLY_PAID_SELF_CONTAINED,
          LocalAuthority.WORCESTER, on, DutyKind.INTERIM_ACCOMMODATION)));
    }
    return CaseRecord.of(a, events);
  }

  private static CaseRecord roughSleeper(Approach a, LocalDate d) {
    LocalDate end = d.plusDays(56);
    return CaseRecord.of(a, List.of(
        new CaseEvent.ReliefDutyAccepted(d),
        new CaseEvent.DutyEnded(end, DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED, Optional.of(end))));
  }
}
