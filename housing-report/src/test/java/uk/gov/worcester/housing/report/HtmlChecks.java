package uk.gov.worcester.housing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import nu.validator.htmlparser.sax.HtmlParser;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses HTML with the validator.nu HTML5 parser, failing on any parse error or warning, and checks
 * what the report page promises: self-contained, accessible charts and tables, unique ids.
 */
final class HtmlChecks {
  private HtmlChecks() {}

  /**
   * Every parse error and warning the validator.nu parser reported, each with its line and column.
   * Its SAX parser reports them; its DOM builder (1.4.16) drops the tree builder's errors, so the
   * document is parsed once for the errors and once more for the tree.
   */
  static List<String> parseProblems(String html) {
    List<String> problems = new ArrayList<>();
    HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
    parser.setContentHandler(new DefaultHandler());
    parser.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        problems.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void error(SAXParseException e) {
        problems.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        problems.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }
    });
    try {
      parser.parse(new InputSource(new StringReader(html)));
    } catch (SAXException | IOException e) {
      problems.add("parse failed: " + e.getMessage());
    }
    return problems;
  }

  /** The parsed document; fails the test on any parse error or warning. */
  static Document parse(String html) {
    assertEquals(List.of(), parseProblems(html), "the HTML5 parser reported problems");
    try {
      return new HtmlDocumentBuilder(XmlViolationPolicy.ALLOW).parse(new InputSource(new StringReader(html)));
    } catch (SAXException | IOException e) {
      return fail("the HTML5 parser failed", e);
    }
  }

  /** Every element in document order. */
  static List<Element> elements(Document document) {
    List<Element> all = new ArrayList<>();
    NodeList list = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < list.getLength(); i++) {
      all.add((Element) list.item(i));
    }
    return all;
  }

  /** The page loads nothing and runs nothing: no script, no src, no link, no external href or url(). */
  static void assertSelfContained(Document document) {
    for (Element e : elements(document)) {
      String name = e.getLocalName().toLowerCase(Locale.ROOT);
      assertFalse(Set.of("script", "link", "iframe", "object", "embed", "img", "base", "image", "use", "foreignObject")
          .contains(name), "no " + name + " element");
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        String attr = a.getLocalName() == null ? a.getName() : a.getLocalName();
        String value = a.getValue();
        assertFalse(attr.equals("src") || attr.equals("srcset") || attr.equals("action") || attr.equals("poster"),
            name + " has " + attr);
        assertFalse(attr.toLowerCase(Locale.ROOT).startsWith("on"), name + " has an event handler " + attr);
        if (attr.equals("href")) {
          assertTrue(value.startsWith("#"), name + " links outside the page: " + value);
        }
        assertNoExternalUrl(name + "@" + attr, value);
      }
      if (name.equals("style")) {
        assertNoExternalUrl("style", e.getTextContent());
        assertFalse(e.getTextContent().contains("@import"), "the style imports nothing");
      }
    }
  }

  private static void assertNoExternalUrl(String where, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("url(");
    while (at >= 0) {
      String rest = lower.substring(at + 4).replace("\"", "").replace("'", "").trim();
      assertTrue(rest.startsWith("#"), where + " refers outside the page: " + value);
      at = lower.indexOf("url(", at + 4);
    }
  }

  /** Charts, tables, ids and headings as the page promises. */
  static void assertAccessible(Document document) {
    Element html = document.getDocumentElement();
    assertEquals("en-GB", html.getAttribute("lang"));
    List<Element> all = elements(document);
    Set<String> ids = new HashSet<>();
    for (Element e : all) {
      if (e.hasAttribute("id")) {
        assertTrue(ids.add(e.getAttribute("id")), "the id " + e.getAttribute("id") + " is used twice");
      }
    }
    int previous = 1;
    int h1s = 0;
    for (Element e : all) {
      String name = e.getLocalName();
      if (name.matches("h[1-6]")) {
        int level = name.charAt(1) - '0';
        h1s += level == 1 ? 1 : 0;
        assertTrue(level <= previous + 1, "heading " + name + " '" + e.getTextContent() + "' skips a level");
        previous = level;
      }
      for (String ref : List.of("aria-labelledby", "aria-describedby")) {
        if (e.hasAttribute(ref)) {
          for (String id : e.getAttribute(ref).split(" ")) {
            assertTrue(ids.contains(id), ref + " points at a missing id " + id);
          }
        }
      }
      if (e.hasAttribute("href")) {
        assertTrue(ids.contains(e.getAttribute("href").substring(1)), "a link to a missing id");
      }
      if (name.equals("svg")) {
        assertEquals("img", e.getAttribute("role"), "an svg is an image");
        Element title = child(e, "title");
        Element desc = child(e, "desc");
        assertFalse(title.getTextContent().isBlank(), "an svg has a title");
        assertFalse(desc.getTextContent().isBlank(), "an svg has a description");
        assertEquals(title.getAttribute("id") + " " + desc.getAttribute("id"), e.getAttribute("aria-labelledby"));
      }
      if (name.equals("table")) {
        Element caption = child(e, "caption");
        assertFalse(caption.getTextContent().isBlank(), "a table has a caption");
        assertEquals(caption, firstChild(e), "a table's caption comes first");
      }
      if (name.equals("th")) {
        assertTrue(Set.of("col", "row").contains(e.getAttribute("scope")), "a th has a scope");
      }
    }
    assertEquals(1, h1s, "one h1");
  }

  /** The element's first child element of the given name; fails when there is none. */
  static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(name)) {
        return e;
      }
    }
    return fail(parent.getLocalName() + " does not start with " + name);
  }

  private static Element firstChild(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    return fail(parent.getLocalName() + " is empty");
  }

  /** The text of every element of the given local name, in order. */
  static List<String> texts(Document document, String name) {
    List<String> texts = new ArrayList<>();
    for (Element e : elements(document)) {
      if (e.getLocalName().equals(name)) {
        texts.add(e.getTextContent());
      }
    }
    return texts;
  }
}
