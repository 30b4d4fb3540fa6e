package uk.gov.worcester.housing.json.household;

import java.util.Map;
import uk.gov.worcester.housing.core.common.PersonId;
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
import uk.gov.worcester.housing.json.common.ObjectCodec;

/**
 * The JSON contract of a household (README, "The household JSON"). Field names are the Java
 * attribute names; optional fields that are absent and lists that are empty are left out when
 * writing and may be left out when reading; unknown fields are problems.
 */
public final class HouseholdJson {
  private HouseholdJson() {}

  public static final EnumCodec<Sex> SEX = EnumCodec.of(Sex.class, v -> switch (v) {
    case FEMALE -> "Female, as recorded for the bedroom standard and size criteria.";
    case MALE -> "Male, as recorded for the bedroom standard and size criteria.";
  });

  public static final EnumCodec<Relationship> RELATIONSHIP = EnumCodec.of(Relationship.class, v -> switch (v) {
    case APPLICANT -> "The person who applies: exactly one per household.";
    case PARTNER -> "The applicant's spouse, civil partner or cohabiting partner: at most one.";
    case CHILD -> "The applicant's or partner's child.";
    case STEPCHILD -> "A stepchild of the applicant.";
    case FOSTER_CHILD -> "A child fostered by the household.";
    case GRANDCHILD -> "A grandchild of the applicant.";
    case PARENT -> "A parent of the applicant.";
    case GRANDPARENT -> "A grandparent of the applicant.";
    case SIBLING -> "A brother or sister of the applicant.";
    case OTHER_RELATIVE -> "Another relative of the applicant.";
    case CARER -> "A carer who lives with the household (relevant to an extra bedroom).";
    case OTHER -> "Anyone else who might reasonably be expected to live with the applicant (HA 1996 s.176).";
  });

  public static final EnumCodec<EducationStatus> EDUCATION = EnumCodec.of(EducationStatus.class, v -> switch (v) {
    case NONE -> "Not in education or training.";
    case FULL_TIME_NON_ADVANCED -> "Full-time non-advanced education (A levels or equivalent): a 16 to 19 year "
        + "old stays a dependent child.";
    case FULL_TIME_ADVANCED -> "Full-time advanced education (a degree or equivalent).";
    case APPROVED_TRAINING -> "Approved training: a 16 to 19 year old stays a dependent child.";
    case PART_TIME -> "Part-time education or training.";
  });

  public static final EnumCodec<VulnerabilityKind> VULNERABILITY_KIND = EnumCodec.of(VulnerabilityKind.class,
      v -> switch (v) {
        case OLD_AGE -> "Old age.";
        case PHYSICAL_DISABILITY -> "A physical disability.";
        case PHYSICAL_ILL_HEALTH -> "Physical ill health.";
        case MENTAL_ILLNESS -> "Mental illness.";
        case LEARNING_DISABILITY -> "A learning disability.";
        case DRUG_DEPENDENCY -> "Dependency on drugs.";
        case ALCOHOL_DEPENDENCY -> "Dependency on alcohol.";
        case SEXUAL_ABUSE_OR_EXPLOITATION -> "Sexual abuse or exploitation.";
        case MODERN_SLAVERY_OR_TRAFFICKING -> "Modern slavery or trafficking.";
        case OTHER_SPECIAL_REASON -> "Another special reason.";
      });

  public static final EnumCodec<EvidenceSource> EVIDENCE_SOURCE = EnumCodec.of(EvidenceSource.class, v -> switch (v) {
    case SELF_DECLARED -> "Declared by the person, without other evidence.";
    case GP -> "A general practitioner.";
    case HOSPITAL_OR_CONSULTANT -> "A hospital or consultant.";
    case MENTAL_HEALTH_SERVICE -> "A mental health service.";
    case SOCIAL_WORKER -> "A social worker.";
    case SUPPORT_WORKER -> "A support worker.";
    case OCCUPATIONAL_THERAPIST -> "An occupational therapist.";
    case PROBATION -> "The probation service.";
    case POLICE -> "The police.";
    case OTHER_PROFESSIONAL -> "Another professional.";
  });

