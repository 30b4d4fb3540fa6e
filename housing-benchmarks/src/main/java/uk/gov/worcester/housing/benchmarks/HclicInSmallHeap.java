package uk.gov.worcester.housing.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicReturn;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicSummary;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicXml;
import uk.gov.worcester.housing.testkit.homelessness.CaseLoadSamples;

/**
 * A measurement, not a test: a quarter's H-CLIC return for 1,000, 10,000 and 100,000 cases made
 * lazily ({@link CaseLoadSamples}, replayed as they are read), streamed to a writer that counts
 * characters; it prints, for each size, the time (elapsed, and the CPU time of the exporting thread,
 * which a busy machine disturbs less), the bytes that thread allocated, the characters and records
 * written and the peak heap in use. Run it in a small heap to show the streamed return fits:
 *
 * <pre>
 * java -Xmx256m -cp housing-benchmarks/target/benchmarks.jar \
 *     uk.gov.worcester.housing.benchmarks.HclicInSmallHeap 1000 10000 100000
 * </pre>
 *
 * Each size is measured three times after a warm-up. With {@code whole} as the first argument it builds the whole return and renders it as one string
 * instead (the API kept for small returns), for comparison.
 */
public final class HclicInSmallHeap {
  private HclicInSmallHeap() {}

  /** Warms up on every size, then measures each three times. */
  public static void main(String[] args) throws IOException {
    boolean whole = args.length > 0 && args[0].equals("whole");
    List<Integer> sizes = new ArrayList<>();
    for (int i = whole ? 1 : 0; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1_000, 10_000, 100_000);
    }
    System.out.printf(Locale.ROOT, "max heap %d MiB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
        whole ? "whole return as one string" : "streamed");
    // Warm-up: every size once, then the smallest again, so the export is compiled before any is measured.
    for (int n : sizes) {
      run(n, whole);
    }
    run(sizes.get(0), whole);
    com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int n : sizes) {
      for (int rep = 0; rep < 3; rep++) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        long cpu = thread.getCurrentThreadCpuTime();
        long allocated = thread.getCurrentThreadAllocatedBytes();
        String what = run(n, whole);
        long nanos = System.nanoTime() - start;
        cpu = thread.getCurrentThreadCpuTime() - cpu;
        allocated = thread.getCurrentThreadAllocatedBytes() - allocated;
        System.out.printf(Locale.ROOT, "%,9d cases  %7.2f s elapsed  %7.2f s cpu  %,8.0f MB allocated  %s  "
            + "peak heap %,d MiB%n", n, nanos / 1e9, cpu / 1e9, allocated / 1e6, what, peakHeap() >> 20);
      }
    }
  }

  private static String run(int n, boolean whole) throws IOException {
    HomelessnessAssessment assessment = HomelessnessAssessment.worcester();
    CaseWorkflow workflow = CaseWorkflow.of(assessment);
    Iterator<HomelessnessCase> cases = IntStream.range(0, n)
        .mapToObj(i -> workflow.replay(CaseLoadSamples.caseRecord(i, ScaleBenchmark.FROM, ScaleBenchmark.DAYS)).get())
        .iterator();
    if (whole) {
      List<HomelessnessCase> all = new ArrayList<>(n);
      cases.forEachRemaining(all::add);
      HclicReturn r = HclicExport.build(all, ScaleBenchmark.QUARTER, LocalAuthority.WORCESTER,
          HclicCodeTable.placeholder(), assessment);
      String xml = HclicXml.render(r);
      return String.format(Locale.ROOT, "%,d characters, %,d records", xml.length(), r.records().size());
    }
    CountingWriter out = new CountingWriter();
    HclicSummary s = HclicExport.write(cases, ScaleBenchmark.QUARTER, LocalAuthority.WORCESTER,
        HclicCodeTable.placeholder(), assessment, out);
    return String.format(Locale.ROOT, "%,d characters, %,d records", out.count(), s.recordCount());
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of each heap pool's peak: an upper bound on the heap in use at any one time. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
