package uk.gov.worcester.housing.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.JsonCodec;

/**
 * The JSON contract, each domain's codecs registered only when a type of that domain is first
 * asked for. Building every domain's codecs took most of the command line's start-up, and a
 * command that reads a household needs three domains of eleven. Domains are always registered in
 * the contract's order, as a prefix of it (the domain that owns a type and every domain before
 * it), so a domain's registration sees exactly what it saw when all were registered at once. A
 * type's owner is the domain named by the last segment of its package
 * ({@code ...core.household.Household} is the household domain's); a type not found after its
 * owner's prefix is registered, or in a package no domain owns, registers the whole contract.
 *
 * <p>Safe to share between threads: registration happens under this object's lock, and a lookup
 * reads an unmodifiable snapshot of what is registered, published after each registration.
 */
final class LazyContract {
  /**
   * One domain of the contract: its {@code register} method, and the last segments of the
   * packages (core, rules) whose types it registers.
   */
  record Domain(Consumer<CodecRegistry> register, List<String> owns) {
    static Domain of(Consumer<CodecRegistry> register, String... owns) {
      return new Domain(register, List.of(owns));
    }
  }

  private final List<Domain> domains;
  private final CodecRegistry registry = new CodecRegistry();
  private final Map<String, Integer> owners = new HashMap<>();
  private int registered;
  private volatile Map<Class<?>, JsonCodec<?>> known = Map.of();

  private LazyContract(List<Domain> domains) {
    this.domains = domains;
    for (int i = 0; i < domains.size(); i++) {
      for (String segment : domains.get(i).owns()) {
        owners.put(segment, i); // a segment two domains own belongs to the later one
      }
    }
  }

  /** The contract of these domains, in this order, nothing registered yet. */
  static LazyContract of(List<Domain> domains) {
    return new LazyContract(List.copyOf(domains));
  }

  /** The codec for exactly {@code type}, registering its domain first if need be. */
  @SuppressWarnings("unchecked")
  <T> Optional<JsonCodec<T>> find(Class<T> type) {
    JsonCodec<?> codec = known.get(type);
    if (codec == null) {
      synchronized (this) {
        if (registerOwnerOf(type)) {
          codec = registry.find(type).orElse(null);
        }
        if (codec == null && registered < domains.size()) {
          registerUpTo(domains.size());
          codec = registry.find(type).orElse(null);
        }
      }
    }
    return Optional.ofNullable((JsonCodec<T>) codec);
  }

  /** The codec for {@code type} or its nearest registered supertype, as {@link CodecRegistry#findFor}. */
  synchronized <T> Optional<JsonCodec<T>> findFor(Class<? extends T> type) {
    registerOwnerOf(type);
    Optional<JsonCodec<T>> found = registry.findFor(type);
    if (found.isEmpty() && registered < domains.size()) {
      registerUpTo(domains.size());
      found = registry.findFor(type);
    }
    return found;
  }

  /** How many domains are registered so far (for tests). */
  synchronized int registered() {
    return registered;
  }

  /** The whole contract, every domain registered. */
  synchronized CodecRegistry all() {
    registerUpTo(domains.size());
    return registry;
  }

  /** Registers the prefix that ends with {@code type}'s owner; false if no domain owns it. */
  private boolean registerOwnerOf(Class<?> type) {
    String packageName = type.getPackageName();
    Integer owner = owners.get(packageName.substring(packageName.lastIndexOf('.') + 1));
    if (owner == null) {
      return false;
    }
    registerUpTo(owner + 1);
    return true;
  }

  private void registerUpTo(int count) {
    if (count <= registered) {
      return;
    }
    while (registered < count) {
      domains.get(registered).register().accept(registry);
      registered++;
    }
    known = Map.copyOf(registry.all());
  }
}
