package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * A homelessness case as stored: the approach and what has happened since, in order. The case's
 * state (live duties, notices, deadlines) is derived by replaying the events through the workflow
 * in housing-rules, which refuses events the law does not allow.
 */
@Value.Immutable
@HousingStyle
public abstract class CaseRecord {
  /** The most events a case holds. */
  public static final int MAX_EVENTS = 500;

  public abstract Approach approach();

  public abstract List<CaseEvent> events();

  /**
   * The approach's facts in force on {@code date}: the approach with every change of
   * circumstances dated on or before it made in order. For a record the case workflow has
   * accepted (a change that cannot apply throws {@link
   * uk.gov.worcester.housing.core.common.InvalidValueException}, which the workflow reports as a
   * problem at the event instead).
   */
  public Approach approachOn(LocalDate date) {
    Approach facts = approach();
    for (CaseEvent e : events()) {
      if (e.on().isAfter(date)) {
        break;
      }
      if (e instanceof CaseEvent.CircumstancesChanged c) {
        facts = c.change().applyTo(facts, c.on());
      }
    }
    return facts;
  }

  public static CaseRecord of(Approach approach, List<CaseEvent> events) {
    return ImmutableCaseRecord.builder().approach(approach).events(events).build();
  }
}
