package uk.gov.worcester.housing.core.household;

import uk.gov.worcester.housing.core.common.CalendarDates;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Address;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.common.Ward;

/**
 * A household as the council records it on a given date: the applicant and everyone who lives, or
 * might reasonably be expected to live, with them (HA 1996 s.176), their current home and tenure,
 * weekly income and savings, the residence, work and family history that local connection turns
 * on (s.199), and the address and ward.
 *
 * <p>A {@code Household} that exists is valid: exactly one applicant, member ids unique, no date
 * of birth or history after {@link #recordedOn()}, an expected delivery date for each pregnancy,
 * no negative money, partners named both ways, and a ward in force on {@link #recordedOn()}
 * ({@link Ward#NOT_IN_FORCE} otherwise: Worcester's wards changed on 2 May 2024). Build from untrusted values with
 * {@link #validate}, which returns every problem with its path ({@code members[2].dateOfBirth}).
 *
 * <p>Facts that change with time (ages, who is a dependent child) are computed as at a date the
 * caller gives: see {@link #profileOn(LocalDate)}.
 */
@Value.Immutable
@HousingStyle
public abstract class Household {
  /** The most members a household record holds. */
  public static final int MAX_MEMBERS = 30;
  /** The most entries in each history list. */
  public static final int MAX_HISTORY = 100;

  public abstract HouseholdId id();

  /** The date these facts were recorded or last verified: nothing in them may be later. */
  public abstract LocalDate recordedOn();

  /** Everyone in the household, the applicant included, in the order recorded. */
  public abstract List<Person> members();

  public abstract CurrentHome currentHome();

  /** The household's total weekly income from all sources, after tax. */
  @Value.Redacted
  public abstract Money weeklyIncome();

  @Value.Redacted
  public abstract Money savings();

  public abstract List<ResidencePeriod> residenceHistory();

  public abstract List<EmploymentPeriod> employmentHistory();

  public abstract List<FamilyAssociation> familyAssociations();

  @Value.Redacted
  public abstract Optional<Address> address();

  /** The household's electoral ward, which must be in force on {@link #recordedOn()}. */
  public abstract Optional<Ward> ward();

  /** The applicant: the one member whose relationship is {@link Relationship#APPLICANT}. */
  @Value.Lazy
  public Person applicant() {
    return members().stream().filter(p -> p.relationship() == Relationship.APPLICANT).findFirst()
        .orElseThrow();
  }

  /** The applicant's partner, if they have one in the household. */
  public Optional<Person> partner() {
    return members().stream().filter(p -> p.relationship() == Relationship.PARTNER).findFirst();
  }

