package uk.gov.worcester.housing.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleSerializers;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.SafeText;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.JsonProblems;
import uk.gov.worcester.housing.json.grants.GrantsJson;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.json.homelessness.HomelessnessPolicyJson;
import uk.gov.worcester.housing.json.household.HouseholdJson;
import uk.gov.worcester.housing.json.lettings.LettingsJson;
import uk.gov.worcester.housing.json.rules.RulesJson;

/**
 * The Jackson 3 module that teaches any {@code JsonMapper} every type of this library. The jar
 * registers it as a service ({@code META-INF/services/tools.jackson.databind.JacksonModule}), so
 * a mapper that finds its modules finds it; or add it by hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * JsonMapper same = JsonMapper.builder().addModule(new HousingModule()).build();
 * Household h = mapper.readValue(json, Household.class);
 * }</pre>
 *
 * A plain mapper reports invalid input as an {@link InvalidHousingJsonException} (a Jackson
 * {@code DatabindException}) carrying every problem; {@link HousingJson} returns the problems as
 * a value instead, and adds the limits and strictness untrusted input needs. A value of this
 * library inside an application's own document (a {@code Household} field of the application's
 * request class, say) reports its problems with pointers from the root of that document:
 * {@code /household/members/2/dateOfBirth}. {@link #version()} is the version of the
 * {@code housing-json} build it came from.
 */
