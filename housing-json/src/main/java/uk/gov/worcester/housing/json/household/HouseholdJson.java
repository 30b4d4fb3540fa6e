package uk.gov.worcester.housing.json.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Address;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.household.ArmedForcesService;
import uk.gov.worcester.housing.core.household.CareHistory;
import uk.gov.worcester.housing.core.household.CurrentHome;
import uk.gov.worcester.housing.core.household.CustodyRelease;
import uk.gov.worcester.housing.core.household.EducationStatus;
import uk.gov.worcester.housing.core.household.EmploymentPeriod;
import uk.gov.worcester.housing.core.household.EvidenceSource;
import uk.gov.worcester.housing.core.household.FamilyAssociation;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.HouseholdProfile;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.ImmigrationStatus;
import uk.gov.worcester.housing.core.household.ImmutableHouseholdProfile;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.ResidencePeriod;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.core.household.Vulnerability;
import uk.gov.worcester.housing.core.household.VulnerabilityKind;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.JsonField;
import uk.gov.worcester.housing.json.common.JsonObjectIn;
import uk.gov.worcester.housing.json.common.JsonObjectOut;

/**
 * The JSON contract of a household (README, "The household JSON"). Field names are the Java
 * attribute names; optional fields that are absent and lists that are empty are left out when
 * writing and may be left out when reading; unknown fields are problems.
 */
public final class HouseholdJson {
  private HouseholdJson() {}

  public static final EnumCodec<Sex> SEX = EnumCodec.of(Sex.class);
  public static final EnumCodec<Relationship> RELATIONSHIP = EnumCodec.of(Relationship.class);
  public static final EnumCodec<EducationStatus> EDUCATION = EnumCodec.of(EducationStatus.class);
  public static final EnumCodec<VulnerabilityKind> VULNERABILITY_KIND = EnumCodec.of(VulnerabilityKind.class);
  public static final EnumCodec<EvidenceSource> EVIDENCE_SOURCE = EnumCodec.of(EvidenceSource.class);
  public static final EnumCodec<ImmigrationStatus> IMMIGRATION_STATUS = EnumCodec.of(ImmigrationStatus.class);
  public static final EnumCodec<Tenure> TENURE = EnumCodec.of(Tenure.class);
  public static final EnumCodec<PropertyType> PROPERTY_TYPE = EnumCodec.of(PropertyType.class);
  public static final EnumCodec<CustodyRelease.Grounds> CUSTODY_GROUNDS = EnumCodec.of(CustodyRelease.Grounds.class);
  public static final EnumCodec<FamilyAssociation.Relative> RELATIVE = EnumCodec.of(FamilyAssociation.Relative.class);

  public static final JsonCodec<Vulnerability> VULNERABILITY = Codecs.codec(
      (v, out) -> JsonObjectOut.start(out)
          .field("kind", VULNERABILITY_KIND, v.kind())
          .field("evidenceSource", EVIDENCE_SOURCE, v.evidenceSource())
          .field("evidenceDate", Codecs.DATE, v.evidenceDate())
          .optional("evidenceReference", Codecs.TEXT, v.evidenceReference()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<VulnerabilityKind> kind = in.required("kind", VULNERABILITY_KIND);
        JsonField<EvidenceSource> source = in.required("evidenceSource", EVIDENCE_SOURCE);
        JsonField<LocalDate> date = in.required("evidenceDate", Codecs.DATE);
        JsonField<Optional<String>> ref = in.optional("evidenceReference", Codecs.text(100));
        return in.build(() -> Vulnerability.builder().kind(kind.get()).evidenceSource(source.get())
            .evidenceDate(date.get()).evidenceReference(ref.get()).build());
      });

