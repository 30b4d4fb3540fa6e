package uk.gov.worcester.housing.core.common;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns a citation's instrument and provision into a stable link, as two small
 * tables: which instruments are known and where each lives, and how a provision of each kind of
 * instrument becomes a path.
 *
 * <p>Instruments:
 * <ul>
 *   <li>Acts, by the names this library cites, with their year and chapter number on
 *       legislation.gov.uk: Housing Act 1996 (1996 c.52), Homelessness Reduction Act 2017 (2017
 *       c.13), Domestic Abuse Act 2021 (2021 c.17), Renters' Rights Act 2025 (2025 c.26). An Act
 *       not in the table (its chapter number not checked) gets no link rather than a wrong one.</li>
 *   <li>Any UK statutory instrument written {@code SI year/number}, whose number is its address
 *       ({@code /uksi/2002/2051}). A Welsh or Scottish instrument is not written this way and gets
 *       no link.</li>
 *   <li>The Homelessness Code of Guidance on GOV.UK: a chapter's page where its address has been
 *       checked (chapters 6, 7, 8, 15, 16, 17 and 19); no link for other chapters.</li>
 * </ul>
 *
 * <p>Provisions: an Act's section {@code s.189(1)(b)} links to {@code /section/189}; a
 * statutory instrument's article {@code art.3} to {@code /article/3} and regulation {@code reg.5}
 * to {@code /regulation/5}; a numbered schedule {@code Sch 1 para 48} to
 * {@code /schedule/1/paragraph/48} (and {@code Sch 1} to {@code /schedule/1}); a Code paragraph
 * {@code para 6.35} or chapter {@code ch.17} to its chapter's page. Subsections and sub-paragraphs
 * in brackets are dropped, as legislation.gov.uk pages are per section. Ranges ({@code ss.175-177},
 * {@code regs 2-3}), Parts (legislation.gov.uk writes the Parts of older Acts in Roman numerals and
 * of newer ones in Arabic), unnumbered schedules and anything else get no link.
 *
 * <p>Links open the current revised text; legislation.gov.uk shows a provision as it stood on a
 * day when the date is added to the address ({@code .../section/189/2021-07-05}).
 */
public final class CitationLinks {
  private CitationLinks() {}

  private static final String LEGISLATION = "https://www.legislation.gov.uk/";
  private static final String CODE_OF_GUIDANCE =
      "https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/";

  /** The kinds of instrument, each with its own provision rules. */
  private enum Kind { ACT, STATUTORY_INSTRUMENT, CODE_OF_GUIDANCE }

  /** Where an instrument lives: its kind and the address its provisions hang from. */
  private static final class Source {
    final Kind kind;
    final String base;

    Source(Kind kind, String base) {
      this.kind = kind;
      this.base = base;
    }
  }

  private static Map.Entry<String, Source> act(String name, int year, int chapter) {
    return Map.entry(key(name), new Source(Kind.ACT, LEGISLATION + "ukpga/" + year + "/" + chapter + "/"));
  }

  private static Map.Entry<String, Source> codeOfGuidance(String name) {
    return Map.entry(key(name), new Source(Kind.CODE_OF_GUIDANCE, CODE_OF_GUIDANCE));
  }

  /** The named instruments, by every name this library or a partner is likely to cite them by. */
  private static final Map<String, Source> INSTRUMENTS = Map.ofEntries(
      act("HA 1996", 1996, 52),
      act("HA 2004", 2004, 34),
      act("HA 1985", 1985, 68),
      act("HGCRA 1996", 1996, 53),
      act("HPA 2016", 2016, 22),
      act("Housing Act 1996", 1996, 52),
      act("HRA 2017", 2017, 13),
      act("Homelessness Reduction Act 2017", 2017, 13),
      act("DA Act 2021", 2021, 17),
      act("DAA 2021", 2021, 17),
      act("Domestic Abuse Act 2021", 2021, 17),
      act("RRA 2025", 2025, 26),
      act("Renters' Rights Act 2025", 2025, 26),
      codeOfGuidance("Homelessness Code of Guidance"),
      codeOfGuidance("Homelessness code of guidance for local authorities"),
      codeOfGuidance("Code of Guidance"));

  /** A UK statutory instrument by its year and number. */
  private static final Pattern STATUTORY_INSTRUMENT = Pattern.compile("(?:SI|S\\.I\\.)\\s*(\\d{4})/(\\d{1,5})");

