package uk.gov.worcester.housing.json.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.Area;
import uk.gov.worcester.housing.core.strategy.Figure;
import uk.gov.worcester.housing.core.strategy.Indicator;
import uk.gov.worcester.housing.core.strategy.IndicatorMethod;
import uk.gov.worcester.housing.core.strategy.Measure;
import uk.gov.worcester.housing.core.strategy.PartnershipPlan;
import uk.gov.worcester.housing.core.strategy.SourceKind;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.strategy.PlanVersion;
import uk.gov.worcester.housing.rules.strategy.ProgressReport;
import uk.gov.worcester.housing.rules.strategy.ProgressReporting;
import uk.gov.worcester.housing.rules.strategy.TargetStatus;
import uk.gov.worcester.housing.testkit.strategy.StrategyGen;
import uk.gov.worcester.housing.testkit.strategy.StrategySamples;

/**
 * The strategy's JSON: the shipped Worcestershire plan (canonical, holding the committee report's
 * facts, its example data marked), round trips of plans, figures, areas and reports, and hostile
 * plan documents giving problems at their JSON Pointers.
 */
class StrategyJsonTest {
  static final HousingJson JSON = HousingJson.create();
  static final Path FILE = Path.of("src/main/resources/uk/gov/worcester/housing/json/strategy")
      .resolve(StrategyJson.RESOURCE);
  static final FinancialYear Y2 = FinancialYear.starting(2018);

  static PartnershipPlan shipped() {
    return StrategyJson.worcestershire().versions().head().plan();
  }

  @Test
  void theShippedPlanIsInCanonicalForm_andReadsBackEqual() throws IOException {
    String text = Files.readString(FILE, StandardCharsets.UTF_8);
    PolicyTimeline<PlanVersion> read = StrategyJson.plan(text).get();
    String written = JSON.write(read, StrategyJson.DOCUMENT) + "\n";
    if (Boolean.getBoolean("housing.policies.write")) {
      Files.writeString(FILE, written, StandardCharsets.UTF_8);
    }
    assertEquals(written, Files.readString(FILE, StandardCharsets.UTF_8), "the shipped plan is not in canonical "
        + "form; rewrite it with -Dhousing.policies.write=true, then review and commit");
    assertEquals(read, StrategyJson.plan(written).get());
  }

  @Test
  void para2_1_and2_3_and3_1_theShippedPlanHoldsTheReportsFacts() {
    PartnershipPlan p = shipped();
    assertEquals("Worcestershire Housing Partnership Plan", p.name());
    assertEquals("Cabinet", p.approvedBy());
    assertEquals(YearMonth.of(2017, 3), p.approvedIn());
    assertEquals(LocalDate.of(2017, 4, 1), p.effectiveFrom());
    assertEquals(List.of("Improve homes and, \u201ctransform places\u201d", "Drive the growth of the right type of homes",
        "Create a partnership approach to enable people to live as independently as possible "
            + "(prevention/early intervention)"), p.priorities().stream().map(x -> x.title()).toList());
    assertEquals(List.of("Stronger & Connected Communities", "A Prosperous City", "A Healthy and Active City",
        "Sustaining and Improving Our Assets"), p.outcomes().stream().map(x -> x.title()).toList());
    assertTrue(p.priorities().stream().allMatch(x -> x.source().kind() == SourceKind.STATED));
  }

  @Test
  void para4_1_theHomelessnessPlanIsUnderWay_theJointNeedsAssessmentIsAHeadlineAchieved() {
    PartnershipPlan p = shipped();
    var a01 = p.actions().stream().filter(a -> a.code().equals("HPP-A01")).findFirst().orElseThrow();
    assertEquals(ActionStatus.IN_PROGRESS, a01.progressIn(Y2).orElseThrow().status());
    assertTrue(a01.progressIn(Y2).get().comment().get().contains("(para 4.1)"), "quotes the report");
    assertTrue(a01.progressIn(Y2).get().comment().get().contains("is currently being enhanced to ensure it supports the "
        + "recommendations within the national Rough Sleepers Strategy"));
    var a04 = p.actions().stream().filter(a -> a.code().equals("HPP-A04")).findFirst().orElseThrow();
    assertEquals(ActionStatus.COMPLETED, a04.progressIn(Y2).orElseThrow().status(),
        "para 4.1 lists it under \u201cThe headlines that have been achieved\u201d");
    String comment = a04.progressIn(Y2).get().comment().get();
    assertTrue(comment.contains("\u201cA health and housing joint strategic needs assessment which will be used to "
        + "identify future integrated commissioning work\u201d"), comment);
    assertTrue(comment.contains("\u201cThe headlines that have been achieved\u201d (para 4.1)"), comment);
    assertEquals(SourceKind.STATED, a04.source().kind());
    assertTrue(a04.source().note().orElseThrow().contains("read as completed"), "a reading of the report, said so");
  }

