package uk.gov.worcester.housing.core.lettings;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.household.Household;

/**
 * An application to join the countywide Home Choice Plus register (HA 1996 Part 6): the
 * household, the partner district it applied to, the date it registered, the housing needs an
 * officer assessed, any conduct findings, the facts that give extra bedrooms, the rooms of its
 * current home, and the armed forces circumstances the law protects.
 *
 * <p>A value that exists is valid: every member named in {@link #bedroomFacts()} is in the
 * household, lists are bounded, and no need or finding is dated before 1900 or after 9999. Build from untrusted
 * values with {@link #validate}. Conduct findings and the household's personal data are redacted
 * from {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class Application {
  /** The earliest date an application, need or finding may carry. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  /** The latest date an application, need or finding may carry (so date arithmetic never overflows). */
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  /** The most needs, findings or rooms recorded in each list. */
  public static final int MAX_LIST = 50;

  public abstract ApplicationId id();

  public abstract Household household();

  /** The day the application was registered: the start of its waiting time. */
  public abstract LocalDate registeredOn();

  /** The partner district the household applied to. */
  @Value.Default
  public LocalAuthority homeAuthority() {
    return LocalAuthority.WORCESTER;
  }

  /** Housing needs an officer assessed, each from the day assessed. */
  public abstract List<NeedFact> needs();

  /** Conduct findings (unacceptable behaviour, housing debt). */
  @Value.Redacted
  public abstract List<ConductFinding> conduct();

  @Value.Default
  public BedroomFacts bedroomFacts() {
    return BedroomFacts.none();
  }

  /** Rooms of the current home available as sleeping accommodation (for the statutory standards). */
  public abstract List<Room> currentRooms();

  /** Armed forces circumstances protected in allocation. */
  public abstract Set<ForcesCircumstance> forces();

  /** The household needs a home adapted for a disability (only such households may bid for adapted homes). */
  @Value.Default
  public boolean needsAdaptedHome() {
    return false;
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    checks.require(inRange(registeredOn()), "registeredOn", ProblemCodes.OUT_OF_RANGE,
        "a registration date is from 1900 to 9999");
    checks.require(needs().size() <= MAX_LIST, "needs", ProblemCodes.TOO_MANY, "at most " + MAX_LIST + " needs");
    checks.require(conduct().size() <= MAX_LIST, "conduct", ProblemCodes.TOO_MANY, "at most " + MAX_LIST + " findings");
    checks.require(currentRooms().size() <= MAX_LIST, "currentRooms", ProblemCodes.TOO_MANY,
        "at most " + MAX_LIST + " rooms");
    for (int i = 0; i < needs().size(); i++) {
      NeedFact n = needs().get(i);
      checks.require(inRange(n.assessedOn()) && n.until().map(Application::inRange).orElse(true),
          Path.of("needs").index(i).field("assessedOn"), ProblemCodes.OUT_OF_RANGE, "a need is dated from 1900 to 9999");
    }
    for (int i = 0; i < conduct().size(); i++) {
      ConductFinding c = conduct().get(i);
      checks.require(inRange(c.foundOn()) && c.until().map(Application::inRange).orElse(true),
          Path.of("conduct").index(i).field("foundOn"), ProblemCodes.OUT_OF_RANGE,
          "a finding is dated from 1900 to 9999");
    }
    Set<PersonId> members = new HashSet<>();
    household().members().forEach(p -> members.add(p.id()));
    checkMembers(checks, members, "cannotShareBedroom", bedroomFacts().cannotShareBedroom());
    checkMembers(checks, members, "awayAndReturning", bedroomFacts().awayAndReturning());
    checks.throwIfAny();
  }

  /** True for a date from {@link #EARLIEST} to {@link #LATEST}. */
  public static boolean inRange(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  private static void checkMembers(Checks checks, Set<PersonId> members, String field, List<PersonId> named) {
    for (int i = 0; i < named.size(); i++) {
      checks.require(members.contains(named.get(i)), Path.of("bedroomFacts").field(field).index(i),
          ProblemCodes.UNKNOWN_REFERENCE, "names a person who is not a member of the household");
    }
  }

  public static ImmutableApplication.Builder builder() {
    return ImmutableApplication.builder();
  }

  /** Builds from untrusted values, returning every problem with its path instead of throwing. */
  public static Validation<Seq<Problem>, Application> validate(ImmutableApplication.Builder builder) {
    return Validated.build(builder::build);
  }
}
