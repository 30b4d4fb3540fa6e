package uk.gov.worcester.housing.rules.privatesector;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_2004;
import static uk.gov.worcester.housing.rules.common.Legislation.HMO_DESCRIPTION_ORDER_2018;

import java.time.LocalDate;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.privatesector.BuildingKind;
import uk.gov.worcester.housing.core.privatesector.HmoException;
import uk.gov.worcester.housing.core.privatesector.HmoProperty;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Whether a property is an HMO and which licence it needs:
 *
 * <ul>
 *   <li>A Sch 14 exception takes a building out (s.254(5)); two persons forming two households are
 *       always the para 7 exception.</li>
 *   <li>A converted block of flats is an HMO under s.257 unless the building work for the
 *       conversion met, or now meets, the appropriate building standards (s.257(2)(a), (3)) or
 *       two-thirds or more of the flats are owner-occupied.</li>
 *   <li>Otherwise the standard, self-contained flat or converted building test (s.254(2)-(4)):
 *       persons not forming a single household, living there as their only or main residence and
 *       rent payable; for the standard and self-contained flat tests also a basic amenity shared or
 *       lacking (s.254(2)(f), (3)(b)). The converted building test (s.254(4)) has no amenity
 *       condition.</li>
 *   <li>A mandatory licence for five or more persons in two or more households under one of those
 *       three tests, not a flat in a purpose-built block of three or more flats (SI 2018/221 art.4);
 *       else an additional scheme covering the ward; else, for a rented home whose tenancy or
 *       licence was not granted by a registered social landlord (exempt, s.79(3)), a selective
 *       scheme covering the ward (s.85).</li>
 * </ul>
 */
public final class HmoRule {
  private HmoRule() {}

  private static final Citation MEANING = HA_2004.at("s.254");
  private static final Citation MANDATORY = HMO_DESCRIPTION_ORDER_2018.at("art.4");

  /** The status of {@code property} on {@code asAt}. */
  public static Decision<HmoStatus> assess(HmoProperty property, LocalDate asAt, HmoLicensingPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<HmoTest> test = test(property, reasons);
    LicenceNeed need = LicenceNeed.NONE;
    Optional<String> scheme = Optional.empty();
    boolean mandatory = test.isPresent() && test.get() != HmoTest.SECTION_257_BLOCK
        && property.occupants() >= policy.mandatoryMinimumOccupants()
        && property.households() >= policy.mandatoryMinimumHouseholds()
        && !(property.buildingKind() == BuildingKind.SELF_CONTAINED_FLAT
            && property.inPurposeBuiltBlockOfThreeOrMoreFlats());
    if (mandatory) {
      need = LicenceNeed.MANDATORY;
      reasons.add("MANDATORY_LICENCE", property.occupants() + " persons in " + property.households()
          + " households: a mandatory HMO licence is needed, whatever the number of storeys.", MANDATORY);
    } else {
      if (test.isPresent() && property.buildingKind() == BuildingKind.SELF_CONTAINED_FLAT
          && property.inPurposeBuiltBlockOfThreeOrMoreFlats()
          && property.occupants() >= policy.mandatoryMinimumOccupants()) {
        reasons.add("PURPOSE_BUILT_BLOCK", "A flat in a purpose-built block of three or more self-contained flats "
            + "is outside mandatory licensing.", MANDATORY);
      }
      Optional<LicensingScheme> found = test.isPresent()
          ? scheme(policy, LicensingScheme.Kind.ADDITIONAL, property, asAt) : Optional.empty();
      if (found.isPresent()) {
        need = LicenceNeed.ADDITIONAL;
        reasons.add("ADDITIONAL_LICENCE", "The HMO is in the area of an additional licensing scheme in force.",
            HA_2004.at("s.56"));
      } else if (property.rentPayable() && property.grantedByRegisteredSocialLandlord()) {
        reasons.add("SELECTIVE_LICENSING_EXEMPT", "A tenancy or licence granted by a registered social landlord is "
            + "exempt from selective licensing.", HA_2004.at("s.79(3)"));
      } else if (property.rentPayable()) {
        found = scheme(policy, LicensingScheme.Kind.SELECTIVE, property, asAt);
        if (found.isPresent()) {
          need = LicenceNeed.SELECTIVE;
          reasons.add("SELECTIVE_LICENCE", "The rented home is in the area of a selective licensing scheme in force.",
              HA_2004.at("s.85"));
        }
      }
      scheme = found.map(LicensingScheme::name);
      if (need == LicenceNeed.NONE) {
        reasons.add("NO_LICENCE_NEEDED", "No mandatory licence is needed and no licensing scheme in force applies "
            + "to the property.", HA_2004.at("s.55(2)"));
      }
    }
    return Decision.of(HmoStatus.builder().test(test).licence(need).scheme(scheme).build(), asAt, policy,
        reasons.list());
  }

