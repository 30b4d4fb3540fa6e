package uk.gov.worcester.housing.testkit.common;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import uk.gov.worcester.housing.core.common.Address;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Postcode;
import uk.gov.worcester.housing.core.common.Ward;

/**
 * QuickTheories generators of the shared value types: valid values here, and the classic invalid
 * inputs in {@link #invalidMoneyTexts()} and {@link #invalidPostcodeTexts()}.
 */
public final class CommonGen {
  private CommonGen() {}

  /** The first day the Homelessness Reduction Act 2017 applied: the earliest date generated. */
  public static final LocalDate EARLIEST = LocalDate.of(2018, 4, 3);
  /** The latest date generated. */
  public static final LocalDate LATEST = LocalDate.of(2027, 12, 31);

  /** Any day from {@code from} to {@code to}. */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return Generate.longRange(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Any day this library's rules apply to. */
  public static Gen<LocalDate> dates() {
    return dates(EARLIEST, LATEST);
  }

  /** Amounts from -£1,000,000.00 to £1,000,000.00, weighted to ordinary sums. */
  public static Gen<Money> money() {
    return Generate.longRange(-100_000_000L, 100_000_000L).map(Money::ofPence)
        .mix(Generate.longRange(0, 100_000L).map(Money::ofPence), 70);
  }

  /** Amounts from nothing to {@code max}. */
  public static Gen<Money> money(Money max) {
    return Generate.longRange(0, max.pence()).map(Money::ofPence);
  }

  /** Text forms of money that {@link Money#parse} must refuse. */
  public static Gen<String> invalidMoneyTexts() {
    return Generate.pick(List.of("12.345", "-", "NaN", "", " ", "1e3", "£5", "12,00", "0.5.1", "+3", "--1",
        "12.", ".5", "Infinity", "1 000", "99999999999999"));
  }

  /** Real-shaped postcodes around Worcestershire and beyond. */
  public static Gen<Postcode> postcodes() {
    Gen<String> outward = Generate.pick(List.of("WR1", "WR2", "WR3", "WR4", "WR5", "WR14", "B60", "B97", "DY10",
        "SW1A", "M1", "EC1A", "W1A", "CR2"));
    Gen<String> inward = Generate.range(0, 9).zip(Generate.pick(List.of("AB", "EY", "JX", "QT", "ZZ", "LW")),
        (d, l) -> d + l);
    return outward.zip(inward, (o, i) -> Postcode.of(o + " " + i));
  }

  /** Texts that are not UK postcodes. */
  public static Gen<String> invalidPostcodeTexts() {
    return Generate.pick(List.of("", "WR1", "12345", "WR1 2E", "QQ1 1AA", "WR1 2EYY", "W R 1", "ZZ99 9ZZZ",
        "WR1-2EY", "1WR 2EY"));
  }

  /** Identifiers as a case system would issue them. */
  public static Gen<String> references(String prefix) {
    return Generate.range(1, 999_999).map(n -> prefix + "-" + n);
  }

  public static Gen<PersonId> personIds() {
    return references("P").map(PersonId::of);
  }

  public static Gen<HouseholdId> householdIds() {
    return references("HH").map(HouseholdId::of);
  }

  /** One of the six Worcestershire districts, or a made-up English district elsewhere. */
  public static Gen<LocalAuthority> authorities() {
    return Generate.pick(LocalAuthority.WORCESTERSHIRE_DISTRICTS.toJavaList())
        .mix(Generate.range(0, 999).map(n -> LocalAuthority.of(String.format("E07%06d", n), "District " + n)), 20);
  }

  /** A Worcester City ward of either Order (SI 2002/3225 or SI 2024/122), whatever its dates. */
  public static Gen<Ward> wards() {
    return Generate.pick(Ward.WORCESTER_WARDS.toJavaList());
  }

  /** A Worcester City ward in force on {@code date}, so a household recorded that day may name it. */
  public static Gen<Ward> wardsOn(LocalDate date) {
    List<Ward> inForce = Ward.worcesterWardsOn(date).toJavaList();
    if (inForce.isEmpty()) {
      throw new IllegalArgumentException("Worcester had no wards on " + date + " in this library's data");
    }
    return Generate.pick(inForce);
  }

  /** A closed range within the generated dates. */
  public static Gen<DateRange> dateRanges() {
    return dates().zip(Generate.range(0, 2000), (start, days) -> DateRange.of(start, start.plusDays(days)));
  }

  /** A closed or open range ending no later than {@code last}. */
  public static Gen<DateRange> dateRangesUpTo(LocalDate last) {
    return dates(last.minusYears(20), last).zip(Generate.range(0, 4000), Generate.booleans(), (start, days, open) -> {
      LocalDate end = start.plusDays(days);
      return open ? DateRange.from(start) : DateRange.of(start, end.isAfter(last) ? last : end);
    });
  }

  /** A postal address in Worcester. */
  public static Gen<Address> addresses() {
    Gen<String> street = Generate.pick(List.of("High Street", "Foregate Street", "London Road", "Ombersley Road",
        "Tolladine Road", "Bath Road", "Sidbury"));
    return Generate.range(1, 250).zip(street, postcodes(), Generate.booleans(), (n, s, pc, flat) ->
        Address.builder().lines(flat ? List.of("Flat " + (n % 9 + 1), n + " " + s) : List.of(n + " " + s))
            .town("Worcester").postcode(pc).build());
  }

  /**
   * Citations of the kinds decisions give: sections of the Housing Act 1996 and the amending Acts,
   * articles and regulations of the homelessness instruments, a schedule paragraph, the Code of
   * Guidance, and a local policy with no link. Every link is derived from the instrument and
   * provision, as the JSON of a citation does not carry one yet.
   */
  public static Gen<Citation> citations() {
    Gen<Citation> housingAct = Generate.pick(List.of("s.175", "s.185", "s.189(1)(b)", "s.193", "s.195(8)(b)", "s.202"))
        .map(p -> Citation.of("HA 1996", p));
    Gen<Citation> others = Generate.pick(List.of(
        Citation.of("SI 2002/2051", "art.3"),
        Citation.of("SI 2006/1294", "reg.5(1)"),
        Citation.of("SI 2018/223", "reg.9"),
        Citation.of("SI 2003/3326", "art.4"),
        Citation.of("Domestic Abuse Act 2021", "s.78"),
        Citation.of("HRA 2017", "s.7"),
        Citation.of("Renters' Rights Act 2025", "Sch 1 para 48"),
        Citation.of("Homelessness Code of Guidance", "para 6.35"),
        Citation.of("Worcester local homelessness policy 2024", "B&B limit")));
    return housingAct.mix(others, 50);
  }

  /** Calendar quarters from 2018 to 2027. */
  public static Gen<uk.gov.worcester.housing.core.common.Quarter> quarters() {
    return Generate.range(2018, 2027).zip(Generate.range(1, 4), uk.gov.worcester.housing.core.common.Quarter::of);
  }

  /** Free text up to {@code max} characters, any printable characters including non-ASCII. */
  public static Gen<String> text(int max) {
    return SourceDSL.strings().allPossible().ofLengthBetween(1, max).assuming(s -> !s.isBlank());
  }
}
