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

/** Every decided Discretionary Housing Payment claim, in the order decided: the pot's memory. */
@Value.Immutable
@HousingStyle
public abstract class DhpRecord {
  /** Every decided claim, in the order decided. */
  public abstract List<DhpEntry> entries();

  /** A record with no claims. */
  public static DhpRecord empty() {
    return ImmutableDhpRecord.builder().build();
  }

  /** This record with one more decided claim. */
  public DhpRecord with(DhpEntry entry) {
    return ImmutableDhpRecord.builder().from(this).addEntries(entry).build();
  }

  /** The entry for a claim, if decided. */
  public Optional<DhpEntry> entry(ApplicationId id) {
    return entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** This record with an entry replaced by a later state of itself (a review). */
  public DhpRecord replacing(DhpEntry entry) {
    return ImmutableDhpRecord.builder().from(this)
        .entries(entries().stream().map(e -> e.id().equals(entry.id()) ? entry : e).toList()).build();
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start().require(entries().size() <= DwasRecord.MAX_ENTRIES, "entries",
        ProblemCodes.TOO_MANY, "a record holds at most " + DwasRecord.MAX_ENTRIES + " entries");
    Set<ApplicationId> ids = new HashSet<>();
    for (int i = 0; i < entries().size(); i++) {
      DhpEntry e = entries().get(i);
      checks.require(ids.add(e.application().id()), Path.of("entries").index(i).field("application").field("id"),
          ProblemCodes.DUPLICATE, "a claim is recorded once")
          .require(i == 0 || !e.decidedOn().isBefore(entries().get(i - 1).decidedOn()),
              Path.of("entries").index(i).field("decidedOn"), ProblemCodes.INCONSISTENT,
              "entries are recorded in the order decided");
    }
    checks.throwIfAny();
  }

  public static ImmutableDhpRecord.Builder builder() {
    return ImmutableDhpRecord.builder();
  }
}
