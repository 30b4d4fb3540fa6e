package uk.gov.worcester.housing.core.welfare;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/** Both welfare schemes' records, as a report reads them; either may be empty. */
@Value.Immutable
@HousingStyle
public abstract class WelfareRecords {
  /** The DWAS record. */
  @Value.Default
  public DwasRecord dwas() {
    return DwasRecord.builder().build();
  }

  /** The DHP record. */
  @Value.Default
  public DhpRecord dhp() {
    return DhpRecord.empty();
  }

  /** Records from both. */
  public static WelfareRecords of(DwasRecord dwas, DhpRecord dhp) {
    return ImmutableWelfareRecords.builder().dwas(dwas).dhp(dhp).build();
  }

  /**
   * These records and {@code other}'s together, each scheme's entries in date order (agencies
   * merged by reference). Problems (an {@link uk.gov.worcester.housing.core.common.InvalidValueException})
   * when both hold the same application.
   */
  public WelfareRecords merge(WelfareRecords other) {
    java.util.List<DwasEntry> dwasEntries = new java.util.ArrayList<>(dwas().entries());
    dwasEntries.addAll(other.dwas().entries());
    dwasEntries.sort(java.util.Comparator.comparing(DwasEntry::decidedOn));
    java.util.Map<AgencyId, RegisteredAgency> agencies = new java.util.LinkedHashMap<>();
    dwas().agencies().forEach(a -> agencies.put(a.id(), a));
    other.dwas().agencies().forEach(a -> agencies.putIfAbsent(a.id(), a));
    java.util.List<DhpEntry> dhpEntries = new java.util.ArrayList<>(dhp().entries());
    dhpEntries.addAll(other.dhp().entries());
    dhpEntries.sort(java.util.Comparator.comparing(DhpEntry::decidedOn));
    return of(DwasRecord.builder().agencies(agencies.values()).entries(dwasEntries).build(),
        DhpRecord.builder().entries(dhpEntries).build());
  }

  public static ImmutableWelfareRecords.Builder builder() {
    return ImmutableWelfareRecords.builder();
  }
}
