package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.time.LocalDate;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.common.Policy;

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
import uk.gov.worcester.housing.core.common.Problems;
import uk.gov.worcester.housing.core.common.SafeText;

/**
 * The codes the H-CLIC specification gives each label, as data. The specification (data
 * requirement v1.4.5, XSD v1.4) is sent to councils on request and its numeric codes were not
 * available to this library, so {@link #placeholder()} numbers each list's labels 1, 2, 3... in
 * order and says so in its version: a council loads the table from the specification it receives
 * with {@link #parse}, one {@code LIST.LABEL=CODE} line each ({@code #} starts a comment).
 */
public final class HclicCodeTable implements Policy {
  /** The day H-CLIC replaced the P1E return: the default effective date of a table. */
  public static final LocalDate HCLIC_START = LocalDate.of(2018, 4, 3);

  private final String version;
  private final LocalDate effectiveFrom;
  private final Map<HclicList, Map<String, String>> codes;
  private final Map<String, FigureSource> sources;

  private HclicCodeTable(String version, LocalDate effectiveFrom, Map<HclicList, Map<String, String>> codes,
      Map<String, FigureSource> sources) {
    this.version = version;
    this.effectiveFrom = effectiveFrom;
    Map<HclicList, Map<String, String>> copy = new EnumMap<>(HclicList.class);
    codes.forEach((list, byLabel) -> copy.put(list, Collections.unmodifiableMap(new LinkedHashMap<>(byLabel))));
    this.codes = Collections.unmodifiableMap(copy);
    this.sources = Map.copyOf(sources);
  }

  private HclicCodeTable(String version, Map<HclicList, Map<String, String>> codes) {
    this(version, HCLIC_START, codes, Map.of());
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
    return new HclicCodeTable("PLACEHOLDER-UNCONFIRMED-1.4.5", HCLIC_START, codes, Map.of("codes",
        FigureSource.unconfirmed(Citation.of("H-CLIC data requirement", "v1.4.5"), "The numeric codes are not public; "
            + "these placeholders number each list's labels 1, 2, 3... in order.")));
  }

  /**
   * A table from its parts (a policy document): every list and label must be one this library
   * uses, and every code 1 to 20 characters; problems are at {@code codes/LIST/LABEL}.
   */
  public static Validation<Seq<Problem>, HclicCodeTable> of(String version, LocalDate effectiveFrom,
      Map<HclicList, Map<String, String>> codes, Map<String, FigureSource> sources) {
    Map<HclicList, java.util.List<String>> known = HclicLabels.all();
    Problems problems = Problems.collect();
    for (Map.Entry<HclicList, Map<String, String>> list : codes.entrySet()) {
      for (Map.Entry<String, String> code : list.getValue().entrySet()) {
        // a label is input: its pointer holds it made safe, never echoed whole
        Path at = Path.of("codes").field(list.getKey().name()).field(SafeText.of(code.getKey()));
        if (!known.get(list.getKey()).contains(code.getKey())) {
          problems.add(Problem.at(at, ProblemCodes.UNKNOWN_CODE, "not a label of this list"));
        } else if (code.getValue().isBlank() || code.getValue().length() > 20) {
          problems.add(Problem.at(at, ProblemCodes.INVALID_FORMAT, "a code is 1 to 20 characters"));
        }
      }
    }
    return problems.isEmpty() ? Validation.valid(new HclicCodeTable(version, effectiveFrom, codes, sources))
        : Validation.invalid(problems.toSeq());
  }

  /** A table from {@code LIST.LABEL=CODE} lines; every malformed line or unknown list/label is a problem. */
  public static Validation<Seq<Problem>, HclicCodeTable> parse(String version, String text) {
    Map<HclicList, Map<String, String>> codes = new EnumMap<>(HclicList.class);
    Map<HclicList, java.util.List<String>> known = HclicLabels.all();
    Problems problems = Problems.collect();
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
        problems.add(Problem.at(at, ProblemCodes.INVALID_FORMAT, "expected LIST.LABEL=CODE"));
        continue;
      }
      Optional<HclicList> list = java.util.Arrays.stream(HclicList.values())
          .filter(l -> l.name().equals(line.substring(0, dot))).findFirst();
      String label = line.substring(dot + 1, eq);
      if (list.isEmpty() || !known.get(list.get()).contains(label)) {
        problems.add(Problem.at(at, ProblemCodes.UNKNOWN_CODE, "not a list and label this library uses"));
        continue;
      }
      codes.computeIfAbsent(list.get(), l -> new LinkedHashMap<>()).put(label, line.substring(eq + 1).strip());
    }
    return problems.isEmpty() ? Validation.valid(new HclicCodeTable(version, codes))
        : Validation.invalid(problems.toSeq());
  }

  /** The table's version, written into the return. */
  @Override
  public String version() {
    return version;
  }

  /** The first quarter-day the table applies to. */
  @Override
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** Every code, by list and label. */
  public Map<HclicList, Map<String, String>> codes() {
    return codes;
  }

  /** What supports the codes ({@code "codes"}: the specification, or why they are placeholders). */
  @Override
  public Map<String, FigureSource> sources() {
    return sources;
  }

  /** Tables are equal when their version, date, codes and sources are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof HclicCodeTable t && t.version.equals(version) && t.effectiveFrom.equals(effectiveFrom)
        && t.codes.equals(codes) && t.sources.equals(sources);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(version, effectiveFrom, codes);
  }

  /** Its version and date: the codes themselves are data, not for logs. */
  @Override
  public String toString() {
    return "HclicCodeTable[" + version + " from " + effectiveFrom + "]";
  }

  /** The code of a label, if the table has one. */
  public Optional<String> code(HclicList list, String label) {
    return Optional.ofNullable(codes.getOrDefault(list, Map.of()).get(label));
  }
}
