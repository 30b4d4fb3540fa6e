package uk.gov.worcester.housing.core.common;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An electoral ward, known by a stable local code ({@code GORSE_HILL}) within its authority.
 * Worcester City's fifteen wards (boundaries from May 2016) are constants; any other ward is made
 * with {@link #of}. Schemes such as the Our Happy Place grant name wards by these codes.
 *
 * <p>ONS ward codes (E05...) change at every boundary review and were not confirmed for this
 * release, so the local code is the key (unconfirmed: ONS codes may be added as data later).
 */
public final class Ward {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  private static Ward worcester(String code, String name) {
    return new Ward(code, name, LocalAuthority.WORCESTER);
  }

  public static final Ward ARBORETUM = worcester("ARBORETUM", "Arboretum");
  public static final Ward BATTENHALL = worcester("BATTENHALL", "Battenhall");
  public static final Ward BEDWARDINE = worcester("BEDWARDINE", "Bedwardine");
  public static final Ward CATHEDRAL = worcester("CATHEDRAL", "Cathedral");
  public static final Ward CLAINES = worcester("CLAINES", "Claines");
  public static final Ward GORSE_HILL = worcester("GORSE_HILL", "Gorse Hill");
  public static final Ward NUNNERY = worcester("NUNNERY", "Nunnery");
  public static final Ward RAINBOW_HILL = worcester("RAINBOW_HILL", "Rainbow Hill");
  public static final Ward ST_CLEMENT = worcester("ST_CLEMENT", "St Clement");
  public static final Ward ST_JOHN = worcester("ST_JOHN", "St John");
  public static final Ward ST_PETERS_PARISH = worcester("ST_PETERS_PARISH", "St Peter's Parish");
  public static final Ward ST_STEPHEN = worcester("ST_STEPHEN", "St Stephen");
  public static final Ward WARNDON = worcester("WARNDON", "Warndon");
  public static final Ward WARNDON_PARISH_NORTH = worcester("WARNDON_PARISH_NORTH", "Warndon Parish North");
  public static final Ward WARNDON_PARISH_SOUTH = worcester("WARNDON_PARISH_SOUTH", "Warndon Parish South");

  /** Worcester City's wards. */
  public static final Seq<Ward> WORCESTER_CITY = List.of(ARBORETUM, BATTENHALL, BEDWARDINE, CATHEDRAL,
      CLAINES, GORSE_HILL, NUNNERY, RAINBOW_HILL, ST_CLEMENT, ST_JOHN, ST_PETERS_PARISH, ST_STEPHEN,
      WARNDON, WARNDON_PARISH_NORTH, WARNDON_PARISH_SOUTH);

  private final String code;
  private final String name;
  private final LocalAuthority authority;

  private Ward(String code, String name, LocalAuthority authority) {
    this.code = code;
    this.name = name;
    this.authority = authority;
  }

  /** Any ward; throws {@link InvalidValueException} if malformed. */
  public static Ward of(String code, String name, LocalAuthority authority) {
    return Validated.orThrow(validate(code, name, authority));
  }

  /** A ward from untrusted values; a known Worcester ward comes back as its constant. */
  public static Validation<Seq<Problem>, Ward> validate(String code, String name, LocalAuthority authority) {
    Objects.requireNonNull(authority, "authority");
    boolean codeOk = code != null && CODE.matcher(code).matches();
    boolean nameOk = name != null && !name.isBlank() && name.length() <= 100;
    return Checks.start()
        .require(codeOk, "code", ProblemCodes.INVALID_FORMAT,
            "a ward's code is UPPER_SNAKE_CASE, 1 to 40 characters")
        .require(nameOk, "name", ProblemCodes.INVALID_FORMAT, "a ward's name is 1 to 100 characters")
        .orElse(codeOk && nameOk
            ? worcesterWard(code).filter(w -> w.authority.equals(authority))
                .getOrElse(() -> new Ward(code, name, authority))
            : null);
  }

  /** One of Worcester City's wards by its code. */
  public static Option<Ward> worcesterWard(String code) {
    return WORCESTER_CITY.find(w -> w.code.equals(code));
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
