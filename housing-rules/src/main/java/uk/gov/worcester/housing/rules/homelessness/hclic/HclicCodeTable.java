package uk.gov.worcester.housing.rules.homelessness.hclic;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The codes the H-CLIC specification gives each label, as data. The specification (data
 * requirement v1.4.5, XSD v1.4) is sent to councils on request and its numeric codes were not
 * available to this library, so {@link #placeholder()} numbers each list's labels 1, 2, 3... in
 * order and says so in its version: a council loads the table from the specification it receives
 * with {@link #parse}, one {@code LIST.LABEL=CODE} line each ({@code #} starts a comment).
 */
public final class HclicCodeTable {
  private final String version;
  private final Map<HclicList, Map<String, String>> codes;

  private HclicCodeTable(String version, Map<HclicList, Map<String, String>> codes) {
    this.version = version;
    this.codes = codes;
  }

  /** Placeholder codes (unconfirmed): each list's labels numbered from 1 in order. */
  public static HclicCodeTable placeholder() {
    Map<HclicList, Map<String, String>> codes = new EnumMap<>(HclicList.class);
    HclicLabels.all().forEach((list, labels) -> {
      Map<String, String> byLabel = new LinkedHashMap<>();
      for (int i = 0; i < labels.size(); i++) {
        byLabel.put(labels.get(i), Integer.toString(i + 1));
      }
      codes.put(list, Collections.unmodifiableMap(byLabel));
    });
    return new HclicCodeTable("PLACEHOLDER-UNCONFIRMED-1.4.5", codes);
  }

  /** A table from {@code LIST.LABEL=CODE} lines; every malformed line or unknown list/label is a problem. */
  public static Validation<Seq<Problem>, HclicCodeTable> parse(String version, String text) {
    Map<HclicList, Map<String, String>> codes = new EnumMap<>(HclicList.class);
    Map<HclicList, java.util.List<String>> known = HclicLabels.all();
    List<Problem> problems = List.empty();
    String[] lines = text.split("\\R");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Path at = Path.of("lines").index(n);
      int dot = line.indexOf('.');
      int eq = line.indexOf('=');
      if (dot < 1 || eq < dot + 2 || eq == line.length() - 1) {
        problems = problems.append(Problem.at(at, ProblemCodes.INVALID_FORMAT, "expected LIST.LABEL=CODE"));
        continue;
      }
      Optional<HclicList> list = java.util.Arrays.stream(HclicList.values())
          .filter(l -> l.name().equals(line.substring(0, dot))).findFirst();
      String label = line.substring(dot + 1, eq);
      if (list.isEmpty() || !known.get(list.get()).contains(label)) {
        problems = problems.append(Problem.at(at, ProblemCodes.UNKNOWN_CODE, "not a list and label this library uses"));
        continue;
      }
      codes.computeIfAbsent(list.get(), l -> new LinkedHashMap<>()).put(label, line.substring(eq + 1).strip());
    }
    return problems.isEmpty() ? Validation.valid(new HclicCodeTable(version, codes)) : Validation.invalid(problems);
  }

  /** The table's version, written into the return. */
  public String version() {
    return version;
  }

  /** The code of a label, if the table has one. */
  public Optional<String> code(HclicList list, String label) {
    return Optional.ofNullable(codes.getOrDefault(list, Map.of()).get(label));
  }
}
