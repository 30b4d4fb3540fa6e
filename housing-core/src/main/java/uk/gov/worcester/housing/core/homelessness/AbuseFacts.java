package uk.gov.worcester.housing.core.homelessness;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.LocalAuthority;

/**
 * Violence or abuse against the applicant or a member of the household, as HA 1996 ss.177,
 * 189(1)(e) and 198(2)-(3) use it. Special category data: the details stay out of
 * {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class AbuseFacts {
  @Value.Redacted
  public abstract AbuseKind kind();

  /** Violence, or threats of it that are likely to be carried out (s.177(1A)). */
  @Value.Default
  public boolean probableIfTheyStay() {
    return true;
  }

  /** The applicant is homeless because they are a victim of domestic abuse (s.189(1)(e)). */
  @Value.Default
  public boolean homelessBecauseOfIt() {
    return true;
  }

  /**
   * The districts where a member of the household would run the risk of domestic abuse
   * (s.198(2)(c)) or, for other violence, has suffered it and would probably suffer more on
   * returning (s.198(2A)): the officer's judgement, recorded here; no referral may be made to any
   * of them.
   */
  @Value.Redacted
  public abstract List<LocalAuthority> areasOfRisk();

  public static AbuseFacts of(AbuseKind kind) {
    return builder().kind(kind).build();
  }

  public static ImmutableAbuseFacts.Builder builder() {
    return ImmutableAbuseFacts.builder();
  }
}
