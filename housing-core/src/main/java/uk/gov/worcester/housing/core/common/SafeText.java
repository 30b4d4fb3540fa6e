package uk.gov.worcester.housing.core.common;

/**
 * Makes text taken from untrusted input safe to echo into a problem, a message or a JSON Pointer
 * (an unknown field's name, a bad token): at most {@value #MAX_LENGTH} characters of ASCII letters,
 * digits and {@code _ - . / + :}; any other character becomes {@code ?} and a longer
 * text is cut and ends in {@code ...}. Control characters, line breaks, terminal escapes, markup
 * and long runs of personal details cannot pass through it.
 */
public final class SafeText {
  /** The most characters of the input kept. */
  public static final int MAX_LENGTH = 40;

  private SafeText() {}

  /** {@code raw} cut to {@value #MAX_LENGTH} safe characters; {@code "?"} for empty text. */
  public static String of(String raw) {
    if (raw.isEmpty()) {
      return "?";
    }
    StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_LENGTH) + 3);
    int end = Math.min(raw.length(), MAX_LENGTH);
    for (int i = 0; i < end; i++) {
      char c = raw.charAt(i);
      out.append(isSafe(c) ? c : '?');
    }
    if (raw.length() > MAX_LENGTH) {
      out.append("...");
    }
    return out.toString();
  }

  /** True when {@code raw} passes through {@link #of} unchanged. */
  public static boolean isSafe(String raw) {
    if (raw.isEmpty() || raw.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (!isSafe(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSafe(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '.' || c == '/' || c == '+' || c == ':';
  }
}
