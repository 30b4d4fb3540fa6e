package uk.gov.worcester.housing.rules.common;

import java.time.LocalDate;

/**
 * A version of a scheme's local policy or of the law a rule applies: the figures and criteria
 * (caps, limits, periods, bands) with the date they took effect. A rule takes the version in force
 * on its as-at date from a {@link PolicyTimeline}, so a later policy or another council's is a
 * change of data, not of code.
 */
public interface Policy {
  /** A stable name of this version, {@code "HA1996-P7/2021-07-05"}, quoted in every decision. */
  String version();

  /** The first day this version applies. */
  LocalDate effectiveFrom();

  /**
   * What supports each figure, by the figure's name in the policy's JSON document: the citation
   * or note behind it and whether it is unconfirmed. Empty where a policy gives none.
   */
  default java.util.Map<String, FigureSource> sources() {
    return java.util.Map.of();
  }
}
