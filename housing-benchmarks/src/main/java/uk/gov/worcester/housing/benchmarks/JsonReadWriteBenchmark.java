package uk.gov.worcester.housing.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.HousingModule;

/**
 * Reading and writing a household's JSON, side by side with plain Jackson in the same run: the
 * facade ({@code HousingJson.read}, every problem with its pointer), the Jackson module
 * ({@code readValue} with {@link HousingModule}), plain databind into equivalent Java records
 * ({@link HouseholdRecords}, unknown properties failing), Jackson's tree alone ({@code readTree})
 * and a raw token scan (the floor: {@code nextToken} to the end). Writing: the facade against the
 * records. Compare ratios within one run; this machine's absolute times are noisy. Run with
 * {@code -prof gc} for allocation per operation (see this module's README for the command).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class JsonReadWriteBenchmark {
  /** The family sample (1.9 KB, 4 members) or an 8-member household (4.4 KB). */
  @Param({"household-family.json", "household-eight.json"})
  public String document;

  private final HousingJson facade = HousingJson.create();
  private final JsonMapper module = JsonMapper.builder().addModule(new HousingModule()).build();
  private final JsonMapper plain = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private String json;
  private Household household;
  private HouseholdRecords.Household records;

  /** Loads the document and checks that every path reads it. */
  @Setup
  public void load() {
    try (InputStream in = JsonReadWriteBenchmark.class.getResourceAsStream(document)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var read = facade.read(json, Household.class);
    if (read.isInvalid()) {
      throw new IllegalStateException(read.getError().toString());
    }
    household = read.get();
    records = plain.readValue(json, HouseholdRecords.Household.class);
    if (!module.readValue(json, Household.class).equals(household)) {
      throw new IllegalStateException("the module reads another household");
    }
  }

  /** The facade: strict, limits, every problem with its pointer. */
  @Benchmark
  public Object readFacade() {
    return facade.read(json, Household.class);
  }

  /** A plain mapper with the module. */
  @Benchmark
  public Object readModule() {
    return module.readValue(json, Household.class);
  }

  /** Plain databind into records: the yardstick. */
  @Benchmark
  public Object readRecords() {
    return plain.readValue(json, HouseholdRecords.Household.class);
  }

  /** Jackson's tree only. */
  @Benchmark
  public Object readTree() {
    return plain.readTree(json);
  }

  /** Every token, nothing built: the floor. */
  @Benchmark
  public void tokenScan(Blackhole bh) {
    try (JsonParser p = plain.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        bh.consume(t);
      }
    }
  }

  /** The facade's writer (indented). */
  @Benchmark
  public String writeFacade() {
    return facade.write(household);
  }

  /** Plain databind writing the records (indented, as the facade). */
  @Benchmark
  public String writeRecords() {
    return plain.writerWithDefaultPrettyPrinter().writeValueAsString(records);
  }
}
