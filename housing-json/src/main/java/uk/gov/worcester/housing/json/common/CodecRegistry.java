package uk.gov.worcester.housing.json.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The types a domain teaches the JSON module, each with its codec, the enum codes that are part of
 * the contract, and the documents the contract publishes a JSON Schema for. Each domain's
 * {@code ...Json} class adds its own in one {@code register} method;
 * {@link uk.gov.worcester.housing.json.HousingModule} gathers them all. Publishing a new document
 * (a policy, say) is one line: {@code registry.document("homelessness-policy", HomelessnessPolicy.class,
 * "...")}.
 */
public final class CodecRegistry {
  private static final Pattern DOCUMENT_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Map<Class<?>, JsonCodec<?>> codecs = new LinkedHashMap<>();
  private final List<EnumCodec<?>> enums = new ArrayList<>();
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Map<String, ShippedPolicy> policies = new LinkedHashMap<>();

  /**
   * A policy whose default ships as a document in the jar: its kind code
   * ({@code LOCAL_HOMELESSNESS}), the published document it is ({@code local-homelessness-policy})
   * and the resource holding the default, beside {@code anchor}'s package.
   *
   * @param kind the document's {@code "policy"} code
   * @param document the published document's name
   * @param anchor the class whose package holds the resource
   * @param resource the resource's name relative to that package
   */
  public record ShippedPolicy(String kind, String document, Class<?> anchor, String resource) {
    /** The shipped document's text. */
    public String text() {
      return PolicyDocuments.resource(anchor, resource);
    }
  }

  /**
   * A document the contract publishes: its name ({@code household}, the schema file
   * {@code household.schema.json}), what it is, and its codec.
   *
   * @param name lower-case words joined by hyphens
   * @param description one or two sentences for the schema's {@code description}
   * @param codec the codec that reads, writes and describes it
   */
  public record Document(String name, String description, JsonCodec<?> codec) {}

  /** Adds a type that can be read and written on its own (a document's root, say). */
  public <T> CodecRegistry add(Class<T> type, JsonCodec<T> codec) {
    if (codecs.putIfAbsent(type, codec) != null) {
      throw new IllegalArgumentException("a codec is registered twice for " + type.getName());
    }
    if (codec instanceof EnumCodec) {
      enums.add((EnumCodec<?>) codec);
    }
    return this;
  }

  /** Adds an enum both as a type and to the contract's code list. */
  public <E extends Enum<E>> CodecRegistry add(EnumCodec<E> codec) {
    return add(codec.type(), codec);
  }

  /**
   * Publishes the registered type {@code type} as the document {@code name}, with a JSON Schema
   * generated from its codec.
   */
  public <T> CodecRegistry document(String name, Class<T> type, String description) {
    return document(name, find(type).orElseThrow(() -> new IllegalArgumentException(
        "register a codec for " + type.getName() + " before publishing it")), description);
  }

  /** Publishes a document read and written by {@code codec} (a list of contacts, say). */
  public CodecRegistry document(String name, JsonCodec<?> codec, String description) {
    if (!DOCUMENT_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a document name is lower-case words joined by hyphens: " + name);
    }
    if (documents.putIfAbsent(name, new Document(name, description, codec)) != null) {
      throw new IllegalArgumentException("the document " + name + " is published twice");
    }
    return this;
  }

  /**
   * Publishes policy {@code kind} as the document {@code name} read by {@code codec}, with its
   * default shipped as {@code resource} beside {@code anchor}.
   */
  public CodecRegistry policy(String kind, String name, JsonCodec<?> codec, String description, Class<?> anchor,
      String resource) {
    document(name, codec, description);
    if (policies.putIfAbsent(kind, new ShippedPolicy(kind, name, anchor, resource)) != null) {
      throw new IllegalArgumentException("the policy " + kind + " is published twice");
    }
    return this;
  }

  /** Every policy with a shipped default, by kind, in registration order. */
  public Map<String, ShippedPolicy> policies() {
    return Collections.unmodifiableMap(policies);
  }

  /** Every published document, in registration order. */
  public Map<String, Document> documents() {
    return Collections.unmodifiableMap(documents);
  }

  /** The codec for exactly {@code type}, if registered. */
  @SuppressWarnings("unchecked")
  public <T> Optional<JsonCodec<T>> find(Class<T> type) {
    return Optional.ofNullable((JsonCodec<T>) codecs.get(type));
  }

  /**
   * The codec for {@code type} or the nearest registered supertype (an Immutables implementation
   * class finds its abstract value type's codec).
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<JsonCodec<T>> findFor(Class<? extends T> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      JsonCodec<?> codec = codecs.get(c);
      if (codec != null) {
        return Optional.of((JsonCodec<T>) codec);
      }
    }
    for (Class<?> i : type.getInterfaces()) {
      JsonCodec<?> codec = codecs.get(i);
      if (codec != null) {
        return Optional.of((JsonCodec<T>) codec);
      }
    }
    return Optional.empty();
  }

  /** Every registered type with its codec, in registration order. */
  public Map<Class<?>, JsonCodec<?>> all() {
    return Collections.unmodifiableMap(codecs);
  }

  /** Every enum in the contract. */
  public List<EnumCodec<?>> enums() {
    return Collections.unmodifiableList(enums);
  }
}
