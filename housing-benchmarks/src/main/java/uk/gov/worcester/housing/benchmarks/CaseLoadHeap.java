package uk.gov.worcester.housing.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.testkit.homelessness.CaseLoadSamples;

/**
 * A measurement, not a test: the heap held by 100,000 households and their case records, each read
 * from its own JSON line through {@link HousingJson} (so every name and reference is its own string,
 * as in a running service, not a shared constant), then with every case replayed and held too. It
 * forces collections and reads the heap in use through {@link MemoryMXBean} before and after; the
 * difference is what the load retains.
 *
 * <pre>
 * java -Xmx1g -cp housing-benchmarks/target/benchmarks.jar uk.gov.worcester.housing.benchmarks.CaseLoadHeap 100000
 * </pre>
 */
public final class CaseLoadHeap {
  private CaseLoadHeap() {}

  /** Prints the heap retained by the records, and by the records with their replayed cases. */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    HousingJson json = HousingJson.create();
    ObjectWriter line = json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    CaseWorkflow workflow = CaseWorkflow.worcester();
    workflow.replay(json.read(line.writeValueAsString(CaseLoadSamples.caseRecord(0, ScaleBenchmark.FROM,
        ScaleBenchmark.DAYS)), CaseRecord.class).get()); // loads every class before the baseline
    long base = used();
    List<CaseRecord> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text = line.writeValueAsString(CaseLoadSamples.caseRecord(i, ScaleBenchmark.FROM, ScaleBenchmark.DAYS));
      records.add(json.read(text, CaseRecord.class).get());
    }
    long withRecords = used();
    List<HomelessnessCase> cases = new ArrayList<>(n);
    for (CaseRecord r : records) {
      cases.add(workflow.replay(r).get());
    }
    long withCases = used();
    System.out.printf(Locale.ROOT, "%,d households with their case records: %,.1f MiB (%,d bytes a case)%n", n,
        (withRecords - base) / 1048576.0, (withRecords - base) / n);
    System.out.printf(Locale.ROOT, "and their replayed cases as well:       %,.1f MiB (%,d bytes a case)%n",
        (withCases - base) / 1048576.0, (withCases - base) / n);
    System.out.println(records.size() + cases.size() > 0 ? "" : "-"); // keeps both lists reachable to here
  }

  /** Heap in use after collections have settled. */
  private static long used() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(now - last) < 64 * 1024) {
        return now;
      }
      last = now;
    }
    return last;
  }
}
