package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.testkit.homelessness.HomelessnessGen;
import uk.gov.worcester.housing.testkit.household.HouseholdGen;

/**
 * Fuzzes every read entry point ({@code read(String)}, {@code read(InputStream)}, {@code readTree},
 * {@code read(JsonNode)}, a codec through {@code read(String, codec)}, a plain {@code JsonMapper}
 * with {@link HousingModule}) and every codec of {@link HousingModule#contract()} with broken and
 * extreme documents grown from the shipped samples, the shipped policies and generated values:
 * extreme dates, fields swapped between objects, values of the wrong type, truncation, stray
 * bytes, invalid UTF-8 and unknown fields. Every outcome is a value or problems; the plain mapper
 * may also throw a Jackson exception, its documented way to report problems; nothing else escapes.
 *
 * <p>Short in the test command ({@value #SHORT} examples); long on demand with
 * {@code -Dhousing.fuzz.examples=100000}.
 */
class HostileInputFuzzTest {
  static final int SHORT = 120;
  static final HousingJson JSON = HousingJson.create();
  static final JsonMapper PLAIN = JsonMapper.builder().addModule(new HousingModule()).build();
  static final CodecRegistry CONTRACT = HousingModule.contract();
  static final List<Class<?>> TYPES = new ArrayList<>(CONTRACT.all().keySet());
  static final List<JsonCodec<?>> CODECS = new ArrayList<>(CONTRACT.all().values());
  static final List<String> SEEDS = seeds();

