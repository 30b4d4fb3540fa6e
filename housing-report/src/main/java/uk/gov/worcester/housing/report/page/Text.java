package uk.gov.worcester.housing.report.page;

import java.util.List;
import java.util.Objects;

/** The checks every page value makes on the text and lists it is given. */
final class Text {
  private Text() {}

  /** The text, which must be present and not blank. */
  static String required(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }

  /** An unmodifiable copy of the list, which must hold no nulls and, if {@code nonEmpty}, something. */
  static <T> List<T> list(List<T> items, String what, boolean nonEmpty) {
    Objects.requireNonNull(items, what);
    List<T> copy = List.copyOf(items);
    if (nonEmpty && copy.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return copy;
  }
}
