package uk.gov.worcester.housing.core.homelessness;

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

  public static CaseRecord of(Approach approach, List<CaseEvent> events) {
    return ImmutableCaseRecord.builder().approach(approach).events(events).build();
  }
}
