package uk.gov.worcester.housing.examples.stories;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collection;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.ImmutableDistrictRecords;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.grants.GrantsJson;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.json.strategy.StrategyRecordsJson;

/**
 * Reads records documents of every domain into a {@link StrategyRecords} for the strategy
 * progress report. Records that name their authority (homelessness cases, lettings adverts, count
 * nights, affordable completions) go to it; the others go to the district the caller names.
 */
public final class StrategyReports {
  private StrategyReports() {}

  /**
   * One records document (its kind told by {@code kind}, empty for welfare records) as district
   * records, or its problems.
   */
  public static Validation<Seq<Problem>, java.util.List<DistrictRecords>> read(HousingJson json, JsonNode tree,
      java.util.Optional<String> kind, LocalAuthority district) {
    ImmutableDistrictRecords.Builder b = DistrictRecords.builder().authority(district);
    try {
      if (kind.isEmpty()) {
        return json.read(tree, WelfareRecords.class).map(w -> java.util.List.of(b.welfare(w).build()));
      }
      return switch (kind.get()) {
        case "CASE" -> json.read(tree, CaseRecord.class)
            .map(c -> java.util.List.of(DistrictRecords.builder().authority(c.approach().authority()).addCases(c)
                .build()));
        case "LETTINGS_ADVERT" -> json.read(tree, Advert.class)
            .map(a -> java.util.List.of(DistrictRecords.builder().authority(a.district()).addAdverts(a).build()));
        case "COUNT_NIGHTS" -> StrategyRecordsJson.COUNT_NIGHTS.read(tree).map(ns -> split(ns,
            n -> n.authority(), (x, n) -> x.addCountNights(n)));
        case "COMPLETIONS" -> StrategyRecordsJson.COMPLETIONS.read(tree).map(cs -> split(cs,
            c -> c.authority(), (x, c) -> x.addCompletions(c)));
        case "STREET_CONTACTS" -> HomelessnessJson.STREET_CONTACTS.read(tree)
            .map(s -> java.util.List.of(b.addAllStreetContacts(s).build()));
        case "LETTINGS_APPLICATION" -> json.read(tree, ApplicationRecord.class)
            .map(r -> java.util.List.of(b.addLettingsApplications(r).build()));
        case "GRANT_RECORDS" -> GrantsJson.RECORDS.read(tree).map(g -> java.util.List.of(b.addAllGrants(g).build()));
        case "HHSRS_INSPECTION" -> json.read(tree, Inspection.class)
            .map(i -> java.util.List.of(b.addInspections(i).build()));
        case "HAZARD_REMOVALS" -> StrategyRecordsJson.HAZARD_REMOVALS.read(tree)
            .map(h -> java.util.List.of(b.addAllHazardRemovals(h).build()));
        case "HMO_LICENCES_GRANTED" -> StrategyRecordsJson.LICENCE_GRANTS.read(tree)
            .map(l -> java.util.List.of(b.addAllLicencesGranted(l).build()));
        default -> Validation.invalid(List.of(Problem.of("WRONG_DOCUMENT",
            "this is not a records document the strategy report reads")));
      };
    } catch (InvalidValueException e) {
      return Validation.invalid(e.problems());
    }
  }

  private static <T> java.util.List<DistrictRecords> split(java.util.List<T> items,
      Function<T, LocalAuthority> authority, java.util.function.BiConsumer<ImmutableDistrictRecords.Builder, T> add) {
    java.util.Map<LocalAuthority, ImmutableDistrictRecords.Builder> by = new java.util.LinkedHashMap<>();
    for (T item : items) {
      add.accept(by.computeIfAbsent(authority.apply(item), a -> DistrictRecords.builder().authority(a)), item);
    }
    return by.values().stream().<DistrictRecords>map(ImmutableDistrictRecords.Builder::build).toList();
  }

  /** The districts' records together, or the problem that they cannot be (the same record twice). */
  public static Validation<Seq<Problem>, StrategyRecords> together(Collection<DistrictRecords> parts) {
    java.util.Map<LocalAuthority, DistrictRecords> by = new java.util.LinkedHashMap<>();
    try {
      for (DistrictRecords d : parts) {
        by.merge(d.authority(), d, DistrictRecords::merge);
      }
      return Validation.valid(StrategyRecords.of(by.values()));
    } catch (InvalidValueException e) {
      return Validation.invalid(e.problems());
    }
  }
}
