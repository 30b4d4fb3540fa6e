package uk.gov.worcester.housing.examples.stories;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collection;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.ImmutableDistrictRecords;
import uk.gov.worcester.housing.core.strategy.RecordKind;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.grants.GrantsJson;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.json.strategy.StrategyRecordsJson;

/**
 * Reads records documents of every domain into a {@link StrategyRecords} for the strategy
 * progress report. Records that name their authority (homelessness cases, lettings adverts, count
 * nights, affordable completions) go to it; the others go to the district the caller names. A file
 * given as one district's records ({@link #readFor}) may name no other district but in its adverts.
 */
public final class StrategyReports {
  private StrategyReports() {}

  /**
   * One records document (its kind told by {@code kind}, empty for welfare records) as district
   * records, or its problems. The document's kind of record is marked supplied for {@code district}
   * ({@link DistrictRecords#supplied()}), even when it holds no records.
   */
  public static Validation<Seq<Problem>, java.util.List<DistrictRecords>> read(HousingJson json, JsonNode tree,
      java.util.Optional<String> kind, LocalAuthority district) {
    return read(json, tree, kind, district, false);
  }

  private static Validation<Seq<Problem>, java.util.List<DistrictRecords>> read(HousingJson json, JsonNode tree,
      java.util.Optional<String> kind, LocalAuthority district, boolean strict) {
    return records(json, tree, kind, district, strict);
  }

  /**
   * {@code parts}, and the mark that {@code district} supplied records of {@code kind}: the file was
   * given for the district even if it holds no records, so its kind is then a true 0, not unknown.
   */
  private static java.util.List<DistrictRecords> supplied(java.util.List<DistrictRecords> parts, RecordKind kind,
      LocalAuthority district) {
    java.util.List<DistrictRecords> all = new java.util.ArrayList<>(parts);
    all.add(DistrictRecords.builder().authority(district).addSupplied(kind).build());
    return all;
  }

  private static Validation<Seq<Problem>, java.util.List<DistrictRecords>> records(HousingJson json, JsonNode tree,
      java.util.Optional<String> kind, LocalAuthority district, boolean strict) {
    ImmutableDistrictRecords.Builder b = DistrictRecords.builder().authority(district);
    try {
      if (kind.isEmpty()) {
        return json.read(tree, WelfareRecords.class).map(w -> supplied(java.util.List.of(b.welfare(w).build()),
            RecordKind.WELFARE, district));
      }
      return switch (kind.get()) {
        case "CASE" -> json.read(tree, CaseRecord.class)
            .flatMap(c -> strict && !c.approach().authority().equals(district)
                ? Validation.invalid(List.of(otherDistrict(Path.of("approach").field("authority"), "the homelessness "
                    + "case", c.approach().authority(), district)))
                : Validation.valid(c))
            .map(c -> supplied(java.util.List.of(DistrictRecords.builder().authority(c.approach().authority()).addCases(c)
                .build()), RecordKind.CASES, district));
        case "LETTINGS_ADVERT" -> json.read(tree, Advert.class)
            .map(a -> supplied(java.util.List.of(DistrictRecords.builder().authority(a.district()).addAdverts(a).build()),
                RecordKind.ADVERTS, district));
        case "COUNT_NIGHTS" -> StrategyRecordsJson.COUNT_NIGHTS.read(tree)
            .flatMap(ns -> own(ns, n -> n.authority(), Path.root(), "a count night", district, strict))
            .map(ns -> supplied(split(ns, n -> n.authority(), (x, n) -> x.addCountNights(n)), RecordKind.COUNT_NIGHTS,
                district));
        case "COMPLETIONS" -> StrategyRecordsJson.COMPLETIONS.read(tree)
            .flatMap(cs -> own(cs, c -> c.authority(), Path.root(), "an affordable completion", district, strict))
            .map(cs -> supplied(split(cs, c -> c.authority(), (x, c) -> x.addCompletions(c)), RecordKind.COMPLETIONS,
                district));
        case "STREET_CONTACTS" -> HomelessnessJson.STREET_CONTACTS.read(tree)
            .map(s -> supplied(java.util.List.of(b.addAllStreetContacts(s).build()), RecordKind.STREET_CONTACTS,
                district));
        case "LETTINGS_APPLICATION" -> json.read(tree, ApplicationRecord.class)
            .map(r -> supplied(java.util.List.of(b.addLettingsApplications(r).build()),
                RecordKind.LETTINGS_APPLICATIONS, district));
        case "GRANT_RECORDS" -> GrantsJson.RECORDS.read(tree)
            .map(g -> supplied(java.util.List.of(b.addAllGrants(g).build()), RecordKind.GRANTS, district));
        case "HHSRS_INSPECTION" -> json.read(tree, Inspection.class)
            .map(i -> supplied(java.util.List.of(b.addInspections(i).build()), RecordKind.INSPECTIONS, district));
        case "HAZARD_REMOVALS" -> StrategyRecordsJson.HAZARD_REMOVALS.read(tree)
            .map(h -> supplied(java.util.List.of(b.addAllHazardRemovals(h).build()), RecordKind.HAZARD_REMOVALS,
                district));
        case "HMO_LICENCES_GRANTED" -> StrategyRecordsJson.LICENCE_GRANTS.read(tree)
            .map(l -> supplied(java.util.List.of(b.addAllLicencesGranted(l).build()), RecordKind.LICENCES_GRANTED,
                district));
        default -> Validation.invalid(List.of(Problem.of("WRONG_DOCUMENT",
            "this is not a records document the strategy report reads")));
      };
    } catch (InvalidValueException e) {
      return Validation.invalid(e.problems());
    }
  }

  /** A records file given for one district holds a record that names another as its authority. */
  public static final String OTHER_DISTRICT = "OTHER_DISTRICT";

  /**
   * As {@link #read}, for a file given as one district's records ({@code --records CODE=PATH}): a
   * record that names its own authority (a homelessness case's approach, a count night, an
   * affordable completion) must name {@code district}, or the file is refused with an {@link
   * #OTHER_DISTRICT} problem at the record's authority, so one district's records are never
   * counted for another in silence. Lettings adverts are the exception: Home Choice Plus is one
   * countywide register, so a district's records may hold another district's adverts, and each
   * counts in its own district.
   */
  public static Validation<Seq<Problem>, java.util.List<DistrictRecords>> readFor(HousingJson json, JsonNode tree,
      java.util.Optional<String> kind, LocalAuthority district) {
    return read(json, tree, kind, district, true);
  }

  /** The problem of a record at {@code at} naming {@code other} in a file given for {@code district}. */
  private static Problem otherDistrict(Path at, String what, LocalAuthority other, LocalAuthority district) {
    return Problem.at(at, OTHER_DISTRICT, what + " names " + other.code() + " (" + other.name() + ") as its "
        + "authority, but the file is given as the records of " + district.code() + " (" + district.name()
        + "): give it with that district's records, or correct its authority");
  }

  /** {@code items}, or an {@link #OTHER_DISTRICT} problem for each that names another district when {@code strict}. */
  private static <T> Validation<Seq<Problem>, java.util.List<T>> own(java.util.List<T> items,
      Function<T, LocalAuthority> authority, Path at, String what, LocalAuthority district, boolean strict) {
    if (!strict) {
      return Validation.valid(items);
    }
    java.util.List<Problem> problems = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      LocalAuthority a = authority.apply(items.get(i));
      if (!a.equals(district)) {
        problems.add(otherDistrict(at.index(i), what, a, district));
      }
    }
    return problems.isEmpty() ? Validation.valid(items) : Validation.invalid(List.ofAll(problems));
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
