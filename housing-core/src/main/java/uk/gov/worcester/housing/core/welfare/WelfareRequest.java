package uk.gov.worcester.housing.core.welfare;

import java.util.Objects;

/**
 * A request for a welfare decision, as the command line reads it from one file: the scheme's
 * record so far, the application to decide, and the officer deciding. The set is closed: a DWAS
 * application or a DHP claim.
 */
public sealed interface WelfareRequest {
  /** Which scheme. */
  Scheme scheme();

  /** The officer deciding. */
  OfficerId officer();

  /** The welfare schemes, as the JSON contract names them. */
  enum Scheme {
    /** The Discretionary Welfare Assistance Scheme. */
    DWAS,
    /** Discretionary Housing Payments. */
    DHP
  }

  /**
   * A DWAS application to decide against the scheme's record.
   *
   * @param record the scheme's record so far
   * @param application the application
   * @param officer the officer deciding
   */
  record Dwas(DwasRecord record, DwasApplication application, OfficerId officer) implements WelfareRequest {
    /** Checks every part is given. */
    public Dwas {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(application, "application");
      Objects.requireNonNull(officer, "officer");
    }

    @Override
    public Scheme scheme() {
      return Scheme.DWAS;
    }
  }

  /**
   * A DHP claim to decide against the pot's record.
   *
   * @param record the record so far
   * @param application the claim
   * @param officer the officer deciding
   */
  record Dhp(DhpRecord record, DhpApplication application, OfficerId officer) implements WelfareRequest {
    /** Checks every part is given. */
    public Dhp {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(application, "application");
      Objects.requireNonNull(officer, "officer");
    }

    @Override
    public Scheme scheme() {
      return Scheme.DHP;
    }
  }
}
