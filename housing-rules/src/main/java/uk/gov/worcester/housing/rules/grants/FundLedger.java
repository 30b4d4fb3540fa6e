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

/**
 * A grant fund as a ledger as at a date: the pot, every commitment (award), release (underspend
 * or award given back), payment and clawback of the grants under one policy version, in date
 * order, and the balances. What is available never goes below nothing: an award larger than
 * what is left is refused with {@link GrantProblems#FUND_EXCEEDED} at the grant's event. The
 * ledger balances: {@code pot = available + outstanding + netSpent}, where {@code outstanding} is
 * awarded but unpaid and {@code netSpent} is paid and not recovered.
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
    record Line(LocalDate on, int grant, int event, GrantEvent e) {}
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < grants.size(); i++) {
      Grant g = grants.get(i);
      if (!g.policy().version().equals(policy.version())) {
        continue;
      }
      List<GrantEvent> events = g.record().events();
      for (int j = 0; j < events.size(); j++) {
        if (!events.get(j).on().isAfter(asAt)) {
          lines.add(new Line(events.get(j).on(), i, j, events.get(j)));
        }
      }
    }
    lines.sort(Comparator.comparing(Line::on).thenComparingInt(Line::grant).thenComparingInt(Line::event));
    Money available = policy.pot();
    Money[] unpaid = new Money[grants.size()];
    java.util.Arrays.fill(unpaid, Money.ZERO);
    ImmutableFundLedger.Builder ledger = ImmutableFundLedger.builder().policyVersion(policy.version()).asAt(asAt)
        .pot(policy.pot());
    for (Line l : lines) {
      var ref = grants.get(l.grant()).application().reference();
      LedgerEntryKind kind;
      Money amount;
      switch (l.e().type()) {
        case AWARDED -> {
          amount = ((GrantEvent.Awarded) l.e()).amount();
          if (amount.isGreaterThan(available)) {
            return Validated.invalid(Problem.at(Path.root().index(l.grant()).field("events").index(l.event())
                .field("amount"), GrantProblems.FUND_EXCEEDED, "the award is more than the " + available
                + " left in the fund on that day"));
          }
          kind = LedgerEntryKind.COMMITMENT;
          available = available.minus(amount);
          unpaid[l.grant()] = amount;
        }
        case UNDERSPENT -> {
          amount = ((GrantEvent.Underspent) l.e()).amount();
          kind = LedgerEntryKind.RELEASE;
          available = available.plus(amount);
          unpaid[l.grant()] = unpaid[l.grant()].minus(amount);
        }
        case WITHDRAWN -> {
          amount = unpaid[l.grant()];
          if (amount.isZero()) {
            continue;
          }
          kind = LedgerEntryKind.RELEASE;
          available = available.plus(amount);
          unpaid[l.grant()] = Money.ZERO;
        }
        case PAID -> {
          amount = ((GrantEvent.Paid) l.e()).amount();
          kind = LedgerEntryKind.PAYMENT;
          unpaid[l.grant()] = unpaid[l.grant()].minus(amount);
        }
        case CLAWED_BACK -> {
          amount = ((GrantEvent.ClawedBack) l.e()).amount();
          kind = LedgerEntryKind.CLAWBACK;
          available = available.plus(amount);
        }
        default -> {
          continue;
        }
      }
      ledger.addEntries(LedgerEntry.builder().on(l.on()).grant(ref).kind(kind).amount(amount).available(available)
          .build());
    }
    return Validation.valid(ledger.build());
  }
}
