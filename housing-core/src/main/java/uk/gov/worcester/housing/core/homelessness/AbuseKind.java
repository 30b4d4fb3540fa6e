package uk.gov.worcester.housing.core.homelessness;

/**
 * Violence or abuse that makes accommodation unreasonable to continue to occupy (HA 1996
 * s.177(1)). "Domestic abuse" has the Domestic Abuse Act 2021 s.1 meaning from 5 July 2021
 * (both parties 16 or over and personally connected); before that date the Act said "domestic
 * violence".
 */
public enum AbuseKind {
  /** Domestic abuse (domestic violence before 5 July 2021). */
  DOMESTIC_ABUSE,
  /** Other violence, including threats of violence likely to be carried out. */
  OTHER_VIOLENCE
}
