package uk.gov.worcester.housing.examples.stories;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reason;
import uk.gov.worcester.housing.rules.privatesector.CourseOfAction;
import uk.gov.worcester.housing.rules.privatesector.EnforcementOptions;
import uk.gov.worcester.housing.rules.privatesector.EnforcementPolicy;
import uk.gov.worcester.housing.rules.privatesector.HazardCategory;
import uk.gov.worcester.housing.rules.privatesector.HazardScore;
import uk.gov.worcester.housing.rules.privatesector.HhsrsLaw;
import uk.gov.worcester.housing.rules.privatesector.HhsrsReport;

/** The private sector stories: an inspection that finds a Category 1 excess cold hazard, and the notice that follows. */
public final class PrivateSectorStories {
  private PrivateSectorStories() {}

  /** The stories of this domain, in the order {@code housing demo} tells them. */
  public static List<Story> all(HousingJson json) {
    return List.of(excessColdInspection(json));
  }

  static Story excessColdInspection(HousingJson json) {
    return new Story() {
      @Override
      public String title() {
        return "An HHSRS inspection finds a Category 1 excess cold hazard, and an improvement notice follows";
      }

      @Override
      public void tell(PrintWriter out) {
        Inspection inspection = Validated.orThrow(json.read(Samples.text("privatesector-inspection-excess-cold.json"),
            Inspection.class));
        LocalDate asAt = inspection.inspectedOn().plusDays(2);
        HhsrsReport report = HhsrsReport.of(inspection, asAt, HhsrsLaw.HHSRS_2006,
            EnforcementPolicy.WORCESTER.inForceOn(asAt).get());
        out.println("Inspection " + inspection.reference() + " on " + inspection.inspectedOn() + ": "
            + inspection.judgements().size() + " hazards judged.");
        for (int i = 0; i < inspection.judgements().size(); i++) {
          HazardJudgement j = inspection.judgements().get(i);
          HazardScore s = report.scores().outcome().scores().get(i);
          out.println("  " + j.hazard().title() + ", judged for " + j.hazard().vulnerableGroup().description()
              + ": 1 in " + j.likelihood().toPlainString() + " is scored as 1 in " + s.likelihoodPoint() + "; "
              + s.numerator().toPlainString() + " / " + s.likelihoodPoint() + " = " + s.exactScore().toPlainString()
              + ", rounded half up to " + s.score() + ": band " + s.band() + ", "
              + (s.category() == HazardCategory.CATEGORY_1 ? "Category 1" : "Category 2")
              + s.averageScore().map(a -> " (the national average for such a dwelling scores " + a + ")").orElse("")
              + ".");
        }
        Decision<EnforcementOptions> cold = report.enforcement().get(0);
        EnforcementOptions o = cold.outcome();
        out.println("Excess cold: the council " + (o.duty() ? "must" : "may") + " act. Open: " + o.open() + ".");
        CourseOfAction notice = o.suggested();
        out.println("Suggested: " + notice + " (" + notice.provision(o.category()).get() + ").");
        out.println("  Served on: " + notice.servedOn());
        out.println("  Time limits: " + notice.timeLimits());
        out.println("  Appeal: " + notice.appeal());
        o.civilPenaltyMaximum().ifPresent(m -> out.println("  If the notice is not complied with: prosecution, or "
            + "a civil penalty of up to " + m.pounds().toPlainString() + " pounds instead."));
        out.println("Reasons:");
        for (Reason r : cold.reasons()) {
          out.println("  " + r.code() + " (" + r.citation() + ")");
        }
        out.println("Stairs, a Category 2 hazard in band " + report.scores().outcome().scores().get(1).band()
            + ": suggested " + report.enforcement().get(1).outcome().suggested() + ".");
        out.println("The justification is not shown in toString(): " + inspection.judgements().get(0));
      }
    };
  }
}
