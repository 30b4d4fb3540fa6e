package uk.gov.worcester.housing.rules.grants;

import java.util.Objects;
import uk.gov.worcester.housing.core.grants.GrantApplication;
import uk.gov.worcester.housing.core.grants.GrantRecord;

/**
 * A grant record the workflow has accepted, with the policy version it is under: every event in
 * it is one the scheme allows at its point. Made only by {@link GrantWorkflow#replay}.
 */
public final class Grant {
  private final GrantRecord record;
  private final GrantPolicy policy;

  Grant(GrantRecord record, GrantPolicy policy) {
    this.record = Objects.requireNonNull(record);
    this.policy = Objects.requireNonNull(policy);
  }

  public GrantRecord record() {
    return record;
  }

  public GrantApplication application() {
    return record.application();
  }

  /** The policy version the grant is under: the one in force when the application was received. */
  public GrantPolicy policy() {
    return policy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Grant && ((Grant) other).record.equals(record) && ((Grant) other).policy.equals(policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, policy);
  }

  /** The reference and policy version only. */
  @Override
  public String toString() {
    return "Grant[" + record.application().reference() + ", " + policy.version() + "]";
  }
}