  /** A member by id. */
  public Optional<Person> member(PersonId id) {
    return members().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Every member but the applicant. */
  public List<Person> othersThanApplicant() {
    return members().stream().filter(p -> p.relationship() != Relationship.APPLICANT)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The dependent children on {@code date}: members other than the applicant and partner who
   * are under 16, or 16 to 18 and in full-time non-advanced education or approved training (the
   * child benefit test the Homelessness Code of Guidance para 8.10 follows).
   */
  public List<Person> dependentChildrenOn(LocalDate date) {
    return members().stream().filter(p -> isDependentChild(p, date)).collect(Collectors.toUnmodifiableList());
  }

  private static boolean isDependentChild(Person p, LocalDate date) {
    if (p.relationship() == Relationship.APPLICANT || p.relationship() == Relationship.PARTNER
        || p.partnerOf().isPresent()) {
      return false;
    }
    int age = p.ageOn(date);
    return age < 16 || (age <= 18 && p.education().keepsYoungPersonDependent());
  }

  /** Members aged 18 or over on {@code date}. */
  public List<Person> adultsOn(LocalDate date) {
    return members().stream().filter(p -> p.ageOn(date) >= 18).collect(Collectors.toUnmodifiableList());
  }

  /** Members pregnant on {@code date} (see {@link Person#isPregnantOn}). */
  public List<Person> pregnantOn(LocalDate date) {
    return members().stream().filter(p -> p.isPregnantOn(date)).collect(Collectors.toUnmodifiableList());
  }

  /** The couples in the household: applicant and partner, and any pair named by {@code partnerOf}. */
  @Value.Lazy
  public List<Couple> couples() {
    List<Couple> couples = new ArrayList<>();
    partner().ifPresent(p -> couples.add(Couple.of(applicant().id(), p.id())));
    for (Person p : members()) {
      p.partnerOf().filter(other -> p.id().compareTo(other) < 0)
          .ifPresent(other -> couples.add(Couple.of(p.id(), other)));
    }
    return List.copyOf(couples);
  }

  /** The derived facts a caseworker reads first, as at {@code date}. */
  public HouseholdProfile profileOn(LocalDate date) {
    return HouseholdProfile.of(this, date);
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    List<Person> members = members();
    long applicants = members.stream().filter(p -> p.relationship() == Relationship.APPLICANT).count();
    if (applicants != 1) {
      checks.require(false, "members", applicants == 0 ? ProblemCodes.REQUIRED : ProblemCodes.DUPLICATE,
          "a household has exactly one applicant; found " + applicants);
    }
    checks.require(members.size() <= MAX_MEMBERS, "members", ProblemCodes.TOO_MANY,
        "a household has at most " + MAX_MEMBERS + " members");
    long partners = members.stream().filter(p -> p.relationship() == Relationship.PARTNER).count();
    checks.require(partners <= 1, "members", ProblemCodes.DUPLICATE, "the applicant has at most one partner");
    Set<PersonId> seen = new HashSet<>();
    Map<PersonId, Person> byId = new HashMap<>();
    for (Person p : members) {
      byId.putIfAbsent(p.id(), p);
    }
    for (int i = 0; i < members.size(); i++) {
      Person p = members.get(i);
      // Paths are made only for a problem: checking a valid household builds none.
      int at = i;
      checks.require(seen.add(p.id()), "members", at, "id", ProblemCodes.DUPLICATE, "member ids are unique");
      checks.require(!p.dateOfBirth().isAfter(recordedOn()), "members", at, "dateOfBirth", ProblemCodes.FUTURE_DATE,
          "a date of birth cannot be after the date the household was recorded");
      p.expectedDeliveryDate().ifPresent(d -> checks.require(
          !d.isBefore(CalendarDates.plusDays(recordedOn(), -14)) && !d.isAfter(CalendarDates.plusWeeks(recordedOn(), 42)),
          "members", at, "expectedDeliveryDate", ProblemCodes.OUT_OF_RANGE,
          "an expected date of delivery is within 42 weeks after, and 14 days before, the date recorded"));
      p.partnerOf().ifPresent(other -> {
        Person named = byId.get(other);
        checks.require(named != null, "members", at, "partnerOf", ProblemCodes.UNKNOWN_REFERENCE,
            "partnerOf names a person who is not a member of the household");
        checks.require(named == null || named.partnerOf().map(p.id()::equals).orElse(false),
            "members", at, "partnerOf", ProblemCodes.INCONSISTENT, "partners name each other");
        checks.require(p.relationship() != Relationship.APPLICANT && p.relationship() != Relationship.PARTNER,
            "members", at, "partnerOf", ProblemCodes.INCONSISTENT,
            "the applicant's partner is recorded by the PARTNER relationship, not partnerOf");
      });
      p.custody().ifPresent(c -> {
        if (c.releasedOn().isAfter(CalendarDates.plusDays(recordedOn(), 56))) {
          checks.require(false, Path.of("members").index(at).field("custody").field("releasedOn"),
              ProblemCodes.OUT_OF_RANGE, "a release date is no more than 56 days after the date recorded");
        }
      });
    }
    checks.require(!weeklyIncome().isNegative(), "weeklyIncome", ProblemCodes.OUT_OF_RANGE,
        "weekly income is not negative");
    checks.require(!savings().isNegative(), "savings", ProblemCodes.OUT_OF_RANGE, "savings are not negative");
    if (currentHome().since().map(d -> d.isAfter(recordedOn())).orElse(false)) {
      checks.require(false, Path.of("currentHome").field("since"), ProblemCodes.FUTURE_DATE,
          "the household cannot have moved in after the date recorded");
    }
    checkHistory(checks, "residenceHistory", "period", residenceHistory().size(),
        i -> residenceHistory().get(i).period().start());
    checkHistory(checks, "employmentHistory", "period", employmentHistory().size(),
        i -> employmentHistory().get(i).period().start());
    checkHistory(checks, "familyAssociations", "residentSince", familyAssociations().size(),
        i -> familyAssociations().get(i).residentSince());
    ward().filter(w -> !w.inForceOn(recordedOn())).ifPresent(w -> checks.require(false, "ward", Ward.NOT_IN_FORCE,
        "the ward " + w.code() + " is in force " + w.validity() + ", not on the date the household was recorded"));
    checks.throwIfAny();
  }

  private void checkHistory(Checks checks, String field, String dateField, int size,
      java.util.function.IntFunction<LocalDate> start) {
    checks.require(size <= MAX_HISTORY, field, ProblemCodes.TOO_MANY, "a history has at most " + MAX_HISTORY + " entries");
    for (int i = 0; i < size; i++) {
      checks.require(!start.apply(i).isAfter(recordedOn()), field, i, dateField, ProblemCodes.FUTURE_DATE, "a history cannot begin after the date the household was recorded");
    }
  }

  public static ImmutableHousehold.Builder builder() {
    return ImmutableHousehold.builder();
  }

  /** Builds from untrusted values, returning every problem with its path instead of throwing. */
  public static Validation<Seq<Problem>, Household> validate(ImmutableHousehold.Builder builder) {
    return Validated.build(builder::build);
  }
}
