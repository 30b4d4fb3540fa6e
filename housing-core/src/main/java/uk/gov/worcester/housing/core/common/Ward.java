package uk.gov.worcester.housing.core.common;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An electoral ward, known by a stable local code ({@code GORSE_HILL}) within its authority, and
 * in force for a period ({@link #validity()}): wards are made and unmade by electoral changes
 * Orders, so a ward is only right for a household recorded while it existed. Schemes such as the
 * Our Happy Place grant name wards by these codes.
 *
 * <p>Worcester City's wards are constants, from two Orders:
 * <ul>
 *   <li>the 15 wards of the City of Worcester (Electoral Changes) Order 2002 (SI 2002/3225), in
 *       force from 6 May 2004 to 1 May 2024 inclusive ({@link #WORCESTER_WARDS_2004}). The first
 *       day is the project's domain note's; the day of the 2004 elections is (unconfirmed);</li>
 *   <li>the 16 wards of the Worcester (Electoral Changes) Order 2024 (SI 2024/122), in force from
 *       the elections of 2 May 2024 ({@link #WORCESTER_WARDS_2024}).</li>
 * </ul>
 * A ward whose name both Orders use (Arboretum, Battenhall, Cathedral, Claines, Nunnery, Rainbow
 * Hill, St Clement, St John, St Peter's Parish, St Stephen) is one value in force across both,
 * because a ward is identified by its code and records carry no other key; its boundaries may
 * differ either side of 2 May 2024 (the constants say where). Any other council's ward is made
 * with {@link #of}, in force on every day unless a {@link Validity} is given.
 *
 * <p>ONS ward codes (E05...) change at every boundary review and none was confirmed for either
 * Order, so the local code is the key (unconfirmed: ONS codes may be added as data later).
 */
public final class Ward {
  /** The problem code of a ward that was not in force on the date that matters. */
  public static final String NOT_IN_FORCE = "WARD_NOT_IN_FORCE";

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /** The first day of the SI 2002/3225 wards (the domain note's date; unconfirmed). */
  private static final LocalDate FIRST_DAY_2004 = LocalDate.of(2004, 5, 6);
  /** The last day of the SI 2002/3225 wards: the day before the 2 May 2024 elections. */
  private static final LocalDate LAST_DAY_2004 = LocalDate.of(2024, 5, 1);
  /** The first day of the SI 2024/122 wards: the day of the 2024 elections. */
  private static final LocalDate FIRST_DAY_2024 = LocalDate.of(2024, 5, 2);

  private static Ward worcester(String code, String name, Validity validity) {
    return new Ward(code, name, LocalAuthority.WORCESTER, validity);
  }

  private static Ward inBoth(String code, String name) {
    return worcester(code, name, Validity.from(FIRST_DAY_2004));
  }

  private static Ward until2024(String code, String name) {
    return worcester(code, name, Validity.between(FIRST_DAY_2004, LAST_DAY_2004));
  }

  private static Ward from2024(String code, String name) {
    return worcester(code, name, Validity.from(FIRST_DAY_2024));
  }

  /** Arboretum: a ward of both Orders, unchanged in 2024. */
  public static final Ward ARBORETUM = inBoth("ARBORETUM", "Arboretum");
  /**
   * Battenhall: a ward of both Orders, with minor changes in 2024 (unconfirmed). No source read
   * names it; it is inferred because the lists add up to 15 and 16 only with it (unconfirmed:
   * check against the Orders' Schedules).
   */
  public static final Ward BATTENHALL = inBoth("BATTENHALL", "Battenhall");
  /** Bedwardine: until 1 May 2024, then split into Lower Wick and Pitmaston and Dines Green and Grove Farm. */
  public static final Ward BEDWARDINE = until2024("BEDWARDINE", "Bedwardine");
  /** Cathedral: a ward of both Orders, split in two in 2024 (the other part is Fort Royal). */
  public static final Ward CATHEDRAL = inBoth("CATHEDRAL", "Cathedral");
  /** Claines: a ward of both Orders, unchanged in 2024. */
  public static final Ward CLAINES = inBoth("CLAINES", "Claines");
  /** Gorse Hill: until 1 May 2024, then merged with Warndon (part went to Rainbow Hill). */
  public static final Ward GORSE_HILL = until2024("GORSE_HILL", "Gorse Hill");
  /** Nunnery: a ward of both Orders, with boundary changes in 2024. */
  public static final Ward NUNNERY = inBoth("NUNNERY", "Nunnery");
  /** Rainbow Hill: a ward of both Orders, taking in part of Gorse Hill in 2024. */
  public static final Ward RAINBOW_HILL = inBoth("RAINBOW_HILL", "Rainbow Hill");
  /** St Clement: a ward of both Orders, unchanged in 2024. */
  public static final Ward ST_CLEMENT = inBoth("ST_CLEMENT", "St Clement");
  /** St John: a ward of both Orders, reduced in 2024. */
  public static final Ward ST_JOHN = inBoth("ST_JOHN", "St John");
  /** St Peter's Parish: a ward of both Orders, unchanged in 2024. */
  public static final Ward ST_PETERS_PARISH = inBoth("ST_PETERS_PARISH", "St Peter's Parish");
  /** St Stephen: a ward of both Orders, unchanged in 2024. */
  public static final Ward ST_STEPHEN = inBoth("ST_STEPHEN", "St Stephen");
  /** Warndon: until 1 May 2024, then merged with Gorse Hill into Warndon and Elbury Park. */
  public static final Ward WARNDON = until2024("WARNDON", "Warndon");
  /** Warndon Parish North: until 1 May 2024, then renamed St Nicholas. */
  public static final Ward WARNDON_PARISH_NORTH = until2024("WARNDON_PARISH_NORTH", "Warndon Parish North");
  /** Warndon Parish South: until 1 May 2024, then renamed Leopard Hill. */
  public static final Ward WARNDON_PARISH_SOUTH = until2024("WARNDON_PARISH_SOUTH", "Warndon Parish South");

  /** Dines Green and Grove Farm: from 2 May 2024, made from parts of Bedwardine and St John. */
  public static final Ward DINES_GREEN_AND_GROVE_FARM = from2024("DINES_GREEN_AND_GROVE_FARM",
      "Dines Green and Grove Farm");
  /**
   * Fort Royal: from 2 May 2024, made from part of the old Cathedral ward (whether part of
   * Nunnery was added, as the council proposed, is unconfirmed).
   */
  public static final Ward FORT_ROYAL = from2024("FORT_ROYAL", "Fort Royal");
  /** Leopard Hill: from 2 May 2024, the renamed Warndon Parish South. */
  public static final Ward LEOPARD_HILL = from2024("LEOPARD_HILL", "Leopard Hill");
  /** Lower Wick and Pitmaston: from 2 May 2024, the renamed southern part of Bedwardine. */
  public static final Ward LOWER_WICK_AND_PITMASTON = from2024("LOWER_WICK_AND_PITMASTON", "Lower Wick and Pitmaston");
  /** St Nicholas: from 2 May 2024, the renamed Warndon Parish North. */
  public static final Ward ST_NICHOLAS = from2024("ST_NICHOLAS", "St Nicholas");
  /** Warndon and Elbury Park: from 2 May 2024, Gorse Hill and Warndon merged. */
  public static final Ward WARNDON_AND_ELBURY_PARK = from2024("WARNDON_AND_ELBURY_PARK", "Warndon and Elbury Park");

  /** Worcester City's 15 wards of SI 2002/3225, in force 6 May 2004 to 1 May 2024. */
  public static final Seq<Ward> WORCESTER_WARDS_2004 = List.of(ARBORETUM, BATTENHALL, BEDWARDINE, CATHEDRAL,
      CLAINES, GORSE_HILL, NUNNERY, RAINBOW_HILL, ST_CLEMENT, ST_JOHN, ST_PETERS_PARISH, ST_STEPHEN,
      WARNDON, WARNDON_PARISH_NORTH, WARNDON_PARISH_SOUTH);

  /** Worcester City's 16 wards of SI 2024/122, in force from 2 May 2024. */
  public static final Seq<Ward> WORCESTER_WARDS_2024 = List.of(ARBORETUM, BATTENHALL, CATHEDRAL, CLAINES,
      DINES_GREEN_AND_GROVE_FARM, FORT_ROYAL, LEOPARD_HILL, LOWER_WICK_AND_PITMASTON, NUNNERY, RAINBOW_HILL,
      ST_CLEMENT, ST_JOHN, ST_NICHOLAS, ST_PETERS_PARISH, ST_STEPHEN, WARNDON_AND_ELBURY_PARK);

  /** Every Worcester City ward of either Order, each once, in order of code. */
  public static final Seq<Ward> WORCESTER_WARDS = WORCESTER_WARDS_2004.appendAll(WORCESTER_WARDS_2024)
      .distinct().sortBy(Ward::code);

  private final String code;
  private final String name;
  private final LocalAuthority authority;
  private final Validity validity;

  private Ward(String code, String name, LocalAuthority authority, Validity validity) {
    this.code = code;
    this.name = name;
    this.authority = authority;
    this.validity = validity;
  }

  /**
   * Any ward, in force on every day (or, for a Worcester code, the constant); throws
   * {@link InvalidValueException} if malformed.
   */
  public static Ward of(String code, String name, LocalAuthority authority) {
    return Validated.orThrow(validate(code, name, authority));
  }

  /**
   * Another council's ward, in force for {@code validity}; throws {@link InvalidValueException} if
   * malformed. Worcester's wards are the constants, whose validity is the Orders'.
   */
  public static Ward of(String code, String name, LocalAuthority authority, Validity validity) {
    return Validated.orThrow(validate(code, name, authority, validity));
  }

  /**
   * A ward from untrusted values. A Worcester code comes back as its constant (its name and
   * validity are this library's); a Worcester code of neither Order is a problem
   * ({@link ProblemCodes#UNKNOWN_CODE} at {@code code}); any other council's ward is in force on
   * every day.
   */
  public static Validation<Seq<Problem>, Ward> validate(String code, String name, LocalAuthority authority) {
    return validate(code, name, authority, Validity.ALWAYS);
  }

  /** As {@link #validate(String, String, LocalAuthority)}, for a ward of another council in force for {@code validity}. */
  public static Validation<Seq<Problem>, Ward> validate(String code, String name, LocalAuthority authority,
      Validity validity) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(validity, "validity");
    boolean codeOk = code != null && CODE.matcher(code).matches();
    boolean nameOk = name != null && !name.isBlank() && name.length() <= 100;
    boolean worcester = authority.equals(LocalAuthority.WORCESTER);
    Option<Ward> known = codeOk && worcester ? worcesterWard(code) : Option.none();
    return Checks.start()
        .require(codeOk, "code", ProblemCodes.INVALID_FORMAT,
            "a ward's code is UPPER_SNAKE_CASE, 1 to 40 characters")
        .require(nameOk, "name", ProblemCodes.INVALID_FORMAT, "a ward's name is 1 to 100 characters")
        .require(!codeOk || !worcester || known.isDefined(), "code", ProblemCodes.UNKNOWN_CODE,
            "not a Worcester City ward of SI 2002/3225 or SI 2024/122")
        .orElse(codeOk && nameOk ? known.getOrElse(() -> new Ward(code, name, authority, validity)) : null);
  }

  /** One of Worcester City's wards, of either Order, by its code. */
  public static Option<Ward> worcesterWard(String code) {
    return WORCESTER_WARDS.find(w -> w.code.equals(code));
  }

  /** Worcester City's wards in force on {@code date}: 15 up to 1 May 2024, 16 from 2 May 2024. */
  public static Seq<Ward> worcesterWardsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return WORCESTER_WARDS.filter(w -> w.inForceOn(date));
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public LocalAuthority authority() {
    return authority;
  }

  /** The days the ward is in force. */
  public Validity validity() {
    return validity;
  }

  /** True if the ward exists on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return validity.contains(date);
  }

  /** Wards are the same when their code and authority are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Ward
        && ((Ward) other).code.equals(code)
        && ((Ward) other).authority.equals(authority);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, authority);
  }

  @Override
  public String toString() {
    return name + ", " + authority.name();
  }
}
