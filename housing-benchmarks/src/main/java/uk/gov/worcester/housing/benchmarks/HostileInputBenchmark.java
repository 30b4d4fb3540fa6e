package uk.gov.worcester.housing.benchmarks;

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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.JsonCodec;

/**
 * Rejecting hostile documents takes time in proportion to their size: {@code n} unknown fields of
 * a household, and a list of {@code n} invalid items. Doubling {@code n} should about double the
 * time per operation (it was quadratic when problems were appended to a persistent list one at a
 * time). The tests assert the behaviour (the capped report); this shows the time, beside the
 * time a parser takes only to pass over the unknown-fields document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@Threads(1)
public class HostileInputBenchmark {
  @Param({"20000", "40000", "80000"})
  public int n;

  private final HousingJson json = HousingJson.create();
  private final JsonFactory plain = JsonFactory.builder()
      .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES).build();
  private final JsonFactory defaults = JsonFactory.builder().build();
  private final JsonCodec<java.util.List<Integer>> list = Codecs.list(Codecs.integer(0, 1), 1_000_000);
  private String unknownFields;
  private String invalidItems;

  /** Builds the documents once per size. */
  @Setup
  public void documents() {
    StringBuilder fields = new StringBuilder("{");
    StringBuilder items = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      fields.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":0");
      items.append(i == 0 ? "" : ",").append("\"x\"");
    }
    unknownFields = fields.append('}').toString();
    invalidItems = items.append(']').toString();
  }

  /** A household document of {@code n} unknown fields. */
  @Benchmark
  public Object unknownFields() {
    return json.read(unknownFields, Household.class);
  }

  /**
   * The floor: a parser set as the facade's is (no table of names) passing over the same
   * unknown-fields document, token by token, with nothing checked or kept.
   */
  @Benchmark
  public long tokenScanUnknownFields() {
    return scan(plain);
  }

  /** Jackson's default parser (which keeps a table of names) passing over the same document. */
  @Benchmark
  public long tokenScanUnknownFieldsDefault() {
    return scan(defaults);
  }

  private long scan(JsonFactory factory) {
    long names = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), unknownFields)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME) {
          names += p.currentName().length();
        }
      }
    }
    return names;
  }

  /** A list of {@code n} items, each of the wrong type. */
  @Benchmark
  public Object invalidItems() {
    return json.read(invalidItems, list);
  }
}
