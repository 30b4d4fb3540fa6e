package uk.gov.worcester.housing.core.common;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A local housing authority, known by its ONS (GSS) code such as {@code E07000237}. The six
 * Worcestershire districts and the county council are constants; any other authority (for a
 * local connection or a referral under HA 1996 s.198) is made with {@link #of}.
 */
public final class LocalAuthority {
  private static final Pattern CODE = Pattern.compile("[EWSN][0-9]{8}");

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

  private LocalAuthority(String code, String name) {
    this.code = code;
    this.name = name;
  }

  /** Any authority by its GSS code and name; throws {@link InvalidValueException} if malformed. */
  public static LocalAuthority of(String code, String name) {
    return Validated.orThrow(validate(code, name));
  }

  /** An authority from untrusted values: a GSS code (letter and eight digits) and a name. */
  public static Validation<Seq<Problem>, LocalAuthority> validate(String code, String name) {
    boolean codeOk = code != null && CODE.matcher(code).matches();
    return Checks.start()
        .require(codeOk, "code", ProblemCodes.INVALID_FORMAT,
            "an authority's code is its ONS GSS code: a letter and eight digits, such as E07000237")
        .require(name != null && !name.isBlank() && name.length() <= 100, "name",
            ProblemCodes.INVALID_FORMAT, "an authority's name is 1 to 100 characters")
        .orElse(codeOk ? known(code).getOrElse(() -> new LocalAuthority(code, name)) : null);
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