  /** The Code of Guidance chapters whose GOV.UK address has been checked, by number. */
  private static final Map<Integer, String> CODE_CHAPTERS = Map.of(
      6, "chapter-6-homeless-or-threatened-with-homelessness",
      7, "chapter-7-eligibility-for-assistance",
      8, "chapter-8-priority-need",
      15, "chapter-15-accommodation-duties-and-powers",
      16, "chapter-16-securing-accommodation",
      17, "chapter-17-suitability-of-accommodation",
      19, "chapter-19-review-of-decisions-and-appeals-to-the-county-court");

  /** How one kind of provision of one kind of instrument becomes a path. */
  private static final class Rule {
    final Kind kind;
    final Pattern provision;
    final Function<MatchResult, Optional<String>> path;

    Rule(Kind kind, String provision, Function<MatchResult, Optional<String>> path) {
      this.kind = kind;
      this.provision = Pattern.compile(provision);
      this.path = path;
    }
  }

  /** Subsections and sub-paragraphs in brackets: {@code (1)(b)}, {@code (A1)}, {@code (3B)}. */
  private static final String BRACKETS = "(?:\\([0-9A-Za-z]{1,6}\\))*";
  private static final String NUMBER = "(\\d{1,4}[A-Z]{0,3})";
  private static final String SCHEDULE = "(?:Sch\\.?|Schedule)\\s*" + NUMBER;
  private static final String PARAGRAPH = ",?\\s*(?:para\\.?|paragraph)\\s*" + NUMBER + BRACKETS;

  private static Function<MatchResult, Optional<String>> path(String format) {
    return m -> {
      Object[] groups = new Object[m.groupCount()];
      for (int i = 0; i < groups.length; i++) {
        groups[i] = m.group(i + 1);
      }
      return Optional.of(String.format(Locale.ROOT, format, groups));
    };
  }

  private static Optional<String> codeChapter(MatchResult m) {
    return Optional.ofNullable(CODE_CHAPTERS.get(Integer.parseInt(m.group(1))));
  }

  private static final List<Rule> RULES = List.of(
      new Rule(Kind.ACT, "(?:s\\.?|section)\\s*" + NUMBER + BRACKETS, path("section/%s")),
      new Rule(Kind.ACT, SCHEDULE + PARAGRAPH, path("schedule/%s/paragraph/%s")),
      new Rule(Kind.ACT, SCHEDULE, path("schedule/%s")),
      new Rule(Kind.STATUTORY_INSTRUMENT, "(?:art\\.?|article)\\s*" + NUMBER + BRACKETS, path("article/%s")),
      new Rule(Kind.STATUTORY_INSTRUMENT, "(?:reg\\.?|regulation)\\s*" + NUMBER + BRACKETS, path("regulation/%s")),
      new Rule(Kind.STATUTORY_INSTRUMENT, SCHEDULE + PARAGRAPH, path("schedule/%s/paragraph/%s")),
      new Rule(Kind.STATUTORY_INSTRUMENT, SCHEDULE, path("schedule/%s")),
      new Rule(Kind.CODE_OF_GUIDANCE, "(?:ch\\.?|chapter)\\s*(\\d{1,2})", CitationLinks::codeChapter),
      new Rule(Kind.CODE_OF_GUIDANCE, "(?:para\\.?|paragraph)\\s*(\\d{1,2})\\.\\d{1,3}[a-z]?" + BRACKETS,
          CitationLinks::codeChapter));

  /** The link to {@code provision} of {@code instrument}, if both are known; none otherwise. */
  public static Optional<URI> linkFor(String instrument, String provision) {
    return source(instrument).flatMap(source -> {
      String p = provision.strip();
      for (Rule rule : RULES) {
        if (rule.kind == source.kind) {
          Matcher m = rule.provision.matcher(p);
          if (m.matches()) {
            return rule.path.apply(m).map(path -> URI.create(source.base + path));
          }
        }
      }
      return Optional.empty();
    });
  }

  private static Optional<Source> source(String instrument) {
    String name = instrument.strip();
    Matcher si = STATUTORY_INSTRUMENT.matcher(name);
    if (si.matches()) {
      return Optional.of(new Source(Kind.STATUTORY_INSTRUMENT,
          LEGISLATION + "uksi/" + si.group(1) + "/" + Integer.parseInt(si.group(2)) + "/"));
    }
    return Optional.ofNullable(INSTRUMENTS.get(key(name)));
  }

  /** Names compare without regard to case, runs of spaces or the kind of apostrophe. */
  private static String key(String name) {
    return name.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
