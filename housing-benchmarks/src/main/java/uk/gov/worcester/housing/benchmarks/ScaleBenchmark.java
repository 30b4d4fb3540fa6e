package uk.gov.worcester.housing.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicExport;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicSummary;
import uk.gov.worcester.housing.testkit.homelessness.CaseLoadSamples;

/**
 * A council's case load at 1,000, 10,000 and 100,000 cases (the five lawful stories of
 * {@link CaseLoadSamples}, all active in 2024 Q2): replaying every case from its events, exporting
 * the quarter's H-CLIC records, streaming the H-CLIC XML to a {@link java.io.Writer}, and reading
 * the cases from NDJSON (one case record a line) through {@link HousingJson}. Time per operation
 * should grow tenfold with each tenfold step in cases; {@code -prof gc} shows the allocation per
 * operation, which should too. One operation at 100,000 cases takes seconds, so each warm-up and
 * measured iteration is 2 s, and 5 of each (the figures settle by the third warm-up iteration).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class ScaleBenchmark {
  /** The quarter every case is active in. */
  static final Quarter QUARTER = Quarter.of(2024, 2);
  /** The first day cases are applied for, and over how many days. */
  static final LocalDate FROM = LocalDate.of(2024, 3, 1);
  static final int DAYS = 60;

  @Param({"1000", "10000", "100000"})
  public int n;

  private final HousingJson json = HousingJson.create();
  private final HomelessnessAssessment assessment = HomelessnessAssessment.worcester();
  private final CaseWorkflow workflow = CaseWorkflow.of(assessment);
  private List<CaseRecord> records;
  private List<HomelessnessCase> cases;
  private Path ndjson;

  /** Builds the case load, replays it once, and writes it as NDJSON to a temporary file. */
  @Setup(Level.Trial)
  public void caseLoad() throws IOException {
    records = new ArrayList<>(n);
    cases = new ArrayList<>(n);
    ndjson = Files.createTempFile("scale-", ".ndjson");
    ObjectWriter line = json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    try (BufferedWriter out = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        CaseRecord r = CaseLoadSamples.caseRecord(i, FROM, DAYS);
        records.add(r);
        cases.add(workflow.replay(r).get());
        out.write(line.writeValueAsString(r));
        out.write('\n');
      }
    }
  }

  /** Removes the NDJSON file. */
  @TearDown(Level.Trial)
  public void removeFile() throws IOException {
    Files.deleteIfExists(ndjson);
  }

  /** Every case replayed from its events. */
  @Benchmark
  public int replay() {
    int valid = 0;
    for (CaseRecord r : records) {
      if (workflow.replay(r).isValid()) {
        valid++;
      }
    }
    return valid;
  }

  /** The quarter's H-CLIC records and failures, counted, with no XML. */
  @Benchmark
  public long hclicExport() {
    long[] counted = new long[1];
    HclicExport.Quarterly export = HclicExport.quarterly(QUARTER, HclicCodeTable.placeholder(), assessment);
    for (HomelessnessCase c : cases) {
      export.add(c, r -> counted[0]++, f -> counted[0]++);
    }
    return counted[0];
  }

  /** The quarter's H-CLIC return streamed as XML to a writer that counts characters. */
  @Benchmark
  public long hclicXml() throws IOException {
    CountingWriter out = new CountingWriter();
    HclicSummary s = HclicExport.write(cases.iterator(), QUARTER, LocalAuthority.WORCESTER,
        HclicCodeTable.placeholder(), assessment, out);
    return out.count() + s.recordCount();
  }

  /** Every case record read from NDJSON, a line at a time, through the strict facade. */
  @Benchmark
  public int readNdjson() {
    int valid = 0;
    try (BufferedReader in = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (json.read(line, CaseRecord.class).isValid()) {
          valid++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return valid;
  }
}
