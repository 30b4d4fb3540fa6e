package uk.gov.worcester.housing.json;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.homelessness.HomelessnessJson;
import uk.gov.worcester.housing.json.household.HouseholdJson;
import uk.gov.worcester.housing.json.rules.RulesJson;

/**
 * The Jackson 3 module that teaches any {@code JsonMapper} every type of this library:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HousingModule()).build();
 * Household h = mapper.readValue(json, Household.class);
 * }</pre>
 *
 * A plain mapper reports invalid input as an {@link InvalidHousingJsonException} (a Jackson
 * {@code DatabindException}) carrying every problem; {@link HousingJson} returns the problems as
 * a value instead, and adds the limits and strictness untrusted input needs.
 */
public final class HousingModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final transient CodecRegistry registry;

  /** The module with every domain's types. */
  public HousingModule() {
    super("HousingModule", Version.unknownVersion());
    this.registry = contract();
    for (Map.Entry<Class<?>, JsonCodec<?>> e : registry.all().entrySet()) {
      register(e.getKey(), e.getValue());
    }
  }

  /** Every type and enum of the JSON contract, domain by domain. */
  public static CodecRegistry contract() {
    CodecRegistry registry = new CodecRegistry();
    CommonJson.register(registry);
    RulesJson.register(registry);
    HouseholdJson.register(registry);
    HomelessnessJson.register(registry);
    return registry;
  }

  /** The registry this module was built from. */
  public CodecRegistry registry() {
    return registry;
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<?> type, JsonCodec<?> codec) {
    Class<T> t = (Class<T>) type;
    JsonCodec<T> c = (JsonCodec<T>) codec;
    addSerializer(t, new CodecSerializer<>(c));
    addDeserializer(t, new CodecDeserializer<>(c));
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
      JsonNode tree = ctxt.readTree(p);
      Validation<Seq<Problem>, T> result = codec.read(tree);
      if (result.isInvalid()) {
        throw new InvalidHousingJsonException(p, result.getError());
      }
      return result.get();
    }
  }

  /** Invalid input met by a plain {@code JsonMapper}: every problem, with JSON Pointer paths. */
  public static final class InvalidHousingJsonException extends DatabindException {
    private static final long serialVersionUID = 1L;

    private final transient Seq<Problem> problems;

    InvalidHousingJsonException(JsonParser p, Seq<Problem> problems) {
      super(p, problems.map(pr -> pr.path().jsonPointer() + " " + pr.code()).mkString("invalid housing JSON: ", "; ", ""));
      this.problems = problems;
    }

    /** Every problem found. */
    public Seq<Problem> problems() {
      return problems;
    }
  }
}
