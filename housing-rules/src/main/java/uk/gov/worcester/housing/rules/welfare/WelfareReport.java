package uk.gov.worcester.housing.rules.welfare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.welfare.AwardLine;
import uk.gov.worcester.housing.core.welfare.DhpEntry;
import uk.gov.worcester.housing.core.welfare.DhpRecord;
import uk.gov.worcester.housing.core.welfare.DwasApplication;
import uk.gov.worcester.housing.core.welfare.DwasEntry;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.ItemRequest;
import uk.gov.worcester.housing.core.welfare.Strand;
import uk.gov.worcester.housing.core.welfare.WelfareOutcome;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/**
 * What the welfare schemes did in a period, for monitoring and the strategy indicators: DWAS
 * awards by strand, item, ward and month; spend against each fund; repeat applications (households,
 * recognised by {@link HouseholdRecognition}, with more than one application in the period);
 * refusals by reason; and Discretionary Housing Payments against the pot. Decisions count in the
 * period when they were decided. Counts and money only: no personal data.
 */
@Value.Immutable
@HousingStyle
public abstract class WelfareReport {
  /** A count of award lines (or payments) and their value. */
  public record Tally(int count, Money value) {
    /** Checks the count is not negative and the value is given. */
    public Tally {
      Objects.requireNonNull(value, "value");
      if (count < 0) {
        throw new IllegalArgumentException("a count is not negative");
      }
    }

    /** Nothing. */
    public static final Tally NONE = new Tally(0, Money.ZERO);

    /** This tally with one more award of {@code v}. */
    public Tally plus(Money v) {
      return new Tally(count + 1, value.plus(v));
    }
  }

  /**
   * A fund and what has been awarded from it: over its whole period, whatever the report's.
   *
   * @param period the fund's period
   * @param budget the fund
   * @param spent awarded so far
   */
  public record FundUse(DateRange period, Money budget, Money spent) {
    /** Checks every part is given. */
    public FundUse {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(budget, "budget");
      Objects.requireNonNull(spent, "spent");
    }

    /** What is left: never negative while every award came through the scheme's rules. */
    public Money remaining() {
      return budget.minus(spent);
    }
  }

  /** The period reported on. */
  public abstract DateRange period();

  /** DWAS applications decided in the period. */
  public abstract int applications();

  /** Of them, awarded. */
  public abstract int awarded();

  /** Of them, refused. */
  public abstract int refused();

  /** Award lines by strand (maps here are in key order). */
  public abstract Map<Strand, Tally> byStrand();

  /** Award lines by item: the item's code, or the catalogue item's for resettlement. */
  public abstract Map<String, Tally> byItem();

  /** Award lines by the household's ward code ({@code NOT_RECORDED} where none). */
  public abstract Map<String, Tally> byWard();

  /** Award lines by the month decided. */
  public abstract Map<YearMonth, Tally> byMonth();

  /** Refused applications and items by reason code. */
  public abstract Map<String, Integer> refusals();

  /** Each DWAS fund the period touches, with its spend. */
  public abstract List<FundUse> funds();

  /** Households with more than one application decided in the period. */
  public abstract int repeatHouseholds();

  /** Applications after a household's first in the period. */
  public abstract int repeatApplications();

  /** Discretionary Housing Payment claims decided in the period. */
  public abstract int dhpClaims();

  /** Of them, awarded, with their value. */
  public abstract Tally dhpAwards();

  /** Each DHP pot the period touches, with its spend. */
  public abstract List<FundUse> dhpPots();

