package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.util.Map;

/**
 * The return as XML for upload: one element per section record, data items as child elements,
 * grouped by section in the return's order. The element names follow this library's item names;
 * a council mapping to the official XSD v1.4 element names does so at this one place.
 */
public final class HclicXml {
  private HclicXml() {}

  public static String render(HclicReturn r) {
    StringBuilder out = new StringBuilder(4096);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<HCLIC quarter=\"").append(r.quarter()).append("\" authority=\"").append(escape(r.authority().code()))
        .append("\" codeTable=\"").append(escape(r.codeTableVersion())).append("\">\n");
    for (HclicSection section : HclicSection.values()) {
      out.append("  <").append(tag(section)).append(">\n");
      for (HclicRecord record : r.records()) {
        if (record.section() != section) {
          continue;
        }
        out.append("    <Record>");
        for (Map.Entry<String, String> item : record.items().entrySet()) {
          out.append('<').append(item.getKey()).append('>').append(escape(item.getValue())).append("</")
              .append(item.getKey()).append('>');
        }
        out.append("</Record>\n");
      }
      out.append("  </").append(tag(section)).append(">\n");
    }
    out.append("</HCLIC>\n");
    return out.toString();
  }

  private static String tag(HclicSection section) {
    StringBuilder t = new StringBuilder();
    for (String part : section.name().split("_")) {
      t.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return t.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
