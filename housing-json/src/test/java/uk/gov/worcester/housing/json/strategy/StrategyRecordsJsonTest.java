package uk.gov.worcester.housing.json.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.strategy.Completion;
import uk.gov.worcester.housing.core.strategy.DistrictRecords;
import uk.gov.worcester.housing.core.strategy.RecordKind;
import uk.gov.worcester.housing.core.strategy.StrategyRecords;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.testkit.strategy.StrategyRecordsGen;
import uk.gov.worcester.housing.testkit.strategy.StrategyRecordsSamples;

/** The strategy records' JSON: round trips, and hostile input as problems at their pointers. */
class StrategyRecordsJsonTest {
  static final HousingJson JSON = HousingJson.create();

  static final String COMPLETION = """
      {"scheme": "17/00841/FUL", "authority": {"code": "E07000237", "name": "Worcester"},
       "completedOn": "2018-09-28", "homes": 10, "tenure": "SOCIAL_RENT", "publicLand": true,
       "provider": "Platform Housing"}""";

  static List<String> pointers(String json, Class<?> type) {
    var read = JSON.read(json, type);
    assertTrue(read.isInvalid(), json);
    return read.getError().map(Problem::path).map(p -> p.jsonPointer()).toJavaList();
  }

  @Test
  void theSampleRecordsOfEveryDomainRoundTrip() {
    StrategyRecords all = StrategyRecordsSamples.worcestershire();
    assertEquals(all, JSON.read(JSON.write(all), StrategyRecords.class).get());
    for (DistrictRecords d : all.districts()) {
      assertEquals(d, JSON.read(JSON.write(d), DistrictRecords.class).get());
    }
    assertEquals(all.district(LocalAuthority.WORCESTER).get().completions(),
        JSON.read(JSON.write(all.district(LocalAuthority.WORCESTER).get().completions(),
            StrategyRecordsJson.COMPLETIONS), StrategyRecordsJson.COMPLETIONS).get());
  }

  @Test
  void theKindsSuppliedWithNoRecordsRoundTrip_soAnEmptyFileStaysSuppliedNotMissing() {
    DistrictRecords d = DistrictRecords.builder().authority(LocalAuthority.WYCHAVON)
        .addSupplied(RecordKind.STREET_CONTACTS, RecordKind.LICENCES_GRANTED).build();
    String json = JSON.write(d);
    assertTrue(json.replace(" ", "").contains("\"supplied\":[\"STREET_CONTACTS\",\"LICENCES_GRANTED\"]"), json);
    DistrictRecords back = JSON.read(json, DistrictRecords.class).get();
    assertEquals(d, back);
    assertTrue(back.supplies(RecordKind.STREET_CONTACTS));
    assertFalse(back.supplies(RecordKind.CASES));
    assertEquals(List.of("/supplied/0"), pointers("""
        {"authority": {"code": "E07000238", "name": "Wychavon"}, "supplied": ["PAPER"]}""", DistrictRecords.class));
  }

  @Test
  void oneAdvertIdInTwoDistrictsIsADuplicateProblemNotAnException() {
    DistrictRecords w = StrategyRecordsSamples.worcester();
    DistrictRecords y = DistrictRecords.builder().authority(LocalAuthority.WYCHAVON).addAdverts(
        uk.gov.worcester.housing.core.lettings.Advert.builder().from(w.adverts().get(0))
            .district(LocalAuthority.WYCHAVON).build()).build();
    String both = "{\"districts\": [" + JSON.write(w) + ", " + JSON.write(y) + "]}";
    var read = JSON.read(both, StrategyRecords.class);
    assertTrue(read.isInvalid());
    assertEquals(List.of("DUPLICATE"), read.getError().map(Problem::code).distinct().toJavaList());
  }

  @Test
  void generatedRecordsRoundTrip() {
    qt().withExamples(30).forAll(StrategyRecordsGen.strategyRecords()).checkAssert(r ->
        assertEquals(r, JSON.read(JSON.write(r), StrategyRecords.class).get()));
  }

