package uk.gov.worcester.housing.rules.lettings;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/** Whether an eligible applicant qualifies for the register, every test failed, and the connection grounds found. */
@Value.Immutable
@HousingStyle
public abstract class Qualification {
  /** Every test failed, in the order of {@link QualificationTest}; empty when the applicant qualifies. */
  public abstract List<QualificationTest> failed();

  /** The grounds of local connection with the partnership area. */
  public abstract Set<ConnectionGround> connection();

  /** True when no test failed. */
  public boolean qualifies() {
    return failed().isEmpty();
  }

  static Qualification of(List<QualificationTest> failed, Set<ConnectionGround> connection) {
    return ImmutableQualification.builder().failed(failed).connection(connection).build();
  }
}
