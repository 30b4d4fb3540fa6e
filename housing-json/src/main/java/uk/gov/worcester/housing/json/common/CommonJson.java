package uk.gov.worcester.housing.json.common;

import java.time.LocalDate;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Address;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Postcode;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.common.Ward;

/**
 * The JSON of the shared value types. Money is a decimal string ({@code "2000.00"}), dates are
 * ISO-8601, identifiers and postcodes are text, authorities and wards are small objects.
 */
public final class CommonJson {
  private CommonJson() {}

  public static final JsonCodec<Money> MONEY = Codecs.parsed(Money::toDecimalString, Money::parse);

  public static final JsonCodec<Postcode> POSTCODE = Codecs.parsed(Postcode::value, Postcode::parse);

  public static final JsonCodec<PersonId> PERSON_ID = Codecs.parsed(PersonId::value, PersonId::parse);

  public static final JsonCodec<HouseholdId> HOUSEHOLD_ID = Codecs.parsed(HouseholdId::value, HouseholdId::parse);

  /** {@code {"code": "E07000237", "name": "Worcester"}}. */
  public static final JsonCodec<LocalAuthority> LOCAL_AUTHORITY = Codecs.codec(
      (a, out) -> JsonObjectOut.start(out).text("code", a.code()).text("name", a.name()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<String> code = in.required("code", Codecs.text(9));
        JsonField<String> name = in.required("name", Codecs.text(100));
        return in.build(() -> LocalAuthority.of(code.get(), name.get()));
      });

  /** {@code {"code": "GORSE_HILL", "name": "Gorse Hill", "authority": {...}}}. */
  public static final JsonCodec<Ward> WARD = Codecs.codec(
      (w, out) -> JsonObjectOut.start(out).text("code", w.code()).text("name", w.name())
          .field("authority", LOCAL_AUTHORITY, w.authority()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<String> code = in.required("code", Codecs.text(40));
        JsonField<String> name = in.required("name", Codecs.text(100));
        JsonField<LocalAuthority> authority = in.required("authority", LOCAL_AUTHORITY);
        return in.build(() -> Ward.of(code.get(), name.get(), authority.get()));
      });

  /** {@code {"start": "2024-01-01", "end": "2024-06-30"}}; no {@code end} while open. */
  public static final JsonCodec<DateRange> DATE_RANGE = Codecs.codec(
      (r, out) -> JsonObjectOut.start(out).field("start", Codecs.DATE, r.start())
          .optional("end", Codecs.DATE, r.end()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<LocalDate> start = in.required("start", Codecs.DATE);
        JsonField<Optional<LocalDate>> end = in.optional("end", Codecs.DATE);
        return in.build(() -> Validated.orThrow(DateRange.validate(start.get(), end.get())));
      });

  /** {@code {"lines": ["12 High Street"], "town": "Worcester", "postcode": "WR1 2EY"}}. */
  public static final JsonCodec<Address> ADDRESS = Codecs.codec(
      (a, out) -> JsonObjectOut.start(out)
          .field("lines", Codecs.list(Codecs.TEXT), a.lines())
          .text("town", a.town())
          .field("postcode", POSTCODE, a.postcode())
          .optional("uprn", Codecs.TEXT, a.uprn()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<java.util.List<String>> lines = in.required("lines",
            Codecs.list(Codecs.text(Address.MAX_LINE_LENGTH), Address.MAX_LINES));
        JsonField<String> town = in.required("town", Codecs.text(Address.MAX_LINE_LENGTH));
        JsonField<Postcode> postcode = in.required("postcode", POSTCODE);
        JsonField<Optional<String>> uprn = in.optional("uprn", Codecs.text(12));
        return in.build(() -> Address.builder().lines(lines.get()).town(town.get()).postcode(postcode.get())
            .uprn(uprn.get()).build());
      });

  /** {@code {"instrument": "HA 1996", "provision": "s.189(1)(b)"}}. */
  public static final JsonCodec<Citation> CITATION = Codecs.codec(
      (c, out) -> JsonObjectOut.start(out).text("instrument", c.instrument()).text("provision", c.provision()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<String> instrument = in.required("instrument", Codecs.text(200));
        JsonField<String> provision = in.required("provision", Codecs.text(200));
        return in.build(() -> Citation.of(instrument.get(), provision.get()));
      });

  /**
   * A problem as JSON: {@code {"pointer": "/members/2/dateOfBirth", "path": "/members/2/dateOfBirth",
   * "code": "FUTURE_DATE", "message": "..."}}. Written for reports; read back from its pointer.
   * {@code path} is {@code Path.toString()}, which is the JSON Pointer too: the library has one path
   * notation.
   */
  public static final JsonCodec<Problem> PROBLEM = Codecs.codec(
      (p, out) -> JsonObjectOut.start(out).text("pointer", p.path().jsonPointer()).text("path", p.path().toString())
          .text("code", p.code()).text("message", p.message()).end(),
      node -> {
        JsonObjectIn in = JsonObjectIn.of(node);
        JsonField<String> pointer = in.required("pointer", Codecs.TEXT);
        in.optional("path", Codecs.TEXT);
        JsonField<String> code = in.required("code", Codecs.text(100));
        JsonField<String> message = in.required("message", Codecs.TEXT);
        return in.build(() -> Problem.at(fromPointer(pointer.get()), code.get(), message.get()));
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
        .add(Ward.class, WARD)
        .add(DateRange.class, DATE_RANGE)
        .add(Address.class, ADDRESS)
        .add(Citation.class, CITATION)
        .add(Problem.class, PROBLEM);
  }
}