  @Test
  void para4_1_theReportsWording_roughSleepersStrategy_andPriority1sTitleWithItsComma() throws IOException {
    String text = Files.readString(FILE, StandardCharsets.UTF_8);
    assertFalse(text.contains("Rough Sleeping Strategy"), "the report says the national Rough Sleepers Strategy");
    assertTrue(text.contains("Rough Sleepers Strategy"));
    assertEquals("Improve homes and, \u201ctransform places\u201d", shipped().priorities().get(0).title(),
        "para 2.1 word for word");
    assertTrue(shipped().notes().stream().anyMatch(n -> n.text().equals("The Strategic Direction for Tackling "
        + "Homelessness Plan was developed and is currently being enhanced to ensure it supports the recommendations "
        + "within the national Rough Sleepers Strategy.")));
  }

  @Test
  void para2_1_anActionsPartnersAreOnlyTheAgenciesPara2_1Names() {
    Set<String> named = Set.of("HEALTH", "CRC", "HCA", "RSL");
    PartnershipPlan p = shipped();
    p.actions().forEach(a -> assertTrue(named.containsAll(a.partners()), a.code() + " " + a.partners()));
    assertEquals(Optional.empty(), p.partner("HWB"), "the Health & Well-Being Board adopted the MoU; it is not a partner");
    assertEquals(List.of("Health", "CRC (Probation)", "Homes and Communities Agency", "Registered Social Landlords"),
        named.stream().sorted(java.util.Comparator.comparing(List.of("HEALTH", "CRC", "HCA", "RSL")::indexOf))
            .map(c -> p.partner(c).orElseThrow().name()).toList(), "as para 2.1 writes them");
    String note = StrategyJson.worcestershire().versions().head().sources().get("partners").note().orElseThrow();
    assertTrue(note.contains("introduced by \u201cincluding\u201d, so it is not exhaustive"), note);
  }

