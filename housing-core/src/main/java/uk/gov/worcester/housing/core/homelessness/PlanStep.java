package uk.gov.worcester.housing.core.homelessness;

import java.util.Objects;

/**
 * One step of a personalised housing plan (HA 1996 s.189A(4)-(6)): what the applicant or the
 * council will do. Only a mandatory step the applicant agreed to can found a non-co-operation
 * notice (s.193B). The description may hold personal details, so it is not in {@code toString()}.
 *
 * @param description what is to be done, in words the applicant agreed
 * @param byApplicant the applicant takes the step (otherwise the council does)
 * @param mandatory the applicant is required, not just advised, to take it
 */
public record PlanStep(String description, boolean byApplicant, boolean mandatory) {
  /** The longest description kept. */
  public static final int MAX_DESCRIPTION = 500;

  public PlanStep {
    Objects.requireNonNull(description, "description");
  }

  @Override
  public String toString() {
    return "PlanStep[" + (byApplicant ? "applicant" : "council") + (mandatory ? ", mandatory" : ", advisory") + "]";
  }
}
