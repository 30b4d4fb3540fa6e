package uk.gov.worcester.housing.rules.privatesector;

/** Category 1 (bands A to C) or Category 2 (bands D to J) hazard (Housing Act 2004 s.2(1)). */
public enum HazardCategory {
  /** Score 1000 or more: the council must take the most appropriate action (s.5). */
  CATEGORY_1,
  /** Score below 1000: the council may take action (s.7). */
  CATEGORY_2
}