  public static final JsonCodec<CareHistory> CARE_HISTORY = Codecs.codec(
      (c, out) -> JsonObjectOut.start(out)
          .field("lookedAfterWhileAged16Or17", Codecs.BOOLEAN, c.lookedAfterWhileAged16Or17())
          .field("relevantChild", Codecs.BOOLEAN, c.relevantChild())
          .unlessDefault("relevantStudent", Codecs.BOOLEAN, c.relevantStudent(), false)
          .optional("responsibleAuthority", CommonJson.LOCAL_AUTHORITY, c.responsibleAuthority()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<Boolean> at16 = in.required("lookedAfterWhileAged16Or17", Codecs.BOOLEAN);
        JsonField<Boolean> relevant = in.required("relevantChild", Codecs.BOOLEAN);
        JsonField<Boolean> student = in.optional("relevantStudent", Codecs.BOOLEAN, false);
        JsonField<Optional<LocalAuthority>> authority = in.optional("responsibleAuthority", CommonJson.LOCAL_AUTHORITY);
        return in.build(() -> CareHistory.builder().lookedAfterWhileAged16Or17(at16.get())
            .relevantChild(relevant.get()).relevantStudent(student.get()).responsibleAuthority(authority.get()).build());
      });

  public static final JsonCodec<ArmedForcesService> ARMED_FORCES = Codecs.codec(
      (a, out) -> JsonObjectOut.start(out).field("regular", Codecs.BOOLEAN, a.regular())
          .optional("leftOn", Codecs.DATE, a.leftOn()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<Boolean> regular = in.required("regular", Codecs.BOOLEAN);
        JsonField<Optional<LocalDate>> left = in.optional("leftOn", Codecs.DATE);
        return in.build(() -> ArmedForcesService.builder().regular(regular.get()).leftOn(left.get()).build());
      });

  public static final JsonCodec<CustodyRelease> CUSTODY = Codecs.codec(
      (c, out) -> JsonObjectOut.start(out).field("grounds", CUSTODY_GROUNDS, c.grounds())
          .field("releasedOn", Codecs.DATE, c.releasedOn()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<CustodyRelease.Grounds> grounds = in.required("grounds", CUSTODY_GROUNDS);
        JsonField<LocalDate> released = in.required("releasedOn", Codecs.DATE);
        return in.build(() -> CustodyRelease.of(grounds.get(), released.get()));
      });