  @Test
  void everyMeasureHasAnIndicator_andTheExampleDataSaysItIsExample() {
    PartnershipPlan p = shipped();
    Set<Measure> computed = p.indicators().stream().map(Indicator::method)
        .filter(m -> m instanceof IndicatorMethod.Computed).map(m -> ((IndicatorMethod.Computed) m).measure())
        .collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(Measure.class), computed);
    assertTrue(p.indicators().stream().allMatch(i -> i.source().kind() == SourceKind.ILLUSTRATIVE));
    assertTrue(p.indicators().stream().allMatch(i -> i.targets().size() == 3));
    assertTrue(p.principles().stream().allMatch(x -> x.source().kind() == SourceKind.UNCONFIRMED));
    assertTrue(p.actions().stream().allMatch(a -> a.source().note().isPresent()), "each action says what is "
        + "from the report and what is illustrative");
    assertTrue(StrategyJson.worcestershire().versions().head().sources().get("indicators").unconfirmed());
  }

  @Test
  void para5_1_theYear2ReportOnTheShippedPlan_mostActionsCompletedOrInProgress_theSupportedHousingPlanDelayed() {
    ProgressReport r = ProgressReporting.report(StrategyJson.worcestershire(), Y2, Area.county(),
        (m, y, a) -> Optional.empty()).get();
    var totals = r.actionTotals();
    assertEquals(9, totals.actions());
    assertEquals(4, totals.at(ActionStatus.COMPLETED));
    assertEquals(4, totals.at(ActionStatus.IN_PROGRESS));
    assertEquals(1, totals.at(ActionStatus.DELAYED));
    assertEquals(7, r.priorities().stream().mapToInt(p -> p.achievements().size()).sum(), "the seven §4.1 headlines");
    assertEquals(1, r.risks().size());
    assertEquals(1, r.nextSteps().size());
    assertEquals(14, r.indicatorTotals().at(TargetStatus.NO_FIGURE), "no records given: no figures, not zeros");
    assertEquals(1, r.indicatorTotals().at(TargetStatus.MET), "the hand-reported indicator");
  }

  @Test
  void aReportComputedFromTheSampleRecordsReadsBack_itsBreakdownCodesIncluded() {
    var feed = uk.gov.worcester.housing.rules.strategy.RecordedIndicators.of(
        uk.gov.worcester.housing.testkit.strategy.StrategyRecordsSamples.worcestershire()).get();
    ProgressReport r = ProgressReporting.report(StrategyJson.worcestershire(), Y2, Area.county(), feed).get();
    String json = JSON.write(r, StrategyJson.REPORT);
    assertTrue(json.contains("SOCIAL_RENT/PUBLIC_LAND") && json.contains("PLACE_NOT_DESIGNED_FOR_HABITATION"), json);
    assertEquals(r, JSON.read(json, StrategyJson.REPORT).get());
  }

  @Test
  void aReportWritesNoFigureAsAbsent_neverAsZero() {
    ProgressReport r = ProgressReporting.report(StrategySamples.plan(), Y2, Area.county(), (m, y, a) -> Optional.empty());
    JsonNode line = JSON.readTree(JSON.write(r, StrategyJson.REPORT)).get().at("/priorities/1/indicators/0");
    assertEquals("IND-PREVENTED", line.path("code").stringValue());
    assertFalse(line.has("figure"), line::toString);
    assertEquals("NO_FIGURE", line.path("targetStatus").stringValue());
    assertEquals("1400", line.path("target").stringValue());
  }

  @Test
  void para2_1_aFigureSaysWhichDistrictsItCovers_andAReportLineWhichItLeavesOut() {
    Figure partial = Figure.builder().from(uk.gov.worcester.housing.testkit.strategy.StrategySamples.figure(
            uk.gov.worcester.housing.core.strategy.Measure.HOUSEHOLDS_PREVENTED, Y2, Area.county(), 1_450))
        .covers(List.of(LocalAuthority.WORCESTER, LocalAuthority.WYCHAVON)).build();
    JsonNode written = JSON.readTree(JSON.write(partial, StrategyJson.FIGURE)).get();
    assertEquals("E07000237", written.at("/covers/0/code").stringValue());
    assertEquals("E07000238", written.at("/covers/1/code").stringValue());
    assertEquals(2, written.path("covers").size());
    ObjectNode old = ((ObjectNode) written).deepCopy();
    old.remove("covers");
    assertTrue(JSON.read(old.toString(), StrategyJson.FIGURE).get().complete(), "no covers: the whole area");
    ObjectNode outside = ((ObjectNode) written).deepCopy();
    outside.set("area", written.at("/covers/0"));
    ((ArrayNode) outside.get("covers")).remove(0);
    var problems = JSON.read(outside.toString(), StrategyJson.FIGURE);
    assertTrue(problems.isInvalid(), "Worcester's figure cannot cover Wychavon");
    ProgressReport r = ProgressReporting.report(StrategySamples.plan(), Y2, Area.county(),
        (m, y, a) -> Optional.of(partial).filter(f -> f.measure() == m && f.year().equals(y)));
    JsonNode line = JSON.readTree(JSON.write(r, StrategyJson.REPORT)).get().at("/priorities/1/indicators/0");
    assertEquals("PARTIAL_FIGURE", line.path("targetStatus").stringValue());
    assertEquals("PARTIAL_FIGURE", line.at("/reason/code").stringValue());
    assertEquals(List.of("Bromsgrove", "Malvern Hills", "Redditch", "Wyre Forest"),
        java.util.stream.StreamSupport.stream(line.path("missing").spliterator(), false)
            .map(d -> d.path("name").stringValue()).toList());
    assertEquals(r, JSON.read(JSON.write(r, StrategyJson.REPORT), StrategyJson.REPORT).get());
  }

  @Test
  void plansRoundTrip() {
    qt().withExamples(150).forAll(StrategyGen.plans()).checkAssert(plan -> {
      PolicyTimeline<PlanVersion> t = PolicyTimeline.of(PlanVersion.of(plan));
      assertEquals(t, StrategyJson.plan(JSON.write(t, StrategyJson.DOCUMENT)).get());
    });
  }

  @Test
  void reportsRoundTrip_andTheirWorkedOutFieldsAreWrittenForInformation() {
    qt().withExamples(150).forAll(StrategyGen.plans(), StrategyGen.years(), StrategyGen.figureSets(Area.county()))
        .checkAssert((plan, year, figures) -> {
          ProgressReport r = ProgressReporting.report(plan, year, Area.county(), (m, y, a) -> figures.stream()
              .filter(f -> f.measure() == m && f.year().equals(y)).findFirst());
          String json = JSON.write(r, StrategyJson.REPORT);
          assertEquals(r, JSON.read(json, StrategyJson.REPORT).get());
          assertEquals(r, JSON.read(json, ProgressReport.class).get());
          assertEquals(r.actionTotals().actions(), JSON.readTree(json).get().at("/actionTotals/actions").intValue());
        });
  }

  @Test
  void figuresRoundTrip_forEveryArea() {
    qt().withExamples(100).forAll(StrategyGen.areas().flatMap(StrategyGen::figureSets)).checkAssert(figures -> {
      for (Figure f : figures) {
        assertEquals(f, JSON.read(JSON.write(f, StrategyJson.FIGURE), StrategyJson.FIGURE).get());
        assertEquals(f, JSON.read(JSON.write(f), Figure.class).get());
      }
    });
  }

  static List<String> problems(Validation<Seq<Problem>, ?> v) {
    assertTrue(v.isInvalid(), "should have been refused");
    return v.getError().map(p -> p.path().jsonPointer() + " " + p.code()).toJavaList();
  }

  static ObjectNode shippedTree() {
    return (ObjectNode) JSON.readTree(PolicyDocuments.resource(StrategyJson.class, StrategyJson.RESOURCE)).get();
  }

  static ObjectNode version(ObjectNode doc) {
    return (ObjectNode) doc.get("versions").get(0);
  }

  @Test
  void hostile_aBadCodeIsAProblemAtItsPointer() {
    ObjectNode doc = shippedTree();
    ((ObjectNode) version(doc).get("priorities").get(0)).put("code", "p 1");
    assertEquals(List.of("/versions/0/priorities/0/code INVALID_FORMAT"),
        problems(StrategyJson.plan(doc.toString())));
  }

  @Test
  void hostile_aDanglingReferenceIsAProblemAtItsPointer() {
    ObjectNode doc = shippedTree();
    ((ObjectNode) version(doc).get("actions").get(2)).put("priority", "P9");
    ((ObjectNode) version(doc).get("notes").get(0)).put("priority", "P0");
    assertEquals(List.of("/versions/0/actions/2/priority UNKNOWN_REFERENCE", "/versions/0/notes/0/priority "
        + "UNKNOWN_REFERENCE"), problems(StrategyJson.plan(doc.toString())));
  }

  @Test
  void hostile_aDuplicateCodeIsAProblemAtItsPointer() {
    ObjectNode doc = shippedTree();
    ((ObjectNode) version(doc).get("indicators").get(3)).put("code", "IND-PREVENTED");
    assertEquals(List.of("/versions/0/indicators/3/code DUPLICATE"), problems(StrategyJson.plan(doc.toString())));
  }

  @Test
  void hostile_absurdSizesAreRefusedBeforeTheyAreBuilt() {
    ObjectNode doc = shippedTree();
    ArrayNode actions = (ArrayNode) version(doc).get("actions");
    JsonNode first = actions.get(0);
    for (int i = 0; i <= PartnershipPlan.MAX_ACTIONS; i++) {
      actions.add(first.deepCopy());
    }
    assertEquals(List.of("/versions/0/actions TOO_MANY"), problems(StrategyJson.plan(doc.toString())));
    ObjectNode longText = shippedTree();
    ((ObjectNode) version(longText).get("priorities").get(0)).put("title", "x".repeat(5_000));
    assertEquals(List.of("/versions/0/priorities/0/title TOO_LONG"), problems(StrategyJson.plan(longText.toString())));
  }

  @Test
  void hostile_badValuesAndUnknownFieldsAreProblems() {
    ObjectNode doc = shippedTree();
    ObjectNode indicator = (ObjectNode) version(doc).get("indicators").get(0);
    ((ObjectNode) indicator.get("targets").get(0)).put("value", "-5");
    ((ObjectNode) indicator.get("method")).put("measure", "HAPPINESS");
    ((ObjectNode) version(doc).get("actions").get(0).get("progress").get(0)).put("status", "ON_TRACK");
    version(doc).put("colour", "red");
    version(doc).put("approvedIn", "2017-13");
    assertEquals(List.of("/versions/0/approvedIn INVALID_FORMAT", "/versions/0/actions/0/progress/0/status UNKNOWN_CODE",
        "/versions/0/indicators/0/method/measure UNKNOWN_CODE", "/versions/0/indicators/0/targets/0/value INVALID_FORMAT",
        "/versions/0/colour UNKNOWN_FIELD"), problems(StrategyJson.plan(doc.toString())));
  }

  @Test
  void hostile_anAreaOutsideWorcestershireIsRefused() {
    String birmingham = "{\"code\": \"E08000025\", \"name\": \"Birmingham\"}";
    assertEquals(List.of("/code UNKNOWN_CODE"), problems(JSON.read(birmingham, StrategyJson.AREA)));
    assertEquals(Area.county(), JSON.read("{\"code\": \"E10000034\", \"name\": \"Worcestershire\"}", StrategyJson.AREA)
        .get());
    for (LocalAuthority d : LocalAuthority.WORCESTERSHIRE_DISTRICTS) {
      Area a = Area.district(d);
      assertEquals(a, JSON.read(JSON.write(a, StrategyJson.AREA), StrategyJson.AREA).get());
    }
  }

  @Test
  void everyReasonAReportGivesIsListedInTheCodesFile() {
    JsonNode codes = JSON.readTree(uk.gov.worcester.housing.json.JsonSchemas.shippedCodes()).get();
    Set<String> listed = new java.util.HashSet<>();
    codes.path("reasons").forEach(r -> listed.add(r.path("decision").stringValue() + " " + r.path("code").stringValue()));
    for (TargetStatus s : TargetStatus.values()) {
      String code = s == TargetStatus.MET ? "TARGET_MET" : s == TargetStatus.NOT_MET ? "TARGET_NOT_MET" : s.name();
      assertTrue(listed.contains("indicatorTarget " + code), code);
    }
    qt().withExamples(100).forAll(StrategyGen.plans(), StrategyGen.years(), StrategyGen.figureSets(Area.county()))
        .checkAssert((plan, year, figures) -> ProgressReporting.report(plan, year, Area.county(), (m, y, a) -> figures
            .stream().filter(f -> f.measure() == m && f.year().equals(y)).findFirst()).priorities().stream()
            .flatMap(p -> p.indicators().stream())
            .forEach(i -> assertTrue(listed.contains("indicatorTarget " + i.reason().code()), i.reason().code())));
  }

  @Test
  void aLaterPlanIsANewVersionOfTheDocument_andEachYearIsReportedOnTheVersionInForce() {
    ObjectNode doc = shippedTree();
    ObjectNode later = version(doc).deepCopy();
    later.put("version", "WORCESTERSHIRE-HPP/2019").put("effectiveFrom", "2019-04-01").put("approvedIn", "2019-03");
    later.remove(List.of("actions", "indicators", "notes"));
    ((ArrayNode) doc.get("versions")).add(later);
    PolicyTimeline<PlanVersion> plans = StrategyJson.plan(doc.toString()).get();
    assertEquals(2, plans.versions().size());
    uk.gov.worcester.housing.rules.strategy.IndicatorFeed none = (m, y, a) -> Optional.empty();
    assertEquals("WORCESTERSHIRE-HPP/2017", ProgressReporting.report(plans, Y2, Area.county(), none).get().planVersion());
    assertEquals("WORCESTERSHIRE-HPP/2019", ProgressReporting.report(plans, FinancialYear.starting(2019), Area.county(),
        none).get().planVersion());
    ObjectNode stale = shippedTree();
    ObjectNode copy = version(stale).deepCopy();
    copy.put("version", "WORCESTERSHIRE-HPP/2019").put("effectiveFrom", "2019-04-01").put("approvedIn", "2019-03");
    ((ArrayNode) stale.get("versions")).add(copy);
    assertTrue(problems(StrategyJson.plan(stale.toString())).contains("/versions/1/actions/0/progress/0/year OUT_OF_RANGE"),
        "a later version does not carry progress from before it took effect");
  }

  @Test
  void para2_3_theShippedPlanIsInForceFrom1April2017_notTheDayBefore() {
    assertTrue(StrategyJson.worcestershire().inForceOn(LocalDate.of(2017, 3, 31)).isEmpty());
    assertEquals("WORCESTERSHIRE-HPP/2017", StrategyJson.worcestershire().inForceOn(LocalDate.of(2017, 4, 1)).get()
        .version());
    assertEquals(List.of("/year NO_POLICY_IN_FORCE"), problems(ProgressReporting.report(StrategyJson.worcestershire(),
        FinancialYear.starting(2016), Area.county(), (m, y, a) -> Optional.empty())));
  }

  @Test
  void hostile_countsThatDoNotAddUpAreRefused() {
    String counts = "{\"actions\": 3, \"byStatus\": {\"NOT_STARTED\": 0, \"IN_PROGRESS\": 1, \"COMPLETED\": 1, "
        + "\"DELAYED\": 0, \"AT_RISK\": 0}, \"byRag\": {\"RED\": 0, \"AMBER\": 0, \"GREEN\": 3}, \"notReported\": 0}";
    assertEquals(List.of("/byStatus INCONSISTENT"), problems(JSON.read(counts,
        uk.gov.worcester.housing.rules.strategy.ActionCounts.class)));
  }
}
