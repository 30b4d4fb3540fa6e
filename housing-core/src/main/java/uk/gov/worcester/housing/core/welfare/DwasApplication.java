package uk.gov.worcester.housing.core.welfare;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.household.Household;

/**
 * An application to the Discretionary Welfare Assistance Scheme (DWAS) and the facts its referral
 * gives: the household, the people in it by their {@link ClientReference}s, the benefits it
 * receives, its need, whether other help exists, and the items asked for. An application with no
 * {@link #referral()} was made directly by the household, which the scheme refuses.
 *
 * <p>The same household is recognised across applications by identifiers, never by names or
 * addresses: two applications are from the same household when they share the council's
 * {@link HouseholdId} or any {@link #clients() client reference}, directly or through a chain of
 * applications. A move of home keeps both; a partner leaving or joining keeps the others'
 * references, so the household's history follows it.
 */
@Value.Immutable
@HousingStyle
public abstract class DwasApplication {
  /** The most items one application may ask for. */
  public static final int MAX_REQUESTS = 10;
  /** The most client references one household may have. */
  public static final int MAX_CLIENTS = 30;

  public abstract ApplicationId id();

  /** The day the application was received: it decides which version of the scheme's rules applies. */
  public abstract LocalDate receivedOn();

  /** The agency's referral; empty for a direct application from the household. */
  public abstract Optional<Referral> referral();

  /** The household, with its ward, income and members (names and dates of birth are redacted there). */
  public abstract Household household();

  /** The council's references for the people in the household, at least one. */
  public abstract List<ClientReference> clients();

  /** The means-tested benefits the household receives. */
  public abstract Set<QualifyingBenefit> benefits();

  /** The household's need, as the referrer found it. */
  public abstract NeedSituation situation();

  /** The household has another source of help (family, savings, another agency). */
  @Value.Default
  public boolean otherSourceOfHelp() {
    return false;
  }

  /** Another fund that would better meet the need, if the referrer or officer found one. */
  public abstract Optional<OtherFund> betterMetBy();

  /** What is asked for, 1 to {@link #MAX_REQUESTS} items. */
  public abstract List<ItemRequest> requests();

  /** The household's council reference. */
  public HouseholdId householdId() {
    return household().id();
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start()
        .require(receivedOn().getYear() >= 1990 && receivedOn().getYear() <= 2199, "receivedOn",
            ProblemCodes.OUT_OF_RANGE, "an application is received between 1990 and 2199")
        .require(!clients().isEmpty(), "clients", ProblemCodes.REQUIRED, "an application names at least one client")
        .require(clients().size() <= MAX_CLIENTS, "clients", ProblemCodes.TOO_MANY,
            "an application names at most " + MAX_CLIENTS + " clients")
        .require(new HashSet<>(clients()).size() == clients().size(), "clients", ProblemCodes.DUPLICATE,
            "a client is named twice")
        .require(!requests().isEmpty(), "requests", ProblemCodes.REQUIRED, "an application asks for at least one item")
        .require(requests().size() <= MAX_REQUESTS, "requests", ProblemCodes.TOO_MANY,
            "an application asks for at most " + MAX_REQUESTS + " items")
        .require(referral().map(r -> !r.referredOn().isAfter(receivedOn())).orElse(true),
            Path.of("referral").field("referredOn"), ProblemCodes.INCONSISTENT,
            "a referral is made no later than the day the application is received");
    Set<AwardItem> once = EnumSet.noneOf(AwardItem.class);
    Set<CatalogueItem> kinds = EnumSet.noneOf(CatalogueItem.class);
    for (int i = 0; i < requests().size(); i++) {
      ItemRequest r = requests().get(i);
      boolean fresh = r instanceof ItemRequest.ResettlementItem ri ? kinds.add(ri.catalogueItem().kind()) : once.add(r.item());
      checks.require(fresh, Path.of("requests").index(i), ProblemCodes.DUPLICATE,
          "an application asks for each voucher, essential items and each kind of catalogue item at most once");
    }
    checks.throwIfAny();
  }

  public static ImmutableDwasApplication.Builder builder() {
    return ImmutableDwasApplication.builder();
  }
}
