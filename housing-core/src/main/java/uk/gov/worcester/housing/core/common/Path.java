package uk.gov.worcester.housing.core.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where in a value a problem was found: a chain of field names and list indexes, always written
 * as a JSON Pointer (RFC 6901) such as {@code /members/2/dateOfBirth}, in {@link #toString()},
 * in messages and on the command line alike. The same pointer finds the place in the value's JSON
 * document, because every JSON field in this library carries the name of the Java attribute it
 * holds. The whole value is the empty pointer {@code ""}.
 */
public final class Path {
  private static final Path ROOT = new Path(List.of());

  private final List<Object> segments;

  private Path(List<Object> segments) {
    this.segments = segments;
  }

  /** The whole value. */
  public static Path root() {
    return ROOT;
  }

  /** A path of one field name. */
  public static Path of(String field) {
    return ROOT.field(field);
  }

  /** This path followed by a field name. */
  public Path field(String name) {
    Objects.requireNonNull(name, "name");
    return append(name);
  }

  /** This path followed by a list index. */
  public Path index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("a list index is never negative");
    }
    return append(index);
  }

  /** This path followed by all of {@code rest}. */
  public Path resolve(Path rest) {
    if (rest.isRoot()) {
      return this;
    }
    if (isRoot()) {
      return rest;
    }
    List<Object> joined = new ArrayList<>(segments.size() + rest.segments.size());
    joined.addAll(segments);
    joined.addAll(rest.segments);
    return new Path(Collections.unmodifiableList(joined));
  }

  private Path append(Object segment) {
    List<Object> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new Path(Collections.unmodifiableList(longer));
  }

  /** True for the whole value. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** The same place as a JSON Pointer (RFC 6901), "" for the whole document. */
  public String jsonPointer() {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** The JSON Pointer, as {@link #jsonPointer()}: {@code /members/2/dateOfBirth}; {@code ""} for the whole value. */
  @Override
  public String toString() {
    return jsonPointer();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Path && ((Path) other).segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
