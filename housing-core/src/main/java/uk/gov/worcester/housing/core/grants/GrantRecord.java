package uk.gov.worcester.housing.core.grants;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A grant as stored: the application and what has happened since, in order. Its state (awarded,
 * paid, monitoring due or overdue) is derived by replaying the events through the workflow in
 * housing-rules, which refuses events the scheme does not allow.
 */
@Value.Immutable
@HousingStyle
public abstract class GrantRecord {
  /** The most events a grant holds. */
  public static final int MAX_EVENTS = 200;

  public abstract GrantApplication application();

  public abstract List<GrantEvent> events();

  @Value.Check
  protected void check() {
    Checks.start().require(events().size() <= MAX_EVENTS, "events", ProblemCodes.TOO_MANY,
        "a grant has at most " + MAX_EVENTS + " events").throwIfAny();
  }

  public static GrantRecord of(GrantApplication application, List<? extends GrantEvent> events) {
    return ImmutableGrantRecord.builder().application(application).addAllEvents(events).build();
  }
}
