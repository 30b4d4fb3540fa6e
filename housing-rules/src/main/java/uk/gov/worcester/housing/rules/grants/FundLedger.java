package uk.gov.worcester.housing.rules.grants;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.grants.GrantEvent;
import uk.gov.worcester.housing.core.grants.GrantReference;

/**
 * A grant fund as a ledger as at a date: the pot, every commitment (award), release (underspend
 * or award given back), payment and clawback of the grants under one policy version, in date
 * order, and the balances. What is available never goes below nothing: an award larger than
 * what is left is refused with {@link GrantProblems#FUND_EXCEEDED} at the grant's event. The
 * ledger balances: {@code pot = available + outstanding + netSpent}, where {@code outstanding} is
 * awarded but unpaid and {@code netSpent} is paid and not recovered. On one day, money coming back
 * (releases and clawbacks) is entered before payments and commitments, ties by grant reference,
 * so the ledger does not depend on the order the grants are given in.
 */
@Value.Immutable
@HousingStyle
public abstract class FundLedger {
  /** The policy version whose fund this is. */
  public abstract String policyVersion();

  public abstract LocalDate asAt();

  public abstract Money pot();

  public abstract List<LedgerEntry> entries();

  /** The sum of every kind of entry. */
  private Money sum(LedgerEntryKind kind) {
    return entries().stream().filter(e -> e.kind() == kind).map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus);
  }

  public Money committed() {
    return sum(LedgerEntryKind.COMMITMENT);
  }

  public Money released() {
    return sum(LedgerEntryKind.RELEASE);
  }

  public Money paid() {
    return sum(LedgerEntryKind.PAYMENT);
  }

  public Money clawedBack() {
    return sum(LedgerEntryKind.CLAWBACK);
  }

  /** Awarded, not given back, not yet paid. */
  public Money outstanding() {
    return committed().minus(released()).minus(paid());
  }

  /** Paid and not recovered. */
  public Money netSpent() {
    return paid().minus(clawedBack());
  }

  /** What is left to award. */
  public Money available() {
    return pot().minus(committed()).plus(released()).plus(clawedBack());
  }

  /**
   * The ledger of the fund of {@code policy} from {@code grants} as at {@code asAt}: grants
   * under other policy versions are left out; a problem at {@code /i/events/j} for an award the
   * fund cannot bear.
   */
  public static Validation<Seq<Problem>, FundLedger> build(GrantPolicy policy, List<Grant> grants, LocalDate asAt) {
    record Line(LocalDate on, GrantReference ref, int grant, int event, LedgerEntryKind kind, Money amount) {}
    // First each grant's own events in order, to find each entry's kind and amount (what a
    // withdrawal gives back depends on what that grant has unpaid).
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < grants.size(); i++) {
      Grant g = grants.get(i);
      if (!g.policy().version().equals(policy.version())) {
        continue;
      }
      Money unpaid = Money.ZERO;
      List<GrantEvent> events = g.record().events();
      for (int j = 0; j < events.size(); j++) {
        GrantEvent e = events.get(j);
        if (e.on().isAfter(asAt)) {
          continue;
        }
        LedgerEntryKind kind;
        Money amount;
        switch (e.type()) {
          case AWARDED -> {
            amount = ((GrantEvent.Awarded) e).amount();
            kind = LedgerEntryKind.COMMITMENT;
            unpaid = amount;
          }
          case UNDERSPENT -> {
            amount = ((GrantEvent.Underspent) e).amount();
            kind = LedgerEntryKind.RELEASE;
            unpaid = unpaid.minus(amount);
          }
          case WITHDRAWN -> {
            amount = unpaid;
            kind = LedgerEntryKind.RELEASE;
            unpaid = Money.ZERO;
          }
          case PAID -> {
            amount = ((GrantEvent.Paid) e).amount();
            kind = LedgerEntryKind.PAYMENT;
            unpaid = unpaid.minus(amount);
          }
          case CLAWED_BACK -> {
            amount = ((GrantEvent.ClawedBack) e).amount();
            kind = LedgerEntryKind.CLAWBACK;
          }
          default -> {
            continue;
          }
        }
        if (kind == LedgerEntryKind.RELEASE && amount.isZero()) {
          continue;
        }
        lines.add(new Line(e.on(), g.application().reference(), i, j, kind, amount));
      }
    }
    // Then the fund, day by day: on one day money coming back (releases, clawbacks) before
    // payments and commitments, ties by grant reference, so the order the grants come in does not
    // matter.
    lines.sort(Comparator.comparing(Line::on).thenComparingInt(l -> sameDayOrder(l.kind()))
        .thenComparing(l -> l.ref().value()).thenComparingInt(Line::grant).thenComparingInt(Line::event));
    Money available = policy.pot();
    ImmutableFundLedger.Builder ledger = ImmutableFundLedger.builder().policyVersion(policy.version()).asAt(asAt)
        .pot(policy.pot());
    for (Line l : lines) {
      switch (l.kind()) {
        case COMMITMENT -> {
          if (l.amount().isGreaterThan(available)) {
            return Validated.invalid(Problem.at(Path.root().index(l.grant()).field("events").index(l.event())
                .field("amount"), GrantProblems.FUND_EXCEEDED, "the award is more than the " + available
                + " left in the fund on that day"));
          }
          available = available.minus(l.amount());
        }
        case RELEASE, CLAWBACK -> available = available.plus(l.amount());
        default -> {
          // a payment leaves what is available to award as it was
        }
      }
      ledger.addEntries(LedgerEntry.builder().on(l.on()).grant(l.ref()).kind(l.kind()).amount(l.amount())
          .available(available).build());
    }
    return Validation.valid(ledger.build());
  }

  /** Money coming back first, then payments, then commitments. */
  private static int sameDayOrder(LedgerEntryKind kind) {
    return switch (kind) {
      case RELEASE, CLAWBACK -> 0;
      case PAYMENT -> 1;
      case COMMITMENT -> 2;
    };
  }
}
