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

  /**
   * Appends the text as one line of Markdown inline text that reads as itself: runs of white space
   * (line breaks too) become one space, the characters Markdown gives a meaning anywhere ({@code \ ` * _ [ ] < > & | ~ #}) are
   * backslash-escaped, and, where the text starts a block ({@code blockStart}: a paragraph or a list
   * item, not a heading or a table cell), so are the ones that would make it a different block (a
   * list marker, a numbered item's full stop, a heading underline).
   */
  static void markdown(StringBuilder out, String text, boolean blockStart) {
    int start = out.length();
    boolean lineStart = blockStart;
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
          if (blockStart && onlyDigitsSince(out, start)) {
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
