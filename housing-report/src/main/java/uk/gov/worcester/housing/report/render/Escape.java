package uk.gov.worcester.housing.report.render;

/**
 * Text made safe to write: code points no HTML or XML document may hold (controls, unpaired
 * surrogates, noncharacters) become U+FFFD, and the characters each format gives a meaning are
 * escaped. Every method is linear in its input.
 */
final class Escape {
  private Escape() {}

  /** The replacement for a code point no document may hold. */
  static final int REPLACEMENT = 0xFFFD;

  /**
   * Whether a code point may stand in an HTML document (and in XML 1.0, so inline SVG is safe too):
   * tab, line feed and carriage return of the controls, no C1 controls, no unpaired surrogate, no
   * noncharacter.
   */
  static boolean allowed(int cp) {
    if (cp < 0x20) {
      return cp == '\t' || cp == '\n' || cp == '\r';
    }
    if (cp >= 0x7F && cp <= 0x9F) {
      return false;
    }
    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return false;
    }
    if (cp >= 0xFDD0 && cp <= 0xFDEF) {
      return false;
    }
    return (cp & 0xFFFE) != 0xFFFE;
  }

  /** Appends the text escaped for HTML text or a quoted attribute value (and so for inline SVG). */
  static void html(StringBuilder out, String text) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!allowed(cp)) {
        out.appendCodePoint(REPLACEMENT);
        continue;
      }
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> out.append('\n');
        default -> out.appendCodePoint(cp);
      }
    }
  }

  /** The text escaped for HTML. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    html(out, text);
    return out.toString();
  }

  /**
   * Appends the text as one line of Markdown inline text that reads as itself: runs of white space
   * (line breaks too) become one space, the characters Markdown gives a meaning anywhere ({@code \ ` * _ [ ] < > & | ~ #}) are
   * backslash-escaped, and so are the ones that start a block at the beginning of the text (a list
   * marker, a numbered item's full stop, a heading underline, a quote).
   */
  static void markdown(StringBuilder out, String text) {
    int start = out.length();
    boolean lineStart = true;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!allowed(cp)) {
        out.appendCodePoint(REPLACEMENT);
        lineStart = false;
        continue;
      }
      if (cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ') {
        // runs of white space read as one space, and none leads (four would start a code block)
        if (out.length() > start && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        continue;
      }
      switch (cp) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#' -> out.append('\\').append((char) cp);
        case '-', '+', '=' -> {
          if (lineStart) {
            out.append('\\');
          }
          out.append((char) cp);
        }
        case '.', ')' -> {
          if (onlyDigitsSince(out, start)) {
            out.append('\\');
          }
          out.append((char) cp);
        }
        default -> out.appendCodePoint(cp);
      }
      lineStart = false;
    }
    while (out.length() > start && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  /** The text escaped as Markdown inline text. */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    markdown(out, text);
    return out.toString();
  }

  /** Whether everything appended since {@code start} is one to nine digits (an ordered list marker). */
  private static boolean onlyDigitsSince(StringBuilder out, int start) {
    int length = out.length() - start;
    if (length < 1 || length > 9) {
      return false;
    }
    for (int i = start; i < out.length(); i++) {
      if (out.charAt(i) < '0' || out.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
