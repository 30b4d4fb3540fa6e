package uk.gov.worcester.housing.core.homelessness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.Relationship;

/**
 * A change in the facts of an application during the case: a birth, a member joining or leaving,
 * a change of immigration status (so of eligibility), new accommodation, a new vulnerability
 * judgement, or findings on intentionality. The council decides on the facts as they stand when it decides (HA 1996 s.184;
 * Homelessness Code of Guidance 11.4), so every rule reads the facts in force on the date it
 * judges: a change applies from its own date, never before. The set is closed.
 *
 * <p>{@link #applyTo} gives the approach with the change made. It throws
 * {@link InvalidValueException} with problems (paths relative to the change) when the change
 * cannot apply: the case workflow reports them at the event.
 */
public sealed interface CircumstanceChange {
  /** What kind of change it is. */
  Kind kind();

  /** The approach with this change made on {@code on}; the household is recorded again on that day. */
  Approach applyTo(Approach approach, LocalDate on);

  /** The kinds of change, as the JSON contract names them. */
  enum Kind {
    /** A child is born to a member of the household. */
    BIRTH,
    /** Someone joins the household (a partner moves in, a child returns). */
    MEMBER_JOINED,
    /** A member leaves the household. */
    MEMBER_LEFT,
    /** A member's immigration status changes, and so perhaps their eligibility (s.185). */
    IMMIGRATION_CHANGED,
    /** The household's housing situation changes: new accommodation, or its loss. */
    ACCOMMODATION_CHANGED,
    /** The officer judges whether a member is vulnerable (s.189(1)(c)). */
    VULNERABILITY_JUDGED,
    /** The officer records findings on intentionality (s.191), from the day they are made. */
    INTENTIONALITY_FOUND
  }

  /**
   * A child born to {@code mother}, who is then no longer pregnant. The child's date of birth is
   * the date of the change.
   *
   * @param child the child, as a member of the household
   * @param mother the member who gave birth
   */
  record Birth(Person child, PersonId mother) implements CircumstanceChange {
    public Birth {
      Objects.requireNonNull(child, "child");
      Objects.requireNonNull(mother, "mother");
    }

    @Override
    public Kind kind() {
      return Kind.BIRTH;
    }

    @Override
    public Approach applyTo(Approach approach, LocalDate on) {
      Household h = approach.household();
      requireMember(h, mother, "mother");
      require(child.dateOfBirth().equals(on), Path.of("child").field("dateOfBirth"), ProblemCodes.INCONSISTENT,
          "a child's date of birth is the date of the change");
      List<Person> members = new ArrayList<>();
      for (Person p : h.members()) {
        members.add(p.id().equals(mother) && p.pregnant()
            ? Person.builder().from(p).pregnant(false).expectedDeliveryDate(java.util.Optional.empty()).build() : p);
      }
      members.add(child);
      return withMembers(approach, members, on);
    }
  }

  /**
   * Someone joins the household.
   *
   * @param person the new member; not the applicant
   */
  record MemberJoined(Person person) implements CircumstanceChange {
    public MemberJoined {
      Objects.requireNonNull(person, "person");
    }

    @Override
    public Kind kind() {
      return Kind.MEMBER_JOINED;
    }

    @Override
    public Approach applyTo(Approach approach, LocalDate on) {
      require(person.relationship() != Relationship.APPLICANT, Path.of("person").field("relationship"), ProblemCodes.INCONSISTENT,
          "the household already has its applicant");
      List<Person> members = new ArrayList<>(approach.household().members());
      members.add(person);
      return withMembers(approach, members, on);
    }
  }

  /**
   * A member leaves the household; the applicant cannot.
   *
   * @param person the member who leaves
   */
  record MemberLeft(PersonId person) implements CircumstanceChange {
    public MemberLeft {
      Objects.requireNonNull(person, "person");
    }

    @Override
    public Kind kind() {
      return Kind.MEMBER_LEFT;
    }

    @Override
    public Approach applyTo(Approach approach, LocalDate on) {
      Household h = approach.household();
      requireMember(h, person, "person");
      require(!h.applicant().id().equals(person), Path.of("person"), ProblemCodes.INCONSISTENT,
          "the applicant cannot leave their own application");
      List<Person> members = new ArrayList<>();
      for (Person p : h.members()) {
        if (!p.id().equals(person)) {
          members.add(p.partnerOf().filter(person::equals).isPresent()
              ? Person.builder().from(p).partnerOf(java.util.Optional.empty()).build() : p);
        }
      }
      // The member's judgements leave with them, in the same step, so the approach is never invalid between.
      return Approach.builder().from(approach)
          .household(Household.builder().from(recordedOn(h, on)).members(members).build())
          .vulnerabilityJudgements(approach.vulnerabilityJudgements().stream()
              .filter(j -> !j.person().equals(person)).toList())
          .build();
    }
  }

