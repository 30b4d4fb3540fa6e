package uk.gov.worcester.housing.core.common;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A local housing authority, known by its ONS (GSS) code such as {@code E07000237}, and in force
 * for a period ({@link #validity()}): districts are merged and codes replaced, so an authority is
 * only right for facts dated while it existed. The six Worcestershire districts and the county
 * council are constants with no end (the first day of each code is not recorded here); any other
 * authority (for a local connection or a referral under HA 1996 s.198) is made with {@link #of},
 * in force on every day unless a {@link Validity} is given (an abolished district, say).
 */
public final class LocalAuthority {

  /** Bromsgrove District Council. */
  public static final LocalAuthority BROMSGROVE = new LocalAuthority("E07000234", "Bromsgrove");
  /** Malvern Hills District Council. */
  public static final LocalAuthority MALVERN_HILLS = new LocalAuthority("E07000235", "Malvern Hills");
  /** Redditch Borough Council. */
  public static final LocalAuthority REDDITCH = new LocalAuthority("E07000236", "Redditch");
  /** Worcester City Council: this library's first home. */
  public static final LocalAuthority WORCESTER = new LocalAuthority("E07000237", "Worcester");
  /** Wychavon District Council. */
  public static final LocalAuthority WYCHAVON = new LocalAuthority("E07000238", "Wychavon");
  /** Wyre Forest District Council. */
  public static final LocalAuthority WYRE_FOREST = new LocalAuthority("E07000239", "Wyre Forest");
  /** Worcestershire County Council (social services, not a housing authority). */
  public static final LocalAuthority WORCESTERSHIRE_COUNTY =
      new LocalAuthority("E10000034", "Worcestershire County Council");

  /** The six Worcestershire district (housing) authorities. */
  public static final Seq<LocalAuthority> WORCESTERSHIRE_DISTRICTS =
      List.of(BROMSGROVE, MALVERN_HILLS, REDDITCH, WORCESTER, WYCHAVON, WYRE_FOREST);

  private static final Seq<LocalAuthority> KNOWN = WORCESTERSHIRE_DISTRICTS.append(WORCESTERSHIRE_COUNTY);

  private final String code;
  private final String name;
  private final Validity validity;

  private LocalAuthority(String code, String name) {
    this(code, name, Validity.ALWAYS);
  }

  private LocalAuthority(String code, String name, Validity validity) {
    this.code = code;
    this.name = name;
    this.validity = validity;
  }

  /**
   * Any authority by its GSS code and name, in force on every day (or, for a Worcestershire code,
   * the constant); throws {@link InvalidValueException} if malformed.
   */
  public static LocalAuthority of(String code, String name) {
    return Validated.orThrow(validate(code, name));
  }

  /**
   * Any other authority, in force for {@code validity}; throws {@link InvalidValueException} if
   * malformed. A Worcestershire code comes back as its constant.
   */
  public static LocalAuthority of(String code, String name, Validity validity) {
    return Validated.orThrow(validate(code, name, validity));
  }

  /** An authority from untrusted values: a GSS code (letter and eight digits) and a name. */
  public static Validation<Seq<Problem>, LocalAuthority> validate(String code, String name) {
    return validate(code, name, Validity.ALWAYS);
  }

  /** {@code [EWSN][0-9]{8}}, by a loop: every authority read is checked. */
  private static boolean isGssCode(String code) {
    if (code.length() != 9 || "EWSN".indexOf(code.charAt(0)) < 0) {
      return false;
    }
    for (int i = 1; i < 9; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * As {@link #validate(String, String)}, in force for {@code validity}; a Worcestershire code
   * comes back as its constant, whose validity is this library's.
   */
  public static Validation<Seq<Problem>, LocalAuthority> validate(String code, String name, Validity validity) {
    Objects.requireNonNull(validity, "validity");
    boolean codeOk = code != null && isGssCode(code);
    return Checks.start()
        .require(codeOk, "code", ProblemCodes.INVALID_FORMAT,
            "an authority's code is its ONS GSS code: a letter and eight digits, such as E07000237")
        .require(name != null && !name.isBlank() && name.length() <= 100, "name",
            ProblemCodes.INVALID_FORMAT, "an authority's name is 1 to 100 characters")
        .orElse(codeOk ? known(code).getOrElse(() -> new LocalAuthority(code, name, validity)) : null);
  }

  /** One of the Worcestershire authorities by its code, if it is one. */
  public static Option<LocalAuthority> known(String code) {
    return KNOWN.find(a -> a.code.equals(code));
  }

  /** The ONS GSS code. */
  public String code() {
    return code;
  }

  /**
   * Whether the authority is in England: its GSS code begins with {@code E} (Welsh codes begin
   * with {@code W}, Scottish with {@code S}). A relief-stage referral may go only to an English
   * authority (HA 1996 s.198(A1)).
   */
  public boolean inEngland() {
    return code.startsWith("E");
  }

  /** The authority's short name, {@code "Worcester"}. */
  public String name() {
    return name;
  }

  /** The days the authority (under this code) is in force. */
  public Validity validity() {
    return validity;
  }

  /** True if the authority exists, under this code, on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return validity.contains(date);
  }

  /** Authorities are the same when their codes are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof LocalAuthority && ((LocalAuthority) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code);
  }

  @Override
  public String toString() {
    return name + " (" + code + ")";
  }
}