  public static final EnumCodec<ImmigrationStatus> IMMIGRATION_STATUS = EnumCodec.of(ImmigrationStatus.class,
      v -> switch (v) {
        case BRITISH_CITIZEN -> "British citizen or another person with the right of abode: not subject to "
            + "immigration control.";
        case IRISH_CITIZEN -> "Irish citizen: not subject to immigration control.";
        case EUSS_SETTLED_STATUS -> "EU Settlement Scheme settled status (indefinite leave under Appendix EU).";
        case EUSS_PRE_SETTLED_QUALIFYING_RIGHT -> "EU Settlement Scheme pre-settled status with a qualifying right "
            + "to reside (a worker, say).";
        case EUSS_PRE_SETTLED_EXCLUDED_RIGHT -> "EU Settlement Scheme pre-settled status with only an excluded "
            + "right to reside (a jobseeker, say).";
        case REFUGEE -> "Refugee with leave to enter or remain (class A).";
        case EXCEPTIONAL_LEAVE -> "Exceptional or discretionary leave without a no recourse to public funds "
            + "condition (class B).";
        case INDEFINITE_LEAVE -> "Indefinite leave to remain (class C).";
        case HUMANITARIAN_PROTECTION -> "Humanitarian protection (class D).";
        case SCHEME_LEAVE -> "Leave under a resettlement or relocation scheme the regulations make eligible.";
        case LIMITED_LEAVE_NO_RECOURSE -> "Limited leave subject to a no recourse to public funds condition.";
        case ASYLUM_SEEKER -> "An asylum seeker awaiting a decision.";
        case NO_LEAVE -> "No leave to enter or remain.";
        case NOT_KNOWN -> "Not yet established: eligibility inquiries continue (s.184).";
      });

  public static final EnumCodec<Tenure> TENURE = EnumCodec.of(Tenure.class, v -> switch (v) {
    case OWNER_OCCUPIER -> "Owns the home.";
    case SHARED_OWNERSHIP -> "Shared ownership.";
    case PRIVATE_ASSURED_SHORTHOLD -> "An assured shorthold tenancy from a private landlord.";
    case PRIVATE_OTHER_TENANCY -> "Another private tenancy (assured, regulated or assured periodic).";
    case PRIVATE_LODGER -> "A lodger in a private home, not with family or friends.";
    case PRIVATE_HMO -> "A room in a house in multiple occupation.";
    case COUNCIL_TENANT -> "A council tenant.";
    case HOUSING_ASSOCIATION_TENANT -> "A housing association tenant.";
    case SUPPORTED_HOUSING -> "Supported housing.";
    case LIVING_WITH_FAMILY -> "Living with family.";
    case LIVING_WITH_FRIENDS -> "Living with friends.";
    case TIED_ACCOMMODATION -> "Accommodation tied to a job.";
    case TEMPORARY_ACCOMMODATION -> "Temporary accommodation arranged by a council.";
    case IN_CUSTODY -> "In prison or another place of custody.";
    case IN_GENERAL_HOSPITAL -> "In a general hospital.";
    case IN_PSYCHIATRIC_HOSPITAL -> "In a psychiatric hospital.";
    case REFUGE -> "In a refuge.";
    case HOME_OFFICE_ASYLUM_SUPPORT -> "Home Office asylum support accommodation.";
    case ROUGH_SLEEPING -> "Sleeping rough: no accommodation.";
    case NO_FIXED_ABODE -> "No fixed abode: no accommodation.";
    case OTHER -> "Any other basis.";
  });

  public static final EnumCodec<PropertyType> PROPERTY_TYPE = EnumCodec.of(PropertyType.class, v -> switch (v) {
    case HOUSE -> "A house.";
    case BUNGALOW -> "A bungalow.";
    case FLAT -> "A flat.";
    case MAISONETTE -> "A maisonette.";
    case BEDSIT -> "A bedsit.";
    case ROOM_IN_SHARED_HOUSE -> "A room in a shared house.";
    case HOSTEL -> "A hostel.";
    case BED_AND_BREAKFAST -> "Bed and breakfast.";
    case CARAVAN_OR_MOBILE_HOME -> "A caravan or mobile home: a moveable structure (HA 1996 s.175(2)(b)).";
    case HOUSEBOAT -> "A houseboat: a moveable structure (HA 1996 s.175(2)(b)).";
    case NONE -> "No building at all (rough sleeping, a vehicle not designed for living in).";
    case OTHER -> "Any other kind of property.";
  });

