package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * housing-bom has no parent (so that importing it pins nothing but this library), which means
 * nothing else keeps it in step with the build: this test does.
 */
class BomTest {
  static Document pom(String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(Path.of("..", path).toFile());
  }

  static String child(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  /** groupId:artifactId:version of each dependency the POM manages in this library's group. */
  static List<String> managed(Document pom) {
    Element management = (Element) pom.getElementsByTagName("dependencyManagement").item(0);
    NodeList dependencies = management.getElementsByTagName("dependency");
    List<String> own = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element d = (Element) dependencies.item(i);
      if (child(d, "groupId").equals("uk.gov.worcester.housing")) {
        own.add(child(d, "artifactId") + ":" + child(d, "version"));
      }
    }
    return own;
  }

  static String version(Document pom) {
    NodeList children = pom.getDocumentElement().getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals("version")) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("no version");
  }

  @Test
  void theBomManagesEveryLibraryArtifactAtTheBuildsVersion() throws Exception {
    Document parent = pom("pom.xml");
    Document bom = pom("housing-bom/pom.xml");
    assertEquals(version(parent), version(bom));
    assertEquals(List.of("housing-core:${project.version}", "housing-rules:${project.version}",
        "housing-json:${project.version}", "housing-testkit:${project.version}",
        "housing-report:${project.version}"), managed(parent));
    assertEquals(managed(parent), managed(bom));
  }
}