  public static final JsonCodec<Immigration> IMMIGRATION = Codecs.codec(
      (i, out) -> JsonObjectOut.start(out).field("status", IMMIGRATION_STATUS, i.status())
          .unlessDefault("habituallyResident", Codecs.BOOLEAN, i.habituallyResident(), true)
          .unlessDefault("sponsoredWithinFiveYears", Codecs.BOOLEAN, i.sponsoredWithinFiveYears(), false).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<ImmigrationStatus> status = in.required("status", IMMIGRATION_STATUS);
        JsonField<Boolean> resident = in.optional("habituallyResident", Codecs.BOOLEAN, true);
        JsonField<Boolean> sponsored = in.optional("sponsoredWithinFiveYears", Codecs.BOOLEAN, false);
        return in.build(() -> Immigration.builder().status(status.get()).habituallyResident(resident.get())
            .sponsoredWithinFiveYears(sponsored.get()).build());
      });

  public static final JsonCodec<Person> PERSON = Codecs.codec(
      (p, out) -> JsonObjectOut.start(out)
          .field("id", CommonJson.PERSON_ID, p.id())
          .text("name", p.name())
          .field("dateOfBirth", Codecs.DATE, p.dateOfBirth())
          .field("sex", SEX, p.sex())
          .field("relationship", RELATIONSHIP, p.relationship())
          .unlessDefault("pregnant", Codecs.BOOLEAN, p.pregnant(), false)
          .optional("expectedDeliveryDate", Codecs.DATE, p.expectedDeliveryDate())
          .unlessDefault("education", EDUCATION, p.education(), EducationStatus.NONE)
          .optional("careHistory", CARE_HISTORY, p.careHistory())
          .optional("armedForces", ARMED_FORCES, p.armedForces())
          .optional("custody", CUSTODY, p.custody())
          .list("vulnerabilities", Codecs.list(VULNERABILITY), p.vulnerabilities())
          .unlessDefault("immigration", IMMIGRATION, p.immigration(), Immigration.britishCitizen())
          .optional("partnerOf", CommonJson.PERSON_ID, p.partnerOf()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<PersonId> id = in.required("id", CommonJson.PERSON_ID);
        JsonField<String> name = in.required("name", Codecs.text(Person.MAX_NAME_LENGTH));
        JsonField<LocalDate> dob = in.required("dateOfBirth", Codecs.DATE);
        JsonField<Sex> sex = in.required("sex", SEX);
        JsonField<Relationship> relationship = in.required("relationship", RELATIONSHIP);
        JsonField<Boolean> pregnant = in.optional("pregnant", Codecs.BOOLEAN, false);
        JsonField<Optional<LocalDate>> due = in.optional("expectedDeliveryDate", Codecs.DATE);
        JsonField<EducationStatus> education = in.optional("education", EDUCATION, EducationStatus.NONE);
        JsonField<Optional<CareHistory>> care = in.optional("careHistory", CARE_HISTORY);
        JsonField<Optional<ArmedForcesService>> forces = in.optional("armedForces", ARMED_FORCES);
        JsonField<Optional<CustodyRelease>> custody = in.optional("custody", CUSTODY);
        JsonField<List<Vulnerability>> vulnerabilities = in.list("vulnerabilities", Codecs.list(VULNERABILITY, 30));
        JsonField<Immigration> immigration = in.optional("immigration", IMMIGRATION, Immigration.britishCitizen());
        JsonField<Optional<PersonId>> partnerOf = in.optional("partnerOf", CommonJson.PERSON_ID);
        return in.build(() -> Person.builder().id(id.get()).name(name.get()).dateOfBirth(dob.get()).sex(sex.get())
            .relationship(relationship.get()).pregnant(pregnant.get()).expectedDeliveryDate(due.get())
            .education(education.get()).careHistory(care.get()).armedForces(forces.get()).custody(custody.get())
            .vulnerabilities(vulnerabilities.get()).immigration(immigration.get()).partnerOf(partnerOf.get())
            .build());
      });

  public static final JsonCodec<CurrentHome> CURRENT_HOME = Codecs.codec(
      (h, out) -> JsonObjectOut.start(out).field("tenure", TENURE, h.tenure())
          .field("propertyType", PROPERTY_TYPE, h.propertyType())
          .field("bedrooms", Codecs.integer(0, CurrentHome.MAX_BEDROOMS), h.bedrooms())
          .optional("since", Codecs.DATE, h.since()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<Tenure> tenure = in.required("tenure", TENURE);
        JsonField<PropertyType> type = in.required("propertyType", PROPERTY_TYPE);
        JsonField<Integer> bedrooms = in.optional("bedrooms", Codecs.integer(0, CurrentHome.MAX_BEDROOMS), 0);
        JsonField<Optional<LocalDate>> since = in.optional("since", Codecs.DATE);
        return in.build(() -> CurrentHome.builder().tenure(tenure.get()).propertyType(type.get())
            .bedrooms(bedrooms.get()).since(since.get()).build());
      });

  public static final JsonCodec<ResidencePeriod> RESIDENCE = Codecs.codec(
      (r, out) -> JsonObjectOut.start(out).field("authority", CommonJson.LOCAL_AUTHORITY, r.authority())
          .field("period", CommonJson.DATE_RANGE, r.period())
          .unlessDefault("ofOwnChoice", Codecs.BOOLEAN, r.ofOwnChoice(), true).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<LocalAuthority> authority = in.required("authority", CommonJson.LOCAL_AUTHORITY);
        JsonField<DateRange> period = in.required("period", CommonJson.DATE_RANGE);
        JsonField<Boolean> choice = in.optional("ofOwnChoice", Codecs.BOOLEAN, true);
        return in.build(() -> ResidencePeriod.builder().authority(authority.get()).period(period.get())
            .ofOwnChoice(choice.get()).build());
      });

  public static final JsonCodec<EmploymentPeriod> EMPLOYMENT = Codecs.codec(
      (e, out) -> JsonObjectOut.start(out).field("authority", CommonJson.LOCAL_AUTHORITY, e.authority())
          .field("period", CommonJson.DATE_RANGE, e.period())
          .unlessDefault("casual", Codecs.BOOLEAN, e.casual(), false).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<LocalAuthority> authority = in.required("authority", CommonJson.LOCAL_AUTHORITY);
        JsonField<DateRange> period = in.required("period", CommonJson.DATE_RANGE);
        JsonField<Boolean> casual = in.optional("casual", Codecs.BOOLEAN, false);
        return in.build(() -> EmploymentPeriod.builder().authority(authority.get()).period(period.get())
            .casual(casual.get()).build());
      });

  public static final JsonCodec<FamilyAssociation> FAMILY = Codecs.codec(
      (f, out) -> JsonObjectOut.start(out).field("relative", RELATIVE, f.relative())
          .field("authority", CommonJson.LOCAL_AUTHORITY, f.authority())
          .field("residentSince", Codecs.DATE, f.residentSince()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<FamilyAssociation.Relative> relative = in.required("relative", RELATIVE);
        JsonField<LocalAuthority> authority = in.required("authority", CommonJson.LOCAL_AUTHORITY);
        JsonField<LocalDate> since = in.required("residentSince", Codecs.DATE);
        return in.build(() -> FamilyAssociation.of(relative.get(), authority.get(), since.get()));
      });

  public static final JsonCodec<Household> HOUSEHOLD = Codecs.codec(
      (h, out) -> JsonObjectOut.start(out)
          .field("id", CommonJson.HOUSEHOLD_ID, h.id())
          .field("recordedOn", Codecs.DATE, h.recordedOn())
          .field("members", Codecs.list(PERSON), h.members())
          .field("currentHome", CURRENT_HOME, h.currentHome())
          .field("weeklyIncome", CommonJson.MONEY, h.weeklyIncome())
          .field("savings", CommonJson.MONEY, h.savings())
          .list("residenceHistory", Codecs.list(RESIDENCE), h.residenceHistory())
          .list("employmentHistory", Codecs.list(EMPLOYMENT), h.employmentHistory())
          .list("familyAssociations", Codecs.list(FAMILY), h.familyAssociations())
          .optional("address", CommonJson.ADDRESS, h.address())
          .optional("ward", CommonJson.WARD, h.ward()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<HouseholdId> id = in.required("id", CommonJson.HOUSEHOLD_ID);
        JsonField<LocalDate> recordedOn = in.required("recordedOn", Codecs.DATE);
        JsonField<List<Person>> members = in.required("members", Codecs.list(PERSON, Household.MAX_MEMBERS));
        JsonField<CurrentHome> home = in.required("currentHome", CURRENT_HOME);
        JsonField<Money> income = in.required("weeklyIncome", CommonJson.MONEY);
        JsonField<Money> savings = in.required("savings", CommonJson.MONEY);
        JsonField<List<ResidencePeriod>> residence =
            in.list("residenceHistory", Codecs.list(RESIDENCE, Household.MAX_HISTORY));
        JsonField<List<EmploymentPeriod>> employment =
            in.list("employmentHistory", Codecs.list(EMPLOYMENT, Household.MAX_HISTORY));
        JsonField<List<FamilyAssociation>> family =
            in.list("familyAssociations", Codecs.list(FAMILY, Household.MAX_HISTORY));
        JsonField<Optional<Address>> address = in.optional("address", CommonJson.ADDRESS);
        JsonField<Optional<Ward>> ward = in.optional("ward", CommonJson.WARD);
        return in.build(() -> Household.builder().id(id.get()).recordedOn(recordedOn.get()).members(members.get())
            .currentHome(home.get()).weeklyIncome(income.get()).savings(savings.get())
            .residenceHistory(residence.get()).employmentHistory(employment.get())
            .familyAssociations(family.get()).address(address.get()).ward(ward.get()).build());
      });

  private static final JsonCodec<Map<PersonId, Integer>> AGES = Codecs.map(PersonId::value,
      text -> PersonId.parse(text), Codecs.integer(0, 150), Household.MAX_MEMBERS);

  /** A household's derived facts as at a date (written by {@code housing validate household}). */
  public static final JsonCodec<HouseholdProfile> PROFILE = Codecs.codec(
      (p, out) -> JsonObjectOut.start(out)
          .field("asAt", Codecs.DATE, p.asAt())
          .field("members", Codecs.integer(0, Household.MAX_MEMBERS), p.members())
          .field("ages", AGES, p.ages())
          .field("applicantAge", Codecs.integer(0, 150), p.applicantAge())
          .field("adults", Codecs.integer(0, Household.MAX_MEMBERS), p.adults())
          .field("children", Codecs.integer(0, Household.MAX_MEMBERS), p.children())
          .field("dependentChildren", Codecs.integer(0, Household.MAX_MEMBERS), p.dependentChildren())
          .field("couples", Codecs.integer(0, Household.MAX_MEMBERS), p.couples())
          .field("pregnantMembers", Codecs.integer(0, Household.MAX_MEMBERS), p.pregnantMembers()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<LocalDate> asAt = in.required("asAt", Codecs.DATE);
        JsonField<Integer> members = in.required("members", Codecs.integer(0, Household.MAX_MEMBERS));
        JsonField<Map<PersonId, Integer>> ages = in.required("ages", AGES);
        JsonField<Integer> applicantAge = in.required("applicantAge", Codecs.integer(0, 150));
        JsonField<Integer> adults = in.required("adults", Codecs.integer(0, Household.MAX_MEMBERS));
        JsonField<Integer> children = in.required("children", Codecs.integer(0, Household.MAX_MEMBERS));
        JsonField<Integer> dependent = in.required("dependentChildren", Codecs.integer(0, Household.MAX_MEMBERS));
        JsonField<Integer> couples = in.required("couples", Codecs.integer(0, Household.MAX_MEMBERS));
        JsonField<Integer> pregnant = in.required("pregnantMembers", Codecs.integer(0, Household.MAX_MEMBERS));
        return in.build(() -> ImmutableHouseholdProfile.builder().asAt(asAt.get()).members(members.get())
            .ages(ages.get()).applicantAge(applicantAge.get()).adults(adults.get()).children(children.get())
            .dependentChildren(dependent.get()).couples(couples.get()).pregnantMembers(pregnant.get()).build());
      });

  /** Registers the household types and their enums. */
  public static void register(CodecRegistry registry) {
    registry.add(SEX).add(RELATIONSHIP).add(EDUCATION).add(VULNERABILITY_KIND).add(EVIDENCE_SOURCE)
        .add(IMMIGRATION_STATUS).add(TENURE).add(PROPERTY_TYPE).add(CUSTODY_GROUNDS).add(RELATIVE)
        .add(Vulnerability.class, VULNERABILITY)
        .add(CareHistory.class, CARE_HISTORY)
        .add(ArmedForcesService.class, ARMED_FORCES)
        .add(CustodyRelease.class, CUSTODY)
        .add(Immigration.class, IMMIGRATION)
        .add(Person.class, PERSON)
        .add(CurrentHome.class, CURRENT_HOME)
        .add(ResidencePeriod.class, RESIDENCE)
        .add(EmploymentPeriod.class, EMPLOYMENT)
        .add(FamilyAssociation.class, FAMILY)
        .add(Household.class, HOUSEHOLD)
        .add(HouseholdProfile.class, PROFILE);
  }
}