  public static final EnumCodec<CustodyRelease.Grounds> CUSTODY_GROUNDS = EnumCodec.of(CustodyRelease.Grounds.class,
      v -> switch (v) {
        case CUSTODIAL_SENTENCE -> "Served a custodial sentence.";
        case REMAND -> "Remanded in custody.";
        case CONTEMPT_OF_COURT -> "Committed for contempt of court.";
      });

  public static final EnumCodec<FamilyAssociation.Relative> RELATIVE = EnumCodec.of(FamilyAssociation.Relative.class,
      v -> switch (v) {
        case PARENT -> "A parent of the applicant.";
        case ADULT_CHILD -> "An adult child of the applicant.";
        case SIBLING -> "A brother or sister of the applicant.";
        case OTHER_CLOSE_RELATIVE -> "Another relative the applicant has close links with.";
      });

  public static final JsonCodec<Vulnerability> VULNERABILITY = ObjectCodec.builder(Vulnerability.class,
          Vulnerability::builder, b -> b.build())
      .required("kind", VULNERABILITY_KIND, Vulnerability::kind, (b, v) -> b.kind(v))
      .required("evidenceSource", EVIDENCE_SOURCE, Vulnerability::evidenceSource, (b, v) -> b.evidenceSource(v))
      .required("evidenceDate", Codecs.DATE, Vulnerability::evidenceDate, (b, v) -> b.evidenceDate(v))
      .optional("evidenceReference", Codecs.text(100), Vulnerability::evidenceReference,
          (b, v) -> b.evidenceReference(v))
      .build();

  public static final JsonCodec<CareHistory> CARE_HISTORY = ObjectCodec.builder(CareHistory.class,
          CareHistory::builder, b -> b.build())
      .required("lookedAfterWhileAged16Or17", Codecs.BOOLEAN, CareHistory::lookedAfterWhileAged16Or17,
          (b, v) -> b.lookedAfterWhileAged16Or17(v))
      .required("relevantChild", Codecs.BOOLEAN, CareHistory::relevantChild, (b, v) -> b.relevantChild(v))
      .withDefault("relevantStudent", Codecs.BOOLEAN, false, CareHistory::relevantStudent,
          (b, v) -> b.relevantStudent(v))
      .optional("responsibleAuthority", CommonJson.LOCAL_AUTHORITY, CareHistory::responsibleAuthority,
          (b, v) -> b.responsibleAuthority(v))
      .build();

  public static final JsonCodec<ArmedForcesService> ARMED_FORCES = ObjectCodec.builder(ArmedForcesService.class,
          ArmedForcesService::builder, b -> b.build())
      .required("regular", Codecs.BOOLEAN, ArmedForcesService::regular, (b, v) -> b.regular(v))
      .optional("leftOn", Codecs.DATE, ArmedForcesService::leftOn, (b, v) -> b.leftOn(v))
      .build();

  public static final JsonCodec<CustodyRelease> CUSTODY = ObjectCodec.builder(CustodyRelease.class,
          CustodyRelease::builder, b -> b.build())
      .required("grounds", CUSTODY_GROUNDS, CustodyRelease::grounds, (b, v) -> b.grounds(v))
      .required("releasedOn", Codecs.DATE, CustodyRelease::releasedOn, (b, v) -> b.releasedOn(v))
      .build();

  public static final JsonCodec<Immigration> IMMIGRATION = ObjectCodec.builder(Immigration.class,
          Immigration::builder, b -> b.build())
      .required("status", IMMIGRATION_STATUS, Immigration::status, (b, v) -> b.status(v))
      .withDefault("habituallyResident", Codecs.BOOLEAN, true, Immigration::habituallyResident,
          (b, v) -> b.habituallyResident(v))
      .withDefault("sponsoredWithinFiveYears", Codecs.BOOLEAN, false, Immigration::sponsoredWithinFiveYears,
          (b, v) -> b.sponsoredWithinFiveYears(v))
      .build();

