package uk.gov.worcester.housing.examples.cli;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The kinds of file the command line reads, told apart cheaply by their top-level field names (or,
 * for text that is not JSON, by its first characters), so that a file given to the wrong command
 * is one clear problem ("this looks like a homelessness case; expected a household") rather
 * than a list of unknown and missing fields. Only field names are looked at, never values.
 */
enum DocumentKind {
  HOUSEHOLD("a household", "it has \"members\""),
  APPROACH("a homelessness approach", "it has \"household\" and \"appliedOn\""),
  CASE("a homelessness case", "it has \"approach\""),
  STREET_CONTACT("one street contact", "it has \"night\" and \"person\""),
  STREET_CONTACTS("a list of street contacts", "its first item has \"night\" and \"person\""),
  HHSRS_INSPECTION("an HHSRS inspection", "it has \"inspectedOn\" and \"judgements\""),
  HMO_LICENCE_APPLICATION("an HMO licence application", "it has \"property\" and \"requestedYears\""),
  DFG_APPLICATION("a Disabled Facilities Grant application", "it has \"applicantKind\" and \"estimatedCost\""),
  GRANT_APPLICATION("a grant application", "it has \"group\" and \"requested\""),
  GRANT_RECORD("a grant record", "it has \"application\" with \"group\" and \"requested\""),
  GRANT_RECORDS("a list of grant records", "its first item has \"application\" with \"group\" and \"requested\""),
  LETTINGS_APPLICATION("a lettings application", "it has \"registeredOn\", or \"application\" and \"events\""),
  LETTINGS_ADVERT("a lettings advert", "it has \"closesOn\" and \"landlord\""),
  LETTINGS_BIDS("a list of bids", "its first item has \"advert\" and \"placedOn\""),
  COMPLETIONS("an affordable housing delivery record", "its first item has \"completedOn\" and \"tenure\""),
  COUNT_NIGHTS("a list of rough sleeping count nights", "its first item has \"countNight\""),
  HAZARD_REMOVALS("a list of hazard removals", "its first item has \"inspection\" and \"confirmedOn\""),
  HMO_LICENCES_GRANTED("a list of HMO licences granted", "its first item has \"licence\" and \"grantedOn\""),
  CODE_TABLE("an H-CLIC code table", "it has LIST.LABEL=CODE lines"),
  POLICY("a policy document", "it has \"policy\" and \"versions\""),
  JSON("a JSON document", "it starts with '{' or '['"),
  XML("an XML document, such as an H-CLIC return", "it starts with '<'");

  private static final Pattern CODE_LINE = Pattern.compile("[A-Z][A-Z0-9_]*\\.[A-Z][A-Z0-9_]*=.*");

  private final String description;
  private final String clue;

  DocumentKind(String description, String clue) {
    this.description = description;
    this.clue = clue;
  }

  /** How a person would name this kind: "a household". */
  String description() {
    return description;
  }

  /** What a JSON document looks like, if it is one of the kinds this command line reads. */
  static Optional<DocumentKind> of(JsonNode node) {
    if (node.isArray()) {
      if (!node.isEmpty() && node.get(0).isObject() && node.get(0).has("advert") && node.get(0).has("placedOn")) {
        return Optional.of(LETTINGS_BIDS);
      }
      Optional<DocumentKind> strategy = node.isEmpty() ? Optional.empty() : strategyList(node.get(0));
      if (strategy.isPresent()) {
        return strategy;
      }
      Optional<DocumentKind> first = node.isEmpty() ? Optional.empty() : of(node.get(0));
      return first.filter(k -> k == STREET_CONTACT).map(k -> STREET_CONTACTS)
          .or(() -> first.filter(k -> k == GRANT_RECORD).map(k -> GRANT_RECORDS));
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    if (node.has("policy") && node.has("versions")) {
      return Optional.of(POLICY);
    }
    boolean members = node.has("members");
    boolean household = node.has("household");
    boolean approach = node.has("approach");
    // A grant record also has "application" and "events": tell it by its application first.
    if (isGrantApplication(node.path("application")) && !members && !household && !approach) {
      return Optional.of(GRANT_RECORD);
    }
    if (node.has("registeredOn") || (node.has("application") && node.has("events"))) {
      return Optional.of(LETTINGS_APPLICATION);
    }
    if (node.has("closesOn") && node.has("landlord")) {
      return Optional.of(LETTINGS_ADVERT);
    }
    if (approach && !members && !household) {
      return Optional.of(CASE);
    }
    if (household && node.has("appliedOn") && !members && !approach) {
      return Optional.of(APPROACH);
    }
    if (members && !household && !approach) {
      return Optional.of(HOUSEHOLD);
    }
    if (node.has("night") && node.has("person") && !members && !household && !approach) {
      return Optional.of(STREET_CONTACT);
    }
    if (isGrantApplication(node) && !members && !household && !approach) {
      return Optional.of(GRANT_APPLICATION);
    }
    return privateSector(node);
  }

  /** The list kinds the strategy indicators read, by their first item. */
  private static Optional<DocumentKind> strategyList(JsonNode first) {
    if (first.has("completedOn") && first.has("tenure")) {
      return Optional.of(COMPLETIONS);
    }
    if (first.has("countNight")) {
      return Optional.of(COUNT_NIGHTS);
    }
    if (first.has("inspection") && first.has("confirmedOn")) {
      return Optional.of(HAZARD_REMOVALS);
    }
    if (first.has("licence") && first.has("grantedOn")) {
      return Optional.of(HMO_LICENCES_GRANTED);
    }
    return Optional.empty();
  }

  /** A community grant application: it has "group" and "requested". */
  private static boolean isGrantApplication(JsonNode node) {
    return node.isObject() && node.has("group") && node.has("requested");
  }

  private static Optional<DocumentKind> privateSector(JsonNode node) {
    if (node.has("inspectedOn") && node.has("judgements")) {
      return Optional.of(HHSRS_INSPECTION);
    }
    if (node.has("property") && node.has("requestedYears")) {
      return Optional.of(HMO_LICENCE_APPLICATION);
    }
    if (node.has("applicantKind") && node.has("estimatedCost")) {
      return Optional.of(DFG_APPLICATION);
    }
    return Optional.empty();
  }

  /** What a text looks like by its first characters: JSON, XML or a code table, if any. */
  static Optional<DocumentKind> ofText(String text) {
    String start = text.stripLeading();
    if (start.startsWith("{") || start.startsWith("[")) {
      return Optional.of(JSON);
    }
    if (start.startsWith("<")) {
      return Optional.of(XML);
    }
    return start.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
        .filter(l -> CODE_LINE.matcher(l).matches()).map(l -> CODE_TABLE);
  }

  /** "this looks like a homelessness case (it has "approach"); expected a household". */
  String wrongFor(List<DocumentKind> expected) {
    if (expected.isEmpty()) {
      return "this looks like " + description + " (" + clue + "), which this command does not read";
    }
    StringBuilder wanted = new StringBuilder();
    for (int i = 0; i < expected.size(); i++) {
      wanted.append(i == 0 ? "" : i == expected.size() - 1 ? " or " : ", ").append(expected.get(i).description);
    }
    return "this looks like " + description + " (" + clue + "); expected " + wanted;
  }
}