  private static Optional<LicensingScheme> scheme(HmoLicensingPolicy policy, LicensingScheme.Kind kind,
      HmoProperty property, LocalDate asAt) {
    return policy.schemes().stream().filter(s -> s.kind() == kind && s.covers(property.ward(), asAt)).findFirst();
  }

  private static Optional<HmoTest> test(HmoProperty p, Reasons reasons) {
    if (!p.exceptions().isEmpty()) {
      HmoException e = p.exceptions().iterator().next();
      reasons.add("EXCEPTED_BUILDING", "The building is excepted from being an HMO.", HA_2004.at(e.provision()));
      return Optional.empty();
    }
    if (p.occupants() == 2 && p.households() == 2) {
      reasons.add("EXCEPTED_BUILDING", "Two persons forming two households do not make an HMO.",
          HA_2004.at(HmoException.TWO_PERSONS.provision()));
      return Optional.empty();
    }
    if (p.buildingKind() == BuildingKind.CONVERTED_BLOCK_OF_FLATS) {
      boolean hmo = !p.conversionMeetsAppropriateBuildingStandards() && !p.twoThirdsOrMoreOwnerOccupied();
      reasons.add(hmo ? "SECTION_257_HMO" : "NOT_SECTION_257", hmo
          ? "A block converted into flats whose conversion work did not comply with the appropriate building "
              + "standards and still does not, with fewer than two-thirds of its flats owner-occupied, is an HMO."
          : "The converted block's conversion work complied, or now complies, with the appropriate building "
              + "standards, or two-thirds or more of its flats are owner-occupied, so it is not an HMO.",
          HA_2004.at("s.257"));
      return hmo ? Optional.of(HmoTest.SECTION_257_BLOCK) : Optional.empty();
    }
    boolean converted = p.buildingKind() == BuildingKind.CONVERTED_BUILDING;
    boolean met = p.households() >= 2 && p.onlyOrMainResidence() && p.rentPayable()
        && (converted || p.sharesBasicAmenity());
    if (!met) {
      reasons.add("NOT_AN_HMO", converted
          ? "The occupiers do not meet the converted building test: it needs two or more households, living there "
              + "as their only or main residence, and rent payable."
          : "The occupiers do not meet the test: it needs two or more households, living there as their only or "
              + "main residence, rent payable, and a basic amenity shared or lacking.", MEANING);
      return Optional.empty();
    }
    HmoTest test;
    switch (p.buildingKind()) {
      case HOUSE:
        test = HmoTest.STANDARD;
        break;
      case SELF_CONTAINED_FLAT:
        test = HmoTest.SELF_CONTAINED_FLAT;
        break;
      case CONVERTED_BUILDING:
        test = HmoTest.CONVERTED_BUILDING;
        break;
      default:
        throw new IllegalStateException("a converted block is tested above");
    }
    reasons.add("HMO_TEST_MET", (converted ? "Two or more households" : "Two or more households share or lack a "
        + "basic amenity,") + " live there as their only or main residence and pay rent: the " + test.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " test is met.", MEANING);
    return Optional.of(test);
  }
}
