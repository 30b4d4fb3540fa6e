package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.HousingStyle;

/** Something due on a case by a date, with the law or policy that sets it. */
@Value.Immutable
@HousingStyle
public abstract class Deadline {
  @Value.Parameter
  public abstract LocalDate dueOn();

  /** A stable code: {@code RELIEF_ENDS}, {@code REVIEW_DECISION_DUE}, {@code BED_AND_BREAKFAST_LIMIT}... */
  @Value.Parameter
  public abstract String code();

  @Value.Parameter
  public abstract String text();

  @Value.Parameter
  public abstract Citation citation();

  public static Deadline of(LocalDate dueOn, String code, String text, Citation citation) {
    return ImmutableDeadline.of(dueOn, code, text, citation);
  }
}
