package uk.gov.worcester.housing.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.grants.GrantsJson;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.json.strategy.StrategyRecordsJson;
import uk.gov.worcester.housing.rules.strategy.RecordedIndicators;
import uk.gov.worcester.housing.testkit.strategy.StrategyRecordsSamples;

/**
 * The strategy sample records under {@code samples/strategy/}: Worcestershire records of every
 * domain for 2017/18 and 2018/19, one folder per district, each file in its domain's own document
 * form (the kind the command line tells it by), listed in {@code samples/strategy/files.txt}. They
 * are {@link StrategyRecordsSamples} written out: run with {@code -Dhousing.samples.write=true} to write
 * them again after the samples change.
 */
class StrategySampleRecordsTest {
  static final HousingJson JSON = HousingJson.create();
  static final Map<String, LocalAuthority> FOLDERS = Map.of("worcester", LocalAuthority.WORCESTER,
      "wychavon", LocalAuthority.WYCHAVON);

  /** Each sample file's path under samples/strategy and its JSON. */
  static Map<String, String> files() {
    Map<String, String> out = new LinkedHashMap<>();
    for (DistrictRecords d : StrategyRecordsSamples.worcestershire().districts()) {
      String dir = d.authority().name().toLowerCase().replace(' ', '-') + "/";
      d.cases().forEach(c -> out.put(dir + "case-" + c.approach().caseId().value() + ".json", JSON.write(c)));
      out.put(dir + "street-contacts.json", JSON.write(d.streetContacts(), HomelessnessJson.STREET_CONTACTS));
      out.put(dir + "count-nights.json", JSON.write(d.countNights(), StrategyRecordsJson.COUNT_NIGHTS));
      d.lettingsApplications().forEach(r -> out.put(dir + "lettings-application-" + r.application().id().value()
          + ".json", JSON.write(r)));
      d.adverts().forEach(a -> out.put(dir + "lettings-advert-" + a.id().value() + ".json", JSON.write(a)));
      out.put(dir + "welfare-records.json", JSON.write(d.welfare()));
      if (!d.grants().isEmpty()) {
        out.put(dir + "grant-records.json", JSON.write(d.grants(), GrantsJson.RECORDS));
      }
      d.inspections().forEach(i -> out.put(dir + "hhsrs-inspection-" + i.reference() + ".json", JSON.write(i)));
      out.put(dir + "hazard-removals.json", JSON.write(d.hazardRemovals(), StrategyRecordsJson.HAZARD_REMOVALS));
      if (!d.licencesGranted().isEmpty()) {
        out.put(dir + "hmo-licences-granted.json", JSON.write(d.licencesGranted(), StrategyRecordsJson.LICENCE_GRANTS));
      }
      out.put(dir + "affordable-completions.json", JSON.write(d.completions(), StrategyRecordsJson.COMPLETIONS));
    }
    return out;
  }

