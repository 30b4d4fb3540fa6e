package uk.gov.worcester.housing.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.core.lettings.Bid;
import uk.gov.worcester.housing.core.lettings.NeedFact;
import uk.gov.worcester.housing.core.lettings.NeedKind;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.lettings.BandingRule;
import uk.gov.worcester.housing.rules.lettings.HomelessnessStanding;
import uk.gov.worcester.housing.rules.lettings.LettingsPolicy;
import uk.gov.worcester.housing.rules.lettings.Shortlist;
import uk.gov.worcester.housing.rules.lettings.ShortlistCandidate;
import uk.gov.worcester.housing.rules.lettings.ShortlistRule;
import uk.gov.worcester.housing.testkit.lettings.LettingsSamples;

/**
 * The scale: banding a register of 100,000 applications (target under 1 s on one core,
 * stretch 100 ms) and shortlisting one advert with 5,000 bids (target under 10 ms, stretch 1 ms).
 * The register is built from the sample households with varied registration dates and needs, from
 * a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class LettingsBenchmark {
  private final LocalDate asAt = LocalDate.of(2025, 3, 3);
  private final LettingsPolicy policy = LettingsPolicy.HCP_V1_12;
  private final List<Application> register = new ArrayList<>(100_000);
  private final Map<ApplicationId, ShortlistCandidate> candidates = new HashMap<>();
  private final List<Bid> bids = new ArrayList<>(5_000);
  private Advert advert;

  @Setup
  public void build() {
    Random random = new Random(20_240_603L);
    NeedKind[] needs = NeedKind.values();
    LocalDate first = LocalDate.of(2019, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      LocalDate registered = first.plusDays(random.nextInt(2000));
      Application sample = switch (i % 3) {
        case 0 -> LettingsSamples.overcrowdedFamily(registered);
        case 1 -> LettingsSamples.homelessParent(registered);
        default -> LettingsSamples.downsizer(registered);
      };
      List<NeedFact> facts = new ArrayList<>(2);
      for (int n = random.nextInt(3); n > 0; n--) {
        facts.add(NeedFact.of(needs[random.nextInt(needs.length)], registered.plusDays(random.nextInt(400))));
      }
      register.add(Application.builder().from(sample).id(ApplicationId.of("HCP-" + i)).needs(facts).build());
    }
    advert = LettingsSamples.threeBedroomHouse(asAt);
    for (int i = 0; i < 5_000; i++) {
      Application a = register.get(random.nextInt(register.size()));
      candidates.computeIfAbsent(a.id(), id -> ShortlistCandidate.of(a, ApplicationStatus.ACTIVE, asAt, policy,
          HomelessnessStanding.none()));
      bids.add(Bid.of(a.id(), advert.id(), asAt.plusDays(random.nextInt(7))));
    }
  }

  /** Bands every application on the register, reasons included. */
  @Benchmark
  public int bandRegister() {
    int gold = 0;
    for (Application a : register) {
      if (BandingRule.assess(a, asAt, policy, HomelessnessStanding.none()).outcome().band().ordinal() <= 3) {
        gold++;
      }
    }
    return gold;
  }

  /** One advert's shortlist from 5,000 bids, every skipped bid with its reasons. */
  @Benchmark
  public Decision<Shortlist> shortlist5000Bids() {
    return ShortlistRule.shortlist(advert, bids, id -> Optional.ofNullable(candidates.get(id)), policy);
  }
}
