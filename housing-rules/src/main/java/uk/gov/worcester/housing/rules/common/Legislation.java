package uk.gov.worcester.housing.rules.common;

import uk.gov.worcester.housing.core.common.Citation;

/**
 * The Acts and statutory instruments the rules cite, each with the short name every citation of it
 * uses ({@code "HA 1996"}, {@code "SI 2006/1294"}) and its full title, so that every domain names
 * the same law the same way: {@code HA_1996.at("s.189(1)(b)")} is the citation
 * {@code HA 1996 s.189(1)(b)}, linked to legislation.gov.uk as {@link Citation#of(String, String)}
 * links it. Guidance and local policies are cited by the domain that uses them.
 */
public enum Legislation {
  /** Cited for Part 10, statutory overcrowding. */
  HA_1985("HA 1985", "Housing Act 1985"),
  /** Cited for Part 6, allocation, and Part 7, homelessness. */
  HA_1996("HA 1996", "Housing Act 1996"),
  /** Cited for Disabled Facilities Grants. */
  HGCRA_1996("HGCRA 1996", "Housing Grants, Construction and Regeneration Act 1996"),
  /** Cited for Discretionary Housing Payments and their yearly limit. */
  CHILD_SUPPORT_PENSIONS_AND_SOCIAL_SECURITY_ACT_2000("Child Support, Pensions and Social Security Act 2000",
      "Child Support, Pensions and Social Security Act 2000"),
  /** Cited for HHSRS enforcement and HMO and selective licensing. */
  HA_2004("HA 2004", "Housing Act 2004"),
  /** Cited for the meaning of domestic abuse. */
  DOMESTIC_ABUSE_ACT_2021("Domestic Abuse Act 2021", "Domestic Abuse Act 2021"),
  /** Cited for the Disabled Facilities Grant test of resources. */
  HOUSING_RENEWAL_GRANTS_REGULATIONS_1996("SI 1996/2890", "The Housing Renewal Grants Regulations 1996"),
  /** Cited for gas safety records. */
  GAS_SAFETY_REGULATIONS_1998("SI 1998/2451", "The Gas Safety (Installation and Use) Regulations 1998"),
  /** Cited for what a Discretionary Housing Payment may meet. */
  DISCRETIONARY_FINANCIAL_ASSISTANCE_REGULATIONS_2001("SI 2001/1167",
      "The Discretionary Financial Assistance Regulations 2001"),
  /** Cited for the further priority need categories. */
  PRIORITY_NEED_ORDER_2002("SI 2002/2051", "The Homelessness (Priority Need for Accommodation) (England) Order 2002"),
  /** Cited for bed and breakfast placements and suitability. */
  SUITABILITY_ORDER_2003("SI 2003/3326", "The Homelessness (Suitability of Accommodation) (England) Order 2003"),
  /** Cited for hazard scores and bands. */
  HHSRS_REGULATIONS_2005("SI 2005/3208", "The Housing Health and Safety Rating System (England) Regulations 2005"),
  /** Cited for the size criteria. */
  HOUSING_BENEFIT_REGULATIONS_2006("SI 2006/213", "The Housing Benefit Regulations 2006"),
  /** Cited for who is eligible for an allocation and for homelessness help. */
  ELIGIBILITY_REGULATIONS_2006("SI 2006/1294",
      "The Allocation of Housing and Homelessness (Eligibility) (England) Regulations 2006"),
  /** Cited for the period for a referral after a prior placement. */
  MISCELLANEOUS_PROVISIONS_REGULATIONS_2006("SI 2006/2527",
      "The Allocation of Housing and Homelessness (Miscellaneous Provisions) (England) Regulations 2006"),
  /** Cited for the maximum Disabled Facilities Grant. */
  DFG_MAXIMUM_AMOUNTS_ORDER_2008("SI 2008/1189",
      "The Disabled Facilities Grants (Maximum Amounts and Additional Purposes) (England) Order 2008"),
  /** Cited for the armed forces exemption from residence tests. */
  FORCES_QUALIFICATION_REGULATIONS_2012("SI 2012/1869",
      "The Allocation of Housing (Qualification Criteria for Armed Forces) (England) Regulations 2012"),
  /** Cited for additional preference for the armed forces. */
  FORCES_PREFERENCE_REGULATIONS_2012("SI 2012/2989",
      "The Housing Act 1996 (Additional Preference for Armed Forces) (England) Regulations 2012"),
  /** Cited for the housing costs size criteria. */
  UNIVERSAL_CREDIT_REGULATIONS_2013("SI 2013/376", "The Universal Credit Regulations 2013"),
  /** Cited for a room for each of a couple who cannot share. */
  SIZE_CRITERIA_REGULATIONS_2017("SI 2017/213",
      "The Housing Benefit and Universal Credit (Size Criteria) (Miscellaneous Amendments) Regulations 2017"),
  /** Cited for which HMOs need a mandatory licence. */
  HMO_DESCRIPTION_ORDER_2018("SI 2018/221",
      "The Licensing of Houses in Multiple Occupation (Prescribed Description) (England) Order 2018"),
  /** Cited for reviews of homelessness decisions. */
  REVIEW_REGULATIONS_2018("SI 2018/223", "The Homelessness (Review Procedure etc.) Regulations 2018"),
  /** Cited for electrical installation reports. */
  ELECTRICAL_SAFETY_REGULATIONS_2020("SI 2020/312",
      "The Electrical Safety Standards in the Private Rented Sector (England) Regulations 2020");

  private final String shortName;
  private final String title;

  Legislation(String shortName, String title) {
    this.shortName = shortName;
    this.title = title;
  }

  /** The short name every citation of it uses: {@code "HA 1996"}, {@code "SI 2006/1294"}. */
  public String shortName() {
    return shortName;
  }

  /** Its full title: {@code "Housing Act 1996"}. */
  public String title() {
    return title;
  }

  /** The citation of {@code provision} ({@code "s.189(1)(b)"}, {@code "reg.5"}) in this law. */
  public Citation at(String provision) {
    return Citation.of(shortName, provision);
  }
}