public final class HousingModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = buildVersion();

  /** Each domain's {@code register}, in the contract's order, with the packages it owns. */
  static final List<LazyContract.Domain> DOMAINS = List.of(
      LazyContract.Domain.of(CommonJson::register, "common"),
      LazyContract.Domain.of(RulesJson::register, "common"),
      LazyContract.Domain.of(HouseholdJson::register, "household"),
      LazyContract.Domain.of(HomelessnessJson::register, "homelessness"),
      LazyContract.Domain.of(HomelessnessPolicyJson::register, "homelessness", "hclic"),
      LazyContract.Domain.of(uk.gov.worcester.housing.json.privatesector.PrivateSectorJson::register, "privatesector"),
      LazyContract.Domain.of(uk.gov.worcester.housing.json.welfare.WelfareJson::register, "welfare"),
      LazyContract.Domain.of(GrantsJson::register, "grants"),
      LazyContract.Domain.of(LettingsJson::register, "lettings"),
      LazyContract.Domain.of(uk.gov.worcester.housing.json.strategy.StrategyJson::register, "strategy"),
      LazyContract.Domain.of(uk.gov.worcester.housing.json.strategy.StrategyRecordsJson::register, "strategy"));

  private final transient LazyContract contract;

  /**
   * The module with every domain's types. A domain's codecs are built when one of its types is
   * first read or written, not here, so a program that reads households never builds the
   * lettings codecs.
   */
  public HousingModule() {
    super("HousingModule", VERSION);
    this.contract = LazyContract.of(DOMAINS);
    setSerializers(new ContractSerializers(contract));
    setDeserializers(new ContractDeserializers(contract));
  }

  /** Every type and enum of the JSON contract, domain by domain. */
  public static CodecRegistry contract() {
    return LazyContract.of(DOMAINS).all();
  }

  /** The registry this module was built from: every domain's codecs (which this builds). */
  public CodecRegistry registry() {
    return contract.all();
  }

  /** The contract as this module registers it, a domain at a time, for the facade. */
  LazyContract lazyContract() {
    return contract;
  }

  /**
   * The version of the build this module came from, written into the jar by the build;
   * {@link Version#unknownVersion()} only if that record is missing (classes copied without
   * their resources).
   */
  private static Version buildVersion() {
    try (InputStream in = HousingModule.class.getResourceAsStream("housing-json.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties build = new Properties();
      build.load(in);
      return VersionUtil.parseVersion(build.getProperty("version"), build.getProperty("groupId"),
          build.getProperty("artifactId"));
    } catch (IOException e) {
      return Version.unknownVersion();
    }
  }

  /**
   * Where the value the parser is about to read sits in the whole document: the names and
   * indexes of the objects and lists that hold it, from the document's root.
   */
  static Path locationOf(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    if (context != null && p.currentToken() == JsonToken.PROPERTY_NAME) {
      context = context.getParent(); // already inside the value's object: its place is in the parent
    }
    Deque<Object> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject() && c.currentName() != null) {
        segments.push(c.currentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.push(c.getCurrentIndex());
      }
    }
    Path path = Path.root();
    for (Object segment : segments) {
      path = segment instanceof Integer ? path.index((Integer) segment) : path.field(SafeText.of((String) segment));
    }
    return path;
  }

  /** Jackson's serializers from the contract, each domain's built when first asked for. */
  private static final class ContractSerializers extends SimpleSerializers {
    private static final long serialVersionUID = 1L;

    private final transient LazyContract contract;

    ContractSerializers(LazyContract contract) {
      this.contract = contract;
    }

    @Override
    public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier description, JsonFormat.Value format) {
      return serializer(type.getRawClass());
    }

    @Override
    public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier description, JsonFormat.Value format) {
      return serializer(type.getRawClass());
    }

    private <T> ValueSerializer<?> serializer(Class<T> type) {
      return contract.<T>findFor(type).map(CodecSerializer::new).orElse(null);
    }
  }

  /** Jackson's deserializers from the contract, each domain's built when first asked for. */
  private static final class ContractDeserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    private final transient LazyContract contract;

    ContractDeserializers(LazyContract contract) {
      this.contract = contract;
    }

    @Override
    public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier description) {
      return deserializer(type.getRawClass());
    }

    @Override
    public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier description) {
      return deserializer(type.getRawClass());
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
      return contract.find(type).isPresent();
    }

    private <T> ValueDeserializer<?> deserializer(Class<T> type) {
      return contract.find(type).map(CodecDeserializer::new).orElse(null);
    }
  }

  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final JsonCodec<T> codec;

    CodecSerializer(JsonCodec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext ctxt) {
      codec.write(value, out);
    }
  }

  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final JsonCodec<T> codec;

    CodecDeserializer(JsonCodec<T> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      Validation<Seq<Problem>, T> result;
      if (p.currentToken() == JsonToken.PROPERTY_NAME) {
        // Jackson hands over an object already opened (a value buffered for a type's sake): as a tree.
        Path at = locationOf(p);
        result = JsonProblems.readSafely(codec, ctxt.readTree(p));
        if (result.isInvalid()) {
          throw new InvalidHousingJsonException(p, result.getError().map(problem -> problem.within(at)));
        }
        return result.get();
      }
      result = JsonProblems.readSafely(codec, p); // one pass over the tokens
      if (result.isInvalid()) {
        // The parser is on the value's last token, whose context is the one that holds the value.
        Path at = locationOf(p);
        throw new InvalidHousingJsonException(p, result.getError().map(problem -> problem.within(at)));
      }
      return result.get();
    }
  }

  /**
   * Invalid input met by a plain {@code JsonMapper}: every problem, each with its JSON Pointer from
   * the root of the document being read. The message lists each problem's pointer, code and
   * message, never the offending values (see {@link InvalidValueException#describe}).
   */
  public static final class InvalidHousingJsonException extends DatabindException {
    private static final long serialVersionUID = 1L;

    private final transient Seq<Problem> problems;

    InvalidHousingJsonException(JsonParser p, Seq<Problem> problems) {
      super(p, "invalid housing JSON: " + InvalidValueException.describe(problems));
      this.problems = problems;
    }

    /** Every problem found. */
    public Seq<Problem> problems() {
      return problems;
    }

    /** Every problem found, as an unmodifiable JDK list (for callers without Vavr). */
    public java.util.List<Problem> problemList() {
      return problems.asJava();
    }
  }
}
