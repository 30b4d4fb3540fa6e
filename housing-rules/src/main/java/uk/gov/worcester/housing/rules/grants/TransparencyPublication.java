package uk.gov.worcester.housing.rules.grants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.FinancialYear;

/**
 * The register of grants to voluntary, community and social enterprise organisations that the
 * Local Government Transparency Code 2015 asks a council to publish, as CSV: for each grant the
 * date it was awarded, the period it is given for, the awarding department, the beneficiary, its
 * registration number (where it has one), a summary of the purpose and the amount awarded (not
 * net of what was later given back or recovered, which has a column of its own). Every award made
 * has a row, even one later given back. A publication covers every award, or one financial year's
 * (by the date awarded). The Code sets
 * these as the minimum; the layout of the columns is this library's (unconfirmed: the council's
 * own published layout was not found).
 *
 * <p>Text is written by RFC 4180 (fields with commas, quotes or line breaks quoted, quotes
 * doubled), and a field starting with {@code = + - @}, a tab or a carriage return is prefixed with
 * an apostrophe so a spreadsheet shows it as text rather than running it as a formula.
 */
public final class TransparencyPublication {
  /** The header line's columns. */
  public static final List<String> COLUMNS = List.of("Reference", "Date awarded", "Period start", "Period end",
      "Department", "Beneficiary", "Registration number", "Purpose", "Amount", "Returned or recovered", "Scheme", "Ward");

  private TransparencyPublication() {}

  /** Every award made as at {@code asAt}, in order of award date then reference. */
  public static List<PublishedAward> awards(List<Grant> grants, LocalDate asAt, GrantWorkflow flow) {
    return awards(grants, asAt, flow, Optional.empty());
  }

  /**
   * Every award made as at {@code asAt} (in {@code year}, by the date awarded, if given), in order
   * of award date then reference: the amount awarded, and what was given back or recovered.
   */
  public static List<PublishedAward> awards(List<Grant> grants, LocalDate asAt, GrantWorkflow flow,
      Optional<FinancialYear> year) {
    List<PublishedAward> out = new ArrayList<>();
    for (Grant g : grants) {
      GrantStatus status = flow.statusOn(g, asAt);
      if (status.awardedOn().isEmpty() || !status.awarded().isPositive()
          || !year.map(y -> y.contains(status.awardedOn().get())).orElse(true)) {
        continue;
      }
      var a = g.application();
      out.add(PublishedAward.builder().reference(a.reference()).awardedOn(status.awardedOn().get())
          .period(DateRange.of(a.project().startsOn(), a.project().endsOn()))
          .department(g.policy().awardingDepartment()).beneficiary(a.group().name())
          .registrationNumber(a.group().registrationNumber()).purpose(a.project().summary())
          .amount(status.awarded()).returned(status.released().plus(status.clawedBack()))
          .scheme(g.policy().version()).ward(a.project().mainWard().name()).build());
    }
    out.sort(Comparator.comparing(PublishedAward::awardedOn).thenComparing(p -> p.reference().value()));
    return out;
  }

  /** The CSV text: a header line, then one line per award, each ending CRLF as RFC 4180 asks. */
  public static String csv(List<PublishedAward> awards) {
    StringBuilder out = new StringBuilder();
    line(out, COLUMNS);
    for (PublishedAward p : awards) {
      line(out, List.of(p.reference().value(), p.awardedOn().toString(), p.period().start().toString(),
          p.period().end().map(LocalDate::toString).orElse(""), p.department(), p.beneficiary(),
          p.registrationNumber().orElse(""), p.purpose(), p.amount().toDecimalString(), p.returned().toDecimalString(), p.scheme(), p.ward()));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append("\r\n");
  }

  /** One field, made safe for a spreadsheet and quoted where RFC 4180 asks. */
  static String field(String text) {
    String safe = Optional.of(text).filter(t -> !t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0)
        .map(t -> "'" + t).orElse(text);
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