  /** The report for {@code period} (with an end) from the two schemes' records and their policies. */
  public static WelfareReport of(DwasRecord dwas, DhpRecord dhp, DateRange period,
      PolicyTimeline<DwasPolicy> dwasPolicies, PolicyTimeline<DhpPolicy> dhpPolicies) {
    if (period.isOpen()) {
      throw new IllegalArgumentException("a report's period has an end");
    }
    Map<Strand, Tally> strand = new TreeMap<>();
    Map<String, Tally> item = new TreeMap<>();
    Map<String, Tally> ward = new TreeMap<>();
    Map<YearMonth, Tally> month = new TreeMap<>();
    Map<String, Integer> refusals = new TreeMap<>();
    List<DwasApplication> inPeriod = new ArrayList<>();
    int awarded = 0;
    Set<LocalDate> fundDays = new LinkedHashSet<>();
    fundDays.add(period.start());
    for (DwasEntry e : dwas.entries()) {
      if (!period.contains(e.decidedOn())) {
        continue;
      }
      inPeriod.add(e.application());
      fundDays.add(e.decidedOn());
      if (e.outcome() == WelfareOutcome.AWARDED) {
        awarded++;
      }
      e.refusalCodes().forEach(c -> refusals.merge(c, 1, Integer::sum));
      String wardCode = e.application().household().ward().map(w -> w.code()).orElse("NOT_RECORDED");
      for (AwardLine a : e.awards()) {
        strand.merge(a.item().strand(), Tally.NONE.plus(a.value()), WelfareReport::add);
        String key = a.request() instanceof ItemRequest.ResettlementItem r ? r.catalogueItem().name() : a.item().name();
        item.merge(key, Tally.NONE.plus(a.value()), WelfareReport::add);
        ward.merge(wardCode, Tally.NONE.plus(a.value()), WelfareReport::add);
        month.merge(YearMonth.from(e.decidedOn()), Tally.NONE.plus(a.value()), WelfareReport::add);
      }
    }
    int[] households = HouseholdRecognition.households(inPeriod);
    Map<Integer, Integer> perHousehold = new HashMap<>();
    for (int h : households) {
      perHousehold.merge(h, 1, Integer::sum);
    }
    int repeatHouseholds = (int) perHousehold.values().stream().filter(n -> n > 1).count();
    int repeatApplications = perHousehold.values().stream().mapToInt(n -> n - 1).sum();
    List<FundUse> funds = new ArrayList<>();
    Set<DateRange> seen = new LinkedHashSet<>();
    for (LocalDate d : fundDays) {
      dwasPolicies.inForceOn(d).forEach(p -> {
        BudgetPeriod b = p.budgetOn(d);
        if (seen.add(b.period())) {
          funds.add(new FundUse(b.period(), b.amount(), DwasScheme.spent(dwas, b)));
        }
      });
    }
    int claims = 0;
    Tally dhpAwards = Tally.NONE;
    Set<LocalDate> potDays = new LinkedHashSet<>();
    potDays.add(period.start());
    for (DhpEntry e : dhp.entries()) {
      if (period.contains(e.decidedOn())) {
        claims++;
        potDays.add(e.decidedOn());
        if (e.outcome() == WelfareOutcome.AWARDED) {
          dhpAwards = dhpAwards.plus(e.amount());
        }
      }
    }
    List<FundUse> pots = new ArrayList<>();
    Set<DateRange> seenPots = new LinkedHashSet<>();
    for (LocalDate d : potDays) {
      dhpPolicies.inForceOn(d).forEach(p -> {
        BudgetPeriod b = p.potOn(d);
        if (seenPots.add(b.period())) {
          pots.add(new FundUse(b.period(), b.amount(), DhpScheme.spent(dhp, b)));
        }
      });
    }
    return ImmutableWelfareReport.builder().period(period).applications(inPeriod.size()).awarded(awarded)
        .refused(inPeriod.size() - awarded).byStrand(strand).byItem(item).byWard(ward).byMonth(month)
        .refusals(refusals).funds(funds).repeatHouseholds(repeatHouseholds).repeatApplications(repeatApplications)
        .dhpClaims(claims).dhpAwards(dhpAwards).dhpPots(pots).build();
  }

  private static Tally add(Tally a, Tally b) {
    return new Tally(a.count() + b.count(), a.value().plus(b.value()));
  }
}