  /**
   * A member's immigration status changes: leave granted or ended, settled status, habitual
   * residence established.
   *
   * @param person the member
   * @param immigration their immigration facts from the date of the change
   */
  record ImmigrationChanged(PersonId person, Immigration immigration) implements CircumstanceChange {
    public ImmigrationChanged {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(immigration, "immigration");
    }

    @Override
    public Kind kind() {
      return Kind.IMMIGRATION_CHANGED;
    }

    @Override
    public Approach applyTo(Approach approach, LocalDate on) {
      requireMember(approach.household(), person, "person");
      List<Person> members = new ArrayList<>();
      for (Person p : approach.household().members()) {
        members.add(p.id().equals(person) ? Person.builder().from(p).immigration(immigration).build() : p);
      }
      return withMembers(approach, members, on);
    }
  }

  /**
   * The household's housing situation changes.
   *
   * @param situation the situation from the date of the change
   */
  record AccommodationChanged(HousingSituation situation) implements CircumstanceChange {
    public AccommodationChanged {
      Objects.requireNonNull(situation, "situation");
    }

    @Override
    public Kind kind() {
      return Kind.ACCOMMODATION_CHANGED;
    }

    @Override
    public Approach applyTo(Approach approach, LocalDate on) {
      return Approach.builder().from(approach).household(recordedOn(approach.household(), on)).situation(situation)
          .build();
    }
  }

  /**
   * The officer's judgement of a member's vulnerability; it replaces any earlier judgement of the
   * same member on the same ground.
   *
   * @param judgement the judgement
   */
  record VulnerabilityJudged(VulnerabilityJudgement judgement) implements CircumstanceChange {
    public VulnerabilityJudged {
      Objects.requireNonNull(judgement, "judgement");
    }

    @Override
    public Kind kind() {
      return Kind.VULNERABILITY_JUDGED;
    }

    @Override
    public Approach applyTo(Approach approach, LocalDate on) {
      require(!judgement.judgedOn().isAfter(on), Path.of("judgement").field("judgedOn"), ProblemCodes.INCONSISTENT,
          "a judgement recorded on this date cannot be made later");
      List<VulnerabilityJudgement> judgements = new ArrayList<>();
      for (VulnerabilityJudgement j : approach.vulnerabilityJudgements()) {
        if (!(j.person().equals(judgement.person()) && j.ground() == judgement.ground())) {
          judgements.add(j);
        }
      }
      judgements.add(judgement);
      return Approach.builder().from(approach).household(recordedOn(approach.household(), on))
          .vulnerabilityJudgements(judgements).build();
    }
  }

  /**
   * The officer's findings on intentionality, made on the date of the change: before it the
   * council are not satisfied either way, so a finding made on day 40 does not reach back to the
   * application (s.184, s.191).
   *
   * @param finding the findings
   */
  record IntentionalityFound(IntentionalityFinding finding) implements CircumstanceChange {
    public IntentionalityFound {
      Objects.requireNonNull(finding, "finding");
    }

    @Override
    public Kind kind() {
      return Kind.INTENTIONALITY_FOUND;
    }

    @Override
    public Approach applyTo(Approach approach, LocalDate on) {
      return Approach.builder().from(approach).household(recordedOn(approach.household(), on))
          .intentionality(finding).build();
    }
  }

  private static void requireMember(Household h, PersonId person, String field) {
    require(h.members().stream().anyMatch(p -> p.id().equals(person)), Path.of(field), ProblemCodes.UNKNOWN_REFERENCE,
        "names a person who is not a member of the household");
  }

  private static void require(boolean ok, Path path, String code, String message) {
    if (!ok) {
      throw new InvalidValueException(io.vavr.collection.List.of(Problem.at(path, code, message)));
    }
  }

  private static Household recordedOn(Household h, LocalDate on) {
    return on.isAfter(h.recordedOn()) ? Household.builder().from(h).recordedOn(on).build() : h;
  }

  private static Approach withMembers(Approach approach, List<Person> members, LocalDate on) {
    Household h = recordedOn(approach.household(), on);
    return Approach.builder().from(approach).household(Household.builder().from(h).members(members).build()).build();
  }
}
