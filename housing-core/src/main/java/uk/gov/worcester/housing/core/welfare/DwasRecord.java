package uk.gov.worcester.housing.core.welfare;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The Discretionary Welfare Assistance Scheme's record: the agencies registered to refer, and
 * every decided application in the order decided. Limits over rolling periods, the budget and
 * duplicate checks are worked out from it, so the record is the scheme's whole memory.
 */
@Value.Immutable
@HousingStyle
public abstract class DwasRecord {
  /** The most entries one record holds. */
  public static final int MAX_ENTRIES = 100_000;

  /** The registered agencies. */
  public abstract List<RegisteredAgency> agencies();

  /** Every decided application, in the order decided (dates never go backwards). */
  public abstract List<DwasEntry> entries();

  /** A record with no applications yet. */
  public static DwasRecord of(List<RegisteredAgency> agencies) {
    return ImmutableDwasRecord.builder().agencies(agencies).build();
  }

  /** The entry of an application, if decided. */
  public Optional<DwasEntry> entry(ApplicationId id) {
    return entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The agency with this reference, if registered at any time. */
  public Optional<RegisteredAgency> agency(AgencyId id) {
    return agencies().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** This record with one more decided application. */
  public DwasRecord with(DwasEntry entry) {
    return ImmutableDwasRecord.builder().from(this).addEntries(entry).build();
  }

  /** This record with an entry replaced by a later state of itself (a review, a fulfilment). */
  public DwasRecord replacing(DwasEntry entry) {
    return ImmutableDwasRecord.builder().from(this)
        .entries(entries().stream().map(e -> e.id().equals(entry.id()) ? entry : e).toList()).build();
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start().require(entries().size() <= MAX_ENTRIES, "entries", ProblemCodes.TOO_MANY,
        "a record holds at most " + MAX_ENTRIES + " entries");
    Set<ApplicationId> ids = new HashSet<>();
    for (int i = 0; i < entries().size(); i++) {
      DwasEntry e = entries().get(i);
      checks.require(ids.add(e.id()), Path.of("entries").index(i).field("application").field("id"),
          ProblemCodes.DUPLICATE, "an application is recorded once")
          .require(i == 0 || !e.decidedOn().isBefore(entries().get(i - 1).decidedOn()),
              Path.of("entries").index(i).field("decidedOn"), ProblemCodes.INCONSISTENT,
              "entries are recorded in the order decided");
    }
    Set<AgencyId> agencyIds = new HashSet<>();
    for (int i = 0; i < agencies().size(); i++) {
      checks.require(agencyIds.add(agencies().get(i).id()), Path.of("agencies").index(i).field("id"),
          ProblemCodes.DUPLICATE, "an agency is registered once");
    }
    checks.throwIfAny();
  }

  public static ImmutableDwasRecord.Builder builder() {
    return ImmutableDwasRecord.builder();
  }
}