  @Test
  void aCompletionReadsWithItsCodes() {
    Completion c = JSON.read(COMPLETION, Completion.class).get();
    assertEquals(10, c.homes());
    assertTrue(JSON.write(c).replace(" ", "").contains("\"tenure\":\"SOCIAL_RENT\""), JSON.write(c));
  }

  @Test
  void badCompletionsAreProblemsAtTheirFieldsNeverExceptions() {
    assertEquals(List.of("/homes"), pointers(COMPLETION.replace("\"homes\": 10", "\"homes\": 0"), Completion.class));
    assertEquals(List.of("/homes"), pointers(COMPLETION.replace("\"homes\": 10", "\"homes\": 1e300"), Completion.class));
    assertEquals(List.of("/tenure"), pointers(COMPLETION.replace("SOCIAL_RENT", "COUNCIL_HOUSE"), Completion.class));
    assertEquals(List.of("/completedOn"), pointers(COMPLETION.replace("2018-09-28", "+999999999-12-31"),
        Completion.class));
    assertEquals(List.of("/completedOn"), pointers(COMPLETION.replace("2018-09-28", "3000-01-01"), Completion.class));
    assertEquals(List.of("/publicLand"), pointers(COMPLETION.replace("true", "\"yes\""), Completion.class));
    assertEquals(List.of("/authority/code"), pointers(COMPLETION.replace("E07000237", "Worcester"), Completion.class));
    assertEquals(List.of("/scheme"), pointers(COMPLETION.replace("17/00841/FUL", "<script>"), Completion.class));
    assertEquals(List.of("/surprise"), pointers(COMPLETION.replace("{\"scheme\"", "{\"surprise\": 1, \"scheme\""),
        Completion.class));
    assertFalse(pointers("{}", Completion.class).isEmpty());
    assertFalse(pointers("[]", Completion.class).isEmpty());
    assertFalse(pointers("null", StrategyRecords.class).isEmpty());
  }

  @Test
  void recordsFiledWithTheWrongAuthorityAreAProblem() {
    String wychavon = """
        {"authority": {"code": "E07000238", "name": "Wychavon"}, "completions": [%s],
         "countNights": [{"authority": {"code": "E07000238", "name": "Wychavon"}, "countNight": "2018-11-15"}]}"""
        .formatted(COMPLETION);
    assertEquals(List.of("/completions/0/authority"), pointers(wychavon, DistrictRecords.class));
    String twice = "{\"districts\": [" + wychavon.replace(COMPLETION, "") + "," + wychavon.replace(COMPLETION, "")
        + "]}";
    assertTrue(JSON.read(twice, StrategyRecords.class).isValid(), "one authority's parts merge");
  }

  @Test
  void theDatedPrivateSectorFactsAndCountNightsAreCheckedToo() {
    assertEquals(List.of("/0/years"), JSON.read("[{\"licence\": \"HMO-1\", \"grantedOn\": \"2018-06-04\", \"years\": 9}]",
        StrategyRecordsJson.LICENCE_GRANTS).getError().map(p -> p.path().jsonPointer()).toJavaList());
    assertEquals(List.of("/0/hazard"), JSON.read("[{\"inspection\": \"PSH-1\", \"hazard\": \"GHOSTS\", "
        + "\"confirmedOn\": \"2018-06-04\"}]", StrategyRecordsJson.HAZARD_REMOVALS).getError()
        .map(p -> p.path().jsonPointer()).toJavaList());
    assertEquals(List.of("/0/countNight"), JSON.read("[{\"authority\": {\"code\": \"E07000237\", \"name\": "
        + "\"Worcester\"}, \"countNight\": \"the eighth\"}]", StrategyRecordsJson.COUNT_NIGHTS).getError()
        .map(p -> p.path().jsonPointer()).toJavaList());
  }
}