  public static final JsonCodec<Person> PERSON = ObjectCodec.builder(Person.class, Person::builder, b -> b.build())
      .required("id", CommonJson.PERSON_ID, Person::id, (b, v) -> b.id(v))
      .required("name", Codecs.text(Person.MAX_NAME_LENGTH), Person::name, (b, v) -> b.name(v))
      .required("dateOfBirth", Codecs.DATE, Person::dateOfBirth, (b, v) -> b.dateOfBirth(v))
      .required("sex", SEX, Person::sex, (b, v) -> b.sex(v))
      .required("relationship", RELATIONSHIP, Person::relationship, (b, v) -> b.relationship(v))
      .withDefault("pregnant", Codecs.BOOLEAN, false, Person::pregnant, (b, v) -> b.pregnant(v))
      .optional("expectedDeliveryDate", Codecs.DATE, Person::expectedDeliveryDate,
          (b, v) -> b.expectedDeliveryDate(v))
      .withDefault("education", EDUCATION, EducationStatus.NONE, Person::education, (b, v) -> b.education(v))
      .optional("careHistory", CARE_HISTORY, Person::careHistory, (b, v) -> b.careHistory(v))
      .optional("armedForces", ARMED_FORCES, Person::armedForces, (b, v) -> b.armedForces(v))
      .optional("custody", CUSTODY, Person::custody, (b, v) -> b.custody(v))
      .list("vulnerabilities", Codecs.list(VULNERABILITY, 30), Person::vulnerabilities,
          (b, v) -> b.vulnerabilities(v))
      .withDefault("immigration", IMMIGRATION, Immigration.britishCitizen(), Person::immigration,
          (b, v) -> b.immigration(v))
      .optional("partnerOf", CommonJson.PERSON_ID, Person::partnerOf, (b, v) -> b.partnerOf(v))
      .build();

  public static final JsonCodec<CurrentHome> CURRENT_HOME = ObjectCodec.builder(CurrentHome.class,
          CurrentHome::builder, b -> b.build())
      .required("tenure", TENURE, CurrentHome::tenure, (b, v) -> b.tenure(v))
      .required("propertyType", PROPERTY_TYPE, CurrentHome::propertyType, (b, v) -> b.propertyType(v))
      .alwaysWritten("bedrooms", Codecs.integer(0, CurrentHome.MAX_BEDROOMS), 0, CurrentHome::bedrooms,
          (b, v) -> b.bedrooms(v))
      .optional("since", Codecs.DATE, CurrentHome::since, (b, v) -> b.since(v))
      .build();

  public static final JsonCodec<ResidencePeriod> RESIDENCE = ObjectCodec.builder(ResidencePeriod.class,
          ResidencePeriod::builder, b -> b.build())
      .required("authority", CommonJson.LOCAL_AUTHORITY, ResidencePeriod::authority, (b, v) -> b.authority(v))
      .required("period", CommonJson.DATE_RANGE, ResidencePeriod::period, (b, v) -> b.period(v))
      .withDefault("ofOwnChoice", Codecs.BOOLEAN, true, ResidencePeriod::ofOwnChoice, (b, v) -> b.ofOwnChoice(v))
      .build();

  public static final JsonCodec<EmploymentPeriod> EMPLOYMENT = ObjectCodec.builder(EmploymentPeriod.class,
          EmploymentPeriod::builder, b -> b.build())
      .required("authority", CommonJson.LOCAL_AUTHORITY, EmploymentPeriod::authority, (b, v) -> b.authority(v))
      .required("period", CommonJson.DATE_RANGE, EmploymentPeriod::period, (b, v) -> b.period(v))
      .withDefault("casual", Codecs.BOOLEAN, false, EmploymentPeriod::casual, (b, v) -> b.casual(v))
      .build();

