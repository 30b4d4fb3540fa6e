package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.homelessness.HomelessnessPolicyJson;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.testkit.homelessness.CaseLoadSamples;

/**
 * What running the rules inside a parallel engine (Spark, Beam, a thread pool) relies on: one
 * {@link HousingJson}, one set of policies read from their JSON documents and one H-CLIC export,
 * shared by eight threads, give every case exactly the result one thread gives. Each task reads an
 * NDJSON line (the codec), replays the case and takes its status and assessment (the rules), exports
 * its H-CLIC records, and writes the case record back.
 */
class ConcurrentUseTest {
  static final int THREADS = 8;
  static final int ROUNDS = 4;
  static final LocalDate ON = LocalDate.of(2024, 6, 30);

  /** Everything one task computes for one line, compared as text and values. */
  record Result(CaseRecord record, Object replayed, Object status, Object assessment, List<Object> hclic,
      String written) {}

  static Result task(String line, HousingJson json, CaseWorkflow workflow, HomelessnessAssessment assessment,
      HclicExport.Quarterly export) {
    CaseRecord record = json.read(line, CaseRecord.class).get();
    var replayed = workflow.replay(record).get();
    List<Object> hclic = new ArrayList<>();
    export.add(replayed, hclic::add, hclic::add);
    return new Result(record, replayed, workflow.statusOn(replayed, ON), assessment.assess(record.approach(), ON).get(),
        hclic, json.write(record));
  }

  @Test
  void oneRuleAndOneCodecSharedByEightThreadsGiveEachCaseTheSingleThreadedResult() throws Exception {
    HousingJson json = HousingJson.create();
    // The policies as a Spark job would ship them: their JSON documents, read once and shared.
    String lawDocument = json.write(HomelessnessPolicyJson.shipped(HomelessnessPolicyJson.LAW_RESOURCE,
        HomelessnessPolicyJson.LAW_DOCUMENT), HomelessnessPolicyJson.LAW_DOCUMENT);
    String localDocument = json.write(HomelessnessPolicyJson.shipped(HomelessnessPolicyJson.LOCAL_RESOURCE,
        HomelessnessPolicyJson.LOCAL_DOCUMENT), HomelessnessPolicyJson.LOCAL_DOCUMENT);
    PolicyTimeline<HomelessnessLaw> law = HomelessnessPolicyJson.law(lawDocument).get();
    PolicyTimeline<LocalHomelessnessPolicy> local = HomelessnessPolicyJson.localPolicy(localDocument).get();
    HomelessnessAssessment assessment = HomelessnessAssessment.of(law, local);
    CaseWorkflow workflow = CaseWorkflow.of(assessment);
    HclicExport.Quarterly export = HclicExport.quarterly(Quarter.of(2024, 2), HclicCodeTable.placeholder(), assessment);

    ObjectWriter oneLine = json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    List<String> lines = CaseLoadSamples.caseLoad(60, LocalDate.of(2024, 3, 1), 90, oneLine::writeValueAsString)
        .toList();
    List<Result> expected = new ArrayList<>();
    for (String line : lines) {
      expected.add(task(line, json, workflow, assessment, export));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        done.add(pool.submit(() -> {
          start.await();
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            order.add(i);
          }
          int checked = 0;
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, new Random(seed * 31 + round));
            for (int i : order) {
              assertEquals(expected.get(i), task(lines.get(i), json, workflow, assessment, export), "line " + i);
              checked++;
            }
          }
          return checked;
        }));
      }
      start.countDown();
      int checked = 0;
      for (Future<Integer> f : done) {
        checked += f.get(5, TimeUnit.MINUTES);
      }
      assertEquals(THREADS * ROUNDS * lines.size(), checked);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(law, HomelessnessPolicyJson.law(lawDocument).get(), "the shared policies are unchanged");
    assertEquals(local, HomelessnessPolicyJson.localPolicy(localDocument).get());
    assertTrue(expected.stream().anyMatch(r -> !r.hclic().isEmpty()), "some cases are in the quarter's return");
  }
}
