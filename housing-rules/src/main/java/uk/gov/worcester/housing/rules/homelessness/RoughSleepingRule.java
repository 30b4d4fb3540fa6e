package uk.gov.worcester.housing.rules.homelessness;

import uk.gov.worcester.housing.core.common.CalendarDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.homelessness.SleepingSite;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.core.homelessness.StreetPersonId;

/**
 * Rough sleeping from street contacts: who is new (not seen sleeping rough in the previous 60
 * months), whether an offer came before a second night out (No Second Night Out, 2011), and the
 * snapshot count for a night by its definition (people sleeping or bedded down in the open air or
 * in places not designed for habitation; not hostels, sofa-surfers, campsites or protests,
 * squatters or Travellers). Contacts can come in any order.
 */
public final class RoughSleepingRule {
  private RoughSleepingRule() {}

  /** The snapshot count for {@code night}: each person counted once. */
  public static SnapshotCount snapshot(List<StreetContact> contacts, LocalDate night) {
    Map<StreetPersonId, SleepingSite> counted = new LinkedHashMap<>();
    int excluded = 0;
    for (StreetContact c : contacts) {
      if (!c.night().equals(night)) {
        continue;
      }
      if (c.site().countsAsRoughSleeping()) {
        counted.putIfAbsent(c.person(), c.site());
      } else {
        excluded++;
      }
    }
    Map<SleepingSite, Integer> bySite = new EnumMap<>(SleepingSite.class);
    counted.values().forEach(s -> bySite.merge(s, 1, Integer::sum));
    return SnapshotCount.builder().night(night).count(counted.size()).bySite(bySite).excludedContacts(excluded).build();
  }

  /**
   * The finding for each person seen sleeping rough in {@code period} (a reporting month, say),
   * ordered by the first night of their spell. A spell starts at a rough night with none in the
   * previous 60 months; a person is new in the period when their spell starts in it.
   */
  public static List<RoughSleeperFinding> findings(List<StreetContact> contacts, DateRange period,
      RoughSleepingPolicy policy) {
    LocalDate last = period.end().orElseThrow(() -> new IllegalArgumentException("a reporting period has an end"));
    Map<StreetPersonId, List<StreetContact>> byPerson = new LinkedHashMap<>();
    for (StreetContact c : contacts) {
      if (!c.night().isAfter(last)) {
        byPerson.computeIfAbsent(c.person(), p -> new ArrayList<>()).add(c);
      }
    }
    List<RoughSleeperFinding> out = new ArrayList<>();
    for (Map.Entry<StreetPersonId, List<StreetContact>> e : byPerson.entrySet()) {
      List<StreetContact> seen = new ArrayList<>(e.getValue());
      seen.sort(Comparator.comparing(StreetContact::night));
      finding(e.getKey(), seen, period, policy).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(RoughSleeperFinding::firstNightThisSpell).thenComparing(f -> f.person().value()));
    return out;
  }

  private static Optional<RoughSleeperFinding> finding(StreetPersonId person, List<StreetContact> seen,
      DateRange period, RoughSleepingPolicy policy) {
    List<LocalDate> roughNights = seen.stream().filter(c -> c.site().countsAsRoughSleeping())
        .map(StreetContact::night).distinct().toList();
    if (roughNights.stream().noneMatch(period::contains)) {
      return Optional.empty();
    }
    LocalDate spellStart = roughNights.get(0);
    for (int i = 1; i < roughNights.size(); i++) {
      if (CalendarDates.plusMonths(roughNights.get(i - 1), policy.newAfterMonthsUnseen()).isBefore(roughNights.get(i))) {
        spellStart = roughNights.get(i);
      }
    }
    LocalDate start = spellStart;
    Optional<LocalDate> offer = seen.stream().filter(c -> c.offerMade() && !c.night().isBefore(start))
        .map(StreetContact::night).findFirst();
    Set<LocalDate> nights = new HashSet<>();
    roughNights.stream().filter(n -> !n.isBefore(start)).forEach(nights::add);
    return Optional.of(RoughSleeperFinding.builder().person(person).firstNightThisSpell(start)
        .newRoughSleeper(period.contains(start)).firstOfferOn(offer)
        .offerBeforeSecondNight(offer.map(o -> !o.isAfter(CalendarDates.plusDays(start, 1))).orElse(false))
        .nightsSeen(nights.size()).build());
  }
}