  public static final JsonCodec<FamilyAssociation> FAMILY = ObjectCodec.builder(FamilyAssociation.class,
          FamilyAssociation::builder, b -> b.build())
      .required("relative", RELATIVE, FamilyAssociation::relative, (b, v) -> b.relative(v))
      .required("authority", CommonJson.LOCAL_AUTHORITY, FamilyAssociation::authority, (b, v) -> b.authority(v))
      .required("residentSince", Codecs.DATE, FamilyAssociation::residentSince, (b, v) -> b.residentSince(v))
      .build();

  public static final JsonCodec<Household> HOUSEHOLD = ObjectCodec.builder(Household.class, Household::builder,
          b -> b.build())
      .required("id", CommonJson.HOUSEHOLD_ID, Household::id, (b, v) -> b.id(v))
      .required("recordedOn", Codecs.DATE, Household::recordedOn, (b, v) -> b.recordedOn(v))
      .required("members", Codecs.list(PERSON, Household.MAX_MEMBERS), Household::members, (b, v) -> b.members(v))
      .required("currentHome", CURRENT_HOME, Household::currentHome, (b, v) -> b.currentHome(v))
      .required("weeklyIncome", CommonJson.MONEY, Household::weeklyIncome, (b, v) -> b.weeklyIncome(v))
      .required("savings", CommonJson.MONEY, Household::savings, (b, v) -> b.savings(v))
      .list("residenceHistory", Codecs.list(RESIDENCE, Household.MAX_HISTORY), Household::residenceHistory,
          (b, v) -> b.residenceHistory(v))
      .list("employmentHistory", Codecs.list(EMPLOYMENT, Household.MAX_HISTORY), Household::employmentHistory,
          (b, v) -> b.employmentHistory(v))
      .list("familyAssociations", Codecs.list(FAMILY, Household.MAX_HISTORY), Household::familyAssociations,
          (b, v) -> b.familyAssociations(v))
      .optional("address", CommonJson.ADDRESS, Household::address, (b, v) -> b.address(v))
      .optional("ward", CommonJson.WARD, Household::ward, (b, v) -> b.ward(v))
      .build();

  private static final JsonCodec<Map<PersonId, Integer>> AGES = Codecs.map(PersonId::value,
      text -> PersonId.parse(text), CommonJson.PERSON_ID::schema, Codecs.integer(0, 150), Household.MAX_MEMBERS);

  /** A household's derived facts as at a date (written by {@code housing validate household}). */
  public static final JsonCodec<HouseholdProfile> PROFILE = ObjectCodec.builder(HouseholdProfile.class,
          ImmutableHouseholdProfile::builder, b -> b.build())
      .required("asAt", Codecs.DATE, HouseholdProfile::asAt, (b, v) -> b.asAt(v))
      .required("members", Codecs.integer(0, Household.MAX_MEMBERS), HouseholdProfile::members,
          (b, v) -> b.members(v))
      .required("ages", AGES, HouseholdProfile::ages, (b, v) -> b.ages(v))
      .required("applicantAge", Codecs.integer(0, 150), HouseholdProfile::applicantAge, (b, v) -> b.applicantAge(v))
      .required("adults", Codecs.integer(0, Household.MAX_MEMBERS), HouseholdProfile::adults, (b, v) -> b.adults(v))
      .required("children", Codecs.integer(0, Household.MAX_MEMBERS), HouseholdProfile::children,
          (b, v) -> b.children(v))
      .required("dependentChildren", Codecs.integer(0, Household.MAX_MEMBERS), HouseholdProfile::dependentChildren,
          (b, v) -> b.dependentChildren(v))
      .required("couples", Codecs.integer(0, Household.MAX_MEMBERS), HouseholdProfile::couples,
          (b, v) -> b.couples(v))
      .required("pregnantMembers", Codecs.integer(0, Household.MAX_MEMBERS), HouseholdProfile::pregnantMembers,
          (b, v) -> b.pregnantMembers(v))
      .build();

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
        .add(HouseholdProfile.class, PROFILE)
        .document("household", Household.class, "A household applying for help: its members, home, money and "
            + "history, as recorded on a date.")
        .document("household-profile", HouseholdProfile.class, "A household's derived facts as at a date "
            + "(written by housing validate household).");
  }
}