  @Test
  void writeTheSamplesWhenAsked() throws IOException {
    if (!Boolean.getBoolean("housing.samples.write")) {
      return;
    }
    Path root = Path.of("src/main/resources/samples/strategy");
    for (Map.Entry<String, String> f : files().entrySet()) {
      Path p = root.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue() + "\n");
    }
    Files.writeString(root.resolve("files.txt"), String.join("\n", files().keySet()) + "\n");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = StrategySampleRecordsTest.class.getResourceAsStream("/samples/strategy/" + name)) {
      assertTrue(in != null, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Reads one sample file by the kind the command line tells it by, into its district's records. */
  static DistrictRecords read(String name, DistrictRecords into) throws IOException {
    String text = resource(name);
    JsonNode tree = JSON.readTree(text).get();
    var b = DistrictRecords.builder().from(into);
    Optional<DocumentKind> looks = DocumentKind.of(tree);
    if (looks.isEmpty()) {
      // welfare records have no kind of their own: the welfare commands read them as they come
      return b.welfare(ok(name, JSON.read(text, WelfareRecords.class))).build();
    }
    DocumentKind kind = looks.get();
    switch (kind) {
      case CASE -> b.addCases(ok(name, JSON.read(text, CaseRecord.class)));
      case STREET_CONTACTS -> b.addAllStreetContacts(ok(name, JSON.read(text, HomelessnessJson.STREET_CONTACTS)));
      case COUNT_NIGHTS -> b.addAllCountNights(ok(name, JSON.read(text, StrategyRecordsJson.COUNT_NIGHTS)));
      case LETTINGS_APPLICATION -> b.addLettingsApplications(ok(name, JSON.read(text, ApplicationRecord.class)));
      case LETTINGS_ADVERT -> b.addAdverts(ok(name, JSON.read(text, Advert.class)));
      case GRANT_RECORDS -> b.addAllGrants(ok(name, JSON.read(text, GrantsJson.RECORDS)));
      case HHSRS_INSPECTION -> b.addInspections(ok(name, JSON.read(text, Inspection.class)));
      case HAZARD_REMOVALS -> b.addAllHazardRemovals(ok(name, JSON.read(text, StrategyRecordsJson.HAZARD_REMOVALS)));
      case HMO_LICENCES_GRANTED -> b.addAllLicencesGranted(ok(name, JSON.read(text,
          StrategyRecordsJson.LICENCE_GRANTS)));
      case COMPLETIONS -> b.addAllCompletions(ok(name, JSON.read(text, StrategyRecordsJson.COMPLETIONS)));
      default -> throw new AssertionError(name + " looks like " + kind.description());
    }
    return b.build();
  }

  static <T> T ok(String name, Validation<?, T> read) {
    assertTrue(read.isValid(), () -> name + ": " + read.getError());
    return read.get();
  }

  static StrategyRecords readAll() throws IOException {
    Map<LocalAuthority, DistrictRecords> districts = new LinkedHashMap<>();
    for (String name : resource("files.txt").lines().filter(l -> !l.isBlank()).toList()) {
      LocalAuthority a = FOLDERS.get(name.substring(0, name.indexOf('/')));
      districts.put(a, read(name, districts.getOrDefault(a, DistrictRecords.empty(a))));
    }
    return StrategyRecords.of(districts.values());
  }

  @Test
  void theSampleFilesAreTheTestkitSamplesInEachDomainsOwnDocuments() throws IOException {
    for (Map.Entry<String, String> f : files().entrySet()) {
      assertEquals(f.getValue().strip(), resource(f.getKey()).strip(), f.getKey());
    }
    assertEquals(StrategyRecordsSamples.worcestershire(), readAll());
  }

  @Test
  void everyMeasureIsComputedFromTheSampleFilesFor2018To19() throws IOException {
    RecordedIndicators feed = RecordedIndicators.of(readAll()).get();
    FinancialYear year2 = FinancialYear.starting(2018);
    List<String> missing = new ArrayList<>();
    for (Area area : List.of(Area.county(), Area.district(LocalAuthority.WORCESTER))) {
      for (Measure m : Measure.values()) {
        Optional<Figure> f = feed.figure(m, year2, area);
        if (f.isEmpty()) {
          missing.add(m + " " + area);
        } else {
          assertTrue(f.get().basis().length() > 20);
        }
      }
    }
    assertEquals(List.of("GRANTS_AWARDED Worcestershire", "GRANT_MATCH_VALUE Worcestershire",
        "GRANTS_AWARDED Worcester", "GRANT_MATCH_VALUE Worcester"), missing,
        "no grant scheme the library models was open in 2018/19; the rest are computed");
    assertEquals(new BigDecimal("44"), feed.figure(Measure.AFFORDABLE_HOMES_DELIVERED, year2, Area.county()).get()
        .value());
    assertEquals(new BigDecimal("2"), feed.figure(Measure.GRANTS_AWARDED, year2.previous(),
        Area.district(LocalAuthority.WORCESTER)).get().value());
  }

}
