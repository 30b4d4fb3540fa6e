package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.common.Problems;

/**
 * Failures of a streamed return, collected in linear time and capped as {@link Problems} caps
 * problems: the first {@value #MAX_LISTED} are kept, the rest only counted. Not thread-safe: one
 * per return.
 */
public final class HclicFailures {
  /** The most failures kept one by one. */
  public static final int MAX_LISTED = Problems.MAX_REPORTED;

  private final List<HclicFailure> listed = new ArrayList<>();
  private long count;

  /** Adds one failure: kept if fewer than {@value #MAX_LISTED} are, counted either way. */
  public void add(HclicFailure failure) {
    if (listed.size() < MAX_LISTED) {
      listed.add(failure);
    }
    count++;
  }

  /** The failures kept, in the order found. */
  public List<HclicFailure> listed() {
    return List.copyOf(listed);
  }

  /** Every failure added, kept or not. */
  public long count() {
    return count;
  }
}
