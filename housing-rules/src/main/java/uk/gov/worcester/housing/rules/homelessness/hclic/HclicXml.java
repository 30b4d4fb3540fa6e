package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The return as XML for upload: one element per section record, data items as child elements,
 * grouped by section in the return's order. The element names follow this library's item names;
 * a council mapping to the official XSD v1.4 element names does so at this one place.
 *
 * <p>Written with the JDK's own XML writer ({@code javax.xml.stream}), which escapes every text
 * and attribute value. A character XML 1.0 cannot hold at all (a control character other than tab,
 * line feed and carriage return, or half of a surrogate pair) is written as U+FFFD, so the
 * document is always well-formed.
 */
public final class HclicXml {
  private HclicXml() {}

  /** The whole return as an XML document (UTF-8 declared), ending with a line break. */
  public static String render(HclicReturn r) {
    StringWriter text = new StringWriter(4096);
    try {
      XMLStreamWriter out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      out.writeStartDocument("UTF-8", "1.0");
      out.writeCharacters("\n");
      out.writeStartElement("HCLIC");
      out.writeAttribute("quarter", xmlText(r.quarter().toString()));
      out.writeAttribute("authority", xmlText(r.authority().code()));
      out.writeAttribute("codeTable", xmlText(r.codeTableVersion()));
      out.writeCharacters("\n");
      for (HclicSection section : HclicSection.values()) {
        out.writeCharacters("  ");
        out.writeStartElement(elementName(section));
        out.writeCharacters("\n");
        for (HclicRecord record : r.records()) {
          if (record.section() != section) {
            continue;
          }
          out.writeCharacters("    ");
          out.writeStartElement("Record");
          for (Map.Entry<String, String> item : record.items().entrySet()) {
            out.writeStartElement(item.getKey());
            out.writeCharacters(xmlText(item.getValue()));
            out.writeEndElement();
          }
          out.writeEndElement();
          out.writeCharacters("\n");
        }
        out.writeCharacters("  ");
        out.writeEndElement();
        out.writeCharacters("\n");
      }
      out.writeEndElement();
      out.writeCharacters("\n");
      out.writeEndDocument();
      out.close();
    } catch (XMLStreamException e) {
      // Writing to a StringWriter has no I/O to fail; the names written are this library's own.
      throw new IllegalStateException("the H-CLIC return could not be written as XML", e);
    }
    return text.toString();
  }

  /** The element that holds a section's records: {@code TEMPORARY_ACCOMMODATION} is {@code TemporaryAccommodation}. */
  public static String elementName(HclicSection section) {
    StringBuilder t = new StringBuilder();
    for (String part : section.name().split("_")) {
      t.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return t.toString();
  }

  /** {@code s} with every character XML 1.0 cannot hold replaced by U+FFFD. */
  static String xmlText(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int width = Character.charCount(c);
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || c >= 0x10000;
      if (!allowed && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        if (allowed) {
          out.appendCodePoint(c);
        } else {
          out.append('\uFFFD');
        }
      }
      i += width;
    }
    return out == null ? s : out.toString();
  }
}
