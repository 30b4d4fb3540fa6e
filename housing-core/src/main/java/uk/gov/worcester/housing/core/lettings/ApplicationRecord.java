package uk.gov.worcester.housing.core.lettings;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * An application and its register events in the order they happened. Only the shape is checked
 * here (events in date order, none before registration); whether each transition is allowed is
 * the register workflow's rule.
 */
@Value.Immutable
@HousingStyle
public abstract class ApplicationRecord {
  /** The most events a record holds. */
  public static final int MAX_EVENTS = 500;

  @Value.Parameter
  public abstract Application application();

  @Value.Parameter
  public abstract List<RegisterEvent> events();

  /** The application's facts in force on {@code date}: the latest change of circumstances on or before it. */
  public Application factsOn(LocalDate date) {
    ImmutableApplication facts = ImmutableApplication.copyOf(application());
    for (RegisterEvent e : events()) {
      if (e.on().isAfter(date)) {
        break;
      }
      if (e instanceof RegisterEvent.CircumstancesChanged c) {
        facts = facts.withHousehold(c.household()).withNeeds(c.needs()).withConduct(c.conduct());
      }
    }
    return facts;
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    checks.require(events().size() <= MAX_EVENTS, "events", ProblemCodes.TOO_MANY,
        "a record has at most " + MAX_EVENTS + " events");
    LocalDate previous = application().registeredOn();
    for (int i = 0; i < events().size(); i++) {
      LocalDate on = events().get(i).on();
      checks.require(!on.isBefore(previous) && Application.inRange(on), Path.of("events").index(i).field("on"),
          ProblemCodes.OUT_OF_RANGE, "events are in date order, none before the application was registered or after 9999");
      if (on.isAfter(previous)) {
        previous = on;
      }
    }
    checks.throwIfAny();
  }

  public static ApplicationRecord of(Application application, List<RegisterEvent> events) {
    return ImmutableApplicationRecord.of(application, events);
  }
}