  static final String[] EXTREME_DATES = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31",
      "1799-12-31", "1800-01-01", "2200-12-31", "2201-01-01", "2024-02-30", "2023-02-29", "2024-13-01",
      "99999-01-01", "2024-1-1", "２０２４-01-01"};
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final java.util.concurrent.atomic.AtomicLong VALUES = new java.util.concurrent.atomic.AtomicLong();
  static final java.util.concurrent.atomic.AtomicLong PROBLEMS = new java.util.concurrent.atomic.AtomicLong();

  static int examples() {
    return Integer.getInteger("housing.fuzz.examples", SHORT);
  }

  static List<String> seeds() {
    List<String> seeds = new ArrayList<>();
    Path samples = Path.of("..", "examples", "src", "main", "resources", "samples");
    if (Files.isDirectory(samples)) {
      try (Stream<Path> files = Files.walk(samples).filter(f -> f.toString().endsWith(".json"))) {
        for (Path f : files.sorted().toList()) {
          seeds.add(Files.readString(f));
        }
      } catch (IOException e) {
        throw new AssertionError("the samples cannot be read", e);
      }
    }
    CONTRACT.policies().values().forEach(p -> seeds.add(p.text()));
    seeds.removeIf(String::isBlank);
    assertFalse(seeds.isEmpty());
    return seeds;
  }

  static final List<String> GENERATED = generated();

  static List<String> generated() {
    List<String> out = new ArrayList<>();
    Random random = new Random(20);
    for (int i = 0; i < 6; i++) {
      long seed = random.nextLong();
      qt().withFixedSeed(seed).withExamples(1).forAll(HouseholdGen.households()).checkAssert(h -> out.add(JSON.write(h)));
      qt().withFixedSeed(seed).withExamples(1).forAll(HomelessnessGen.approaches())
          .checkAssert(a -> out.add(JSON.write(a)));
      qt().withFixedSeed(seed).withExamples(1).forAll(HomelessnessGen.caseRecords())
          .checkAssert(c -> out.add(JSON.write(c)));
    }
    return out;
  }

  @Test
  void everyEntryPointAndEveryCodecGivesAValueOrProblems() {
    Gen<Long> seeds = SourceDSL.longs().all();
    qt().withExamples(examples()).withShrinkCycles(50).forAll(seeds).checkAssert(seed -> {
      Random random = new Random(seed);
      List<String> all = new ArrayList<>(SEEDS);
      all.addAll(GENERATED);
      String original = all.get(random.nextInt(all.size()));
      String mutated = mutate(original, random);
      Class<?> type = TYPES.get(random.nextInt(TYPES.size()));
      readEverywhere(mutated, type, random);
    });
  }

  @Test
  void theSeedsThemselvesAndTheirExtremeDatesAreReadEverywhere() {
    Random random = new Random(7);
    List<String> all = new ArrayList<>(SEEDS);
    all.addAll(GENERATED);
    for (String seed : all) {
      for (String date : EXTREME_DATES) {
        String extreme = seed.replaceAll("\"\\d{4}-\\d{2}-\\d{2}\"", "\"" + date + "\"");
        readEverywhere(extreme, TYPES.get(random.nextInt(TYPES.size())), random);
        for (Class<?> type : TYPES) {
          onlyValuesOrProblems(() -> JSON.read(extreme, type));
        }
      }
    }
    // not vacuous: the unmutated seeds and in-range dates give values, the rest problems
    assertTrue(VALUES.get() > 0 && PROBLEMS.get() > 0, VALUES + " values, " + PROBLEMS + " problems");
  }

  static void readEverywhere(String text, Class<?> type, Random random) {
    onlyValuesOrProblems(() -> JSON.read(text, type));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    onlyValuesOrProblems(() -> JSON.read(new ByteArrayInputStream(bytes), type));
    onlyValuesOrProblems(() -> JSON.read(new ByteArrayInputStream(brokenUtf8(bytes, random)), type));
    Validation<Seq<Problem>, JsonNode> tree = JSON.readTree(text);
    if (tree.isValid()) {
      JsonNode node = tree.get();
      onlyValuesOrProblems(() -> JSON.read(node, type));
      for (JsonCodec<?> codec : CODECS) {
        onlyValuesOrProblems(() -> codec.read(node));
      }
      for (CodecRegistry.Document d : CONTRACT.documents().values()) {
        onlyValuesOrProblems(() -> JSON.read(text, d.codec()));
      }
    }
    try {
      PLAIN.readValue(text, type);
    } catch (JacksonException e) {
      assertNotNull(e.getMessage());
    } catch (RuntimeException e) {
      fail("a plain mapper threw " + e.getClass().getName() + " for " + type.getSimpleName() + ": " + cut(text), e);
    }
  }

  static void onlyValuesOrProblems(java.util.function.Supplier<Validation<Seq<Problem>, ?>> read) {
    Validation<Seq<Problem>, ?> result;
    try {
      result = read.get();
    } catch (RuntimeException e) {
      throw new AssertionError("an exception escaped: " + e, e);
    }
    assertNotNull(result);
    if (result.isInvalid()) {
      PROBLEMS.incrementAndGet();
      assertFalse(result.getError().isEmpty());
      assertTrue(result.getError().size() <= uk.gov.worcester.housing.core.common.Problems.MAX_REPORTED + 1);
    } else {
      VALUES.incrementAndGet();
      assertNotNull(result.get());
    }
  }

  static String cut(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  /** One to four mutations of {@code text}: of its tree where it parses, of its characters anyway. */
  static String mutate(String text, Random random) {
    String out = text;
    int times = 1 + random.nextInt(4);
    for (int i = 0; i < times; i++) {
      Validation<Seq<Problem>, JsonNode> tree = JSON.readTree(out);
      if (tree.isValid() && random.nextInt(5) != 0) {
        JsonNode root = tree.get();
        mutateTree(root, random);
        out = root.toString();
      } else {
        out = mutateText(out, random);
      }
    }
    return out;
  }

  static void mutateTree(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty()) {
      return;
    }
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode other = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode o && o.size() > 0) {
      List<String> names = new ArrayList<>(o.propertyNames());
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(8)) {
        case 0 -> o.put(name, EXTREME_DATES[random.nextInt(EXTREME_DATES.length)]);
        case 1 -> o.set(name, hostileValue(random));
        case 2 -> o.remove(name);
        case 3 -> o.put("unknown_" + random.nextInt(1000) + "\u0000\u001b[31m<script>", 1);
        case 4 -> { // swap two fields' values within the object
          String second = names.get(random.nextInt(names.size()));
          JsonNode a = o.get(name);
          o.set(name, o.get(second));
          o.set(second, a);
        }
        case 5 -> { // a field's value moved from another object
          if (other instanceof ObjectNode p && p.size() > 0) {
            List<String> otherNames = new ArrayList<>(p.propertyNames());
            o.set(name, p.get(otherNames.get(random.nextInt(otherNames.size()))).deepCopy());
          }
        }
        case 6 -> o.set(name, other.deepCopy());
        default -> { // a field's name moved to another object, with its value
          if (other instanceof ObjectNode p) {
            p.set(name, o.get(name).deepCopy());
          }
        }
      }
    } else if (target instanceof ArrayNode a) {
      switch (random.nextInt(4)) {
        case 0 -> a.add(hostileValue(random));
        case 1 -> {
          if (a.size() > 0) {
            a.set(random.nextInt(a.size()), hostileValue(random));
          }
        }
        case 2 -> {
          if (a.size() > 0) {
            JsonNode first = a.get(0);
            for (int i = 0; i < 1 + random.nextInt(50); i++) {
              a.add(first.deepCopy());
            }
          }
        }
        default -> a.add(other.deepCopy());
      }
    }
  }

  static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext();) {
        collect(it.next(), out);
      }
    }
  }

  static JsonNode hostileValue(Random random) {
    return switch (random.nextInt(14)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.numberNode(random.nextLong());
      case 2 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
      case 3 -> NODES.numberNode(-0.0);
      case 4 -> NODES.booleanNode(random.nextBoolean());
      case 5 -> NODES.stringNode("");
      case 6 -> NODES.stringNode(" ".repeat(random.nextInt(2000)));
      case 7 -> NODES.stringNode(EXTREME_DATES[random.nextInt(EXTREME_DATES.length)]);
      case 8 -> NODES.stringNode("\uD800\u0000\u202E\u001b[2J");
      case 9 -> NODES.arrayNode();
      case 10 -> NODES.objectNode();
      case 11 -> NODES.stringNode("-999999999999999999999.999");
      case 12 -> NODES.stringNode("NOT_A_CODE_" + random.nextInt(100));
      default -> NODES.stringNode("x".repeat(random.nextInt(5000)));
    };
  }

  static String mutateText(String text, Random random) {
    if (text.isEmpty()) {
      return "{";
    }
    int at = random.nextInt(text.length());
    return switch (random.nextInt(6)) {
      case 0 -> text.substring(0, at);
      case 1 -> text.substring(0, at) + "{[\"\\u" + text.substring(at);
      case 2 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(20)));
      case 3 -> "\uFEFF" + text;
      case 4 -> text.substring(0, at) + (char) random.nextInt(0x10000) + text.substring(at);
      default -> text + text;
    };
  }

  static byte[] brokenUtf8(byte[] bytes, Random random) {
    byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    byte[] insert = bad[random.nextInt(bad.length)];
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    byte[] out = new byte[bytes.length + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
    return out;
  }
}
