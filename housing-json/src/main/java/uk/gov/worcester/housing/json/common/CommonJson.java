package uk.gov.worcester.housing.json.common;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Address;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Postcode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.json.common.ObjectCodec.Slot;

/**
 * The JSON of the shared value types. Money is a decimal string ({@code "2000.00"}), dates are
 * ISO-8601, identifiers and postcodes are text, authorities and wards are small objects.
 */
public final class CommonJson {
  private CommonJson() {}

  /** An identifier as a council's case system issues it (see {@code Identifier}). */
  public static final String IDENTIFIER_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

  public static final JsonCodec<Money> MONEY = Codecs.parsed("Money",
      "An amount in pounds sterling: a decimal string with at most two places, written with two "
          + "(\"2000.00\"); may be negative where a rule allows.",
      "^-?[0-9]{1,13}(\\.[0-9]{1,2})?$", Money::toDecimalString, Money::parse);

  public static final JsonCodec<Postcode> POSTCODE = Codecs.parsed("Postcode",
      "A UK postcode in its normal form, upper case with one space (\"WR1 2EY\"); readers also accept "
          + "other spacing and lower case.",
      "^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9]) "
          + "[0-9][ABD-HJLNP-UW-Z]{2})$",
      Postcode::value, Postcode::parse);

  public static final JsonCodec<PersonId> PERSON_ID = Codecs.parsed("PersonId",
      "A member's reference within a household: 1 to 64 letters, digits, '.', '_' or '-'.", IDENTIFIER_PATTERN,
      PersonId::value, PersonId::parse);

  public static final JsonCodec<HouseholdId> HOUSEHOLD_ID = Codecs.parsed("HouseholdId",
      "A household's reference in the council's system: 1 to 64 letters, digits, '.', '_' or '-'.",
      IDENTIFIER_PATTERN, HouseholdId::value, HouseholdId::parse);

  /** {@code {"code": "E07000237", "name": "Worcester"}}. */
  /** A financial year, {@code "2016/17"}, shared by grants, welfare and strategy reports. */
  public static final JsonCodec<FinancialYear> FINANCIAL_YEAR = Codecs.parsed("FinancialYear",
      "A council's financial year, 1 April to 31 March, written YYYY/YY (\"2016/17\").", "^[0-9]{4}/[0-9]{2}$",
      FinancialYear::toString, FinancialYear::parse);

  public static final JsonCodec<LocalAuthority> LOCAL_AUTHORITY = ObjectCodec.define(LocalAuthority.class, f -> {
    Slot<String> code = f.required("code", Codecs.text(9), LocalAuthority::code);
    Slot<String> name = f.required("name", Codecs.text(100), LocalAuthority::name);
    return in -> LocalAuthority.of(in.get(code), in.get(name));
  }).describedAs("A local authority by its ONS code (\"E07000237\") and name.");

  /** {@code {"code": "GORSE_HILL", "name": "Gorse Hill", "authority": {...}}}. */
  public static final JsonCodec<Ward> WARD = ObjectCodec.define(Ward.class, f -> {
    Slot<String> code = f.required("code", Codecs.text(40), Ward::code);
    Slot<String> name = f.required("name", Codecs.text(100), Ward::name);
    Slot<LocalAuthority> authority = f.required("authority", LOCAL_AUTHORITY, Ward::authority);
    return in -> Ward.of(in.get(code), in.get(name), in.get(authority));
  });

  /** {@code {"start": "2024-01-01", "end": "2024-06-30"}}; no {@code end} while open. */
  public static final JsonCodec<DateRange> DATE_RANGE = ObjectCodec.define(DateRange.class, f -> {
    Slot<LocalDate> start = f.required("start", Codecs.DATE, DateRange::start);
    Slot<Optional<LocalDate>> end = f.optional("end", Codecs.DATE, DateRange::end);
    return in -> Validated.orThrow(DateRange.validate(in.get(start), in.get(end)));
  }).describedAs("A period of days, both ends included; no end while it is open.");

  /** {@code {"lines": ["12 High Street"], "town": "Worcester", "postcode": "WR1 2EY"}}. */
  public static final JsonCodec<Address> ADDRESS = ObjectCodec.builder(Address.class, Address::builder, b -> b.build())
      .required("lines", Codecs.list(Codecs.text(Address.MAX_LINE_LENGTH), Address.MAX_LINES), Address::lines,
          (b, v) -> b.lines(v))
      .required("town", Codecs.text(Address.MAX_LINE_LENGTH), Address::town, (b, v) -> b.town(v))
      .required("postcode", POSTCODE, Address::postcode, (b, v) -> b.postcode(v))
      .optional("uprn", Codecs.text(12), Address::uprn, (b, v) -> b.uprn(v))
      .build();

  /**
   * {@code {"instrument": "HA 1996", "provision": "s.189(1)(b)", "link":
   * "https://www.legislation.gov.uk/ukpga/1996/52/section/189"}}: the link is written wherever one is
   * known (given, or derived from the instrument and provision) and read back as given.
   */
  public static final JsonCodec<Citation> CITATION = ObjectCodec.define(Citation.class, f -> {
    Slot<String> instrument = f.required("instrument", Codecs.text(200), Citation::instrument);
    Slot<String> provision = f.required("provision", Codecs.text(200), Citation::provision);
    Slot<Optional<String>> link = f.optional("link", Codecs.text(500), c -> c.link().map(URI::toString));
    return in -> Validated.orThrow(Citation.validate(in.get(instrument), in.get(provision), in.get(link)));
  }).describedAs("The statute, regulation or policy paragraph a reason rests on.");

  /**
   * A problem as JSON: {@code {"pointer": "/members/2/dateOfBirth", "path": "/members/2/dateOfBirth",
   * "code": "FUTURE_DATE", "message": "..."}}. Written for reports; read back from its pointer.
   * {@code path} is {@code Path.toString()}, which is the JSON Pointer too: the library has one path
   * notation.
   */
  public static final JsonCodec<Problem> PROBLEM = ObjectCodec.define(Problem.class, f -> {
    Slot<String> pointer = f.required("pointer", Codecs.TEXT, p -> p.path().jsonPointer());
    f.derived("path", Codecs.TEXT, p -> p.path().toString());
    Slot<String> code = f.required("code", Codecs.text(100), Problem::code);
    Slot<String> message = f.required("message", Codecs.TEXT, Problem::message);
    return in -> Problem.at(fromPointer(in.get(pointer)), in.get(code), in.get(message));
  });

  private static Path fromPointer(String pointer) {
    Path path = Path.root();
    if (pointer.isEmpty()) {
      return path;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      path = segment.matches("0|[1-9][0-9]{0,8}") ? path.index(Integer.parseInt(segment)) : path.field(segment);
    }
    return path;
  }

  /** Registers the shared types. */
  public static void register(CodecRegistry registry) {
    registry.add(Money.class, MONEY)
        .add(Postcode.class, POSTCODE)
        .add(PersonId.class, PERSON_ID)
        .add(HouseholdId.class, HOUSEHOLD_ID)
        .add(LocalAuthority.class, LOCAL_AUTHORITY)
        .add(FinancialYear.class, FINANCIAL_YEAR)
        .add(Ward.class, WARD)
        .add(DateRange.class, DATE_RANGE)
        .add(Address.class, ADDRESS)
        .add(Citation.class, CITATION)
        .add(Problem.class, PROBLEM)
        .document("problem", Problem.class, "A problem found in a document a program sent: a JSON Pointer, a "
            + "stable code listed in codes.json, and a message.");
  }
}
