package uk.gov.worcester.housing.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A measurement beside {@link ScaleBenchmark}, for a busy machine: the same four operations on the
 * same case loads, timed by the CPU time of the measuring thread (which waiting for a core does
 * not add to, as it adds to elapsed time) and the bytes that thread allocated. Each operation is
 * warmed up for at least 5 s of CPU (and 3 runs), then run 5 times; it prints the median, the
 * lowest and highest, and the median per case.
 *
 * <pre>
 * java -Xms2g -Xmx2g -cp housing-benchmarks/target/benchmarks.jar \
 *     uk.gov.worcester.housing.benchmarks.ScaleCpuTime 1000 10000 100000
 * </pre>
 */
public final class ScaleCpuTime {
  private ScaleCpuTime() {}

  /** Measures each size given (default 1,000, 10,000 and 100,000 cases). */
  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Integer.parseInt(a));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1_000, 10_000, 100_000);
    }
    ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    System.out.println("operation     cases  cpu ms (median, min-max)        cpu µs a case  allocated a case");
    for (int n : sizes) {
      ScaleBenchmark b = new ScaleBenchmark();
      b.n = n;
      b.caseLoad();
      try {
        measure(thread, "replay", n, b::replay);
        measure(thread, "hclicExport", n, b::hclicExport);
        measure(thread, "hclicXml", n, b::hclicXml);
        measure(thread, "readNdjson", n, b::readNdjson);
      } finally {
        b.removeFile();
      }
    }
  }

  private static void measure(ThreadMXBean thread, String name, int n, Callable<?> op) throws Exception {
    long warmed = 0;
    for (int i = 0; i < 3 || warmed < 5_000_000_000L; i++) {
      long cpu = thread.getCurrentThreadCpuTime();
      op.call();
      warmed += thread.getCurrentThreadCpuTime() - cpu;
    }
    long[] cpu = new long[5];
    long[] bytes = new long[5];
    for (int i = 0; i < cpu.length; i++) {
      System.gc();
      long c = thread.getCurrentThreadCpuTime();
      long a = thread.getCurrentThreadAllocatedBytes();
      op.call();
      cpu[i] = thread.getCurrentThreadCpuTime() - c;
      bytes[i] = thread.getCurrentThreadAllocatedBytes() - a;
    }
    Arrays.sort(cpu);
    Arrays.sort(bytes);
    System.out.printf(Locale.ROOT, "%-12s %7d  %10.1f (%.1f-%.1f)  %14.1f  %,14d B%n", name, n, cpu[2] / 1e6,
        cpu[0] / 1e6, cpu[4] / 1e6, cpu[2] / 1e3 / n, bytes[2] / n);
  }
}
