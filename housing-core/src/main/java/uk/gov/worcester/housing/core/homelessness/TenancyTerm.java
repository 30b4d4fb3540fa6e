package uk.gov.worcester.housing.core.homelessness;

/**
 * How long an offered tenancy runs: a fixed term of so many months, a periodic tenancy (month to
 * month or week to week, with no end fixed), or a lifetime (secure or assured) social tenancy.
 * The duties that end on "suitable accommodation with a reasonable prospect of being available
 * for at least six months" (HA 1996 s.189B(7)(a) and (c), s.195(8)(a) and (d)) are met by any
 * periodic or lifetime tenancy as well as by a fixed term of six months or more (Code of Guidance
 * 13.7-13.9); a final accommodation offer and a private rented sector offer need a fixed term
 * (s.193A(4), s.193(7AC)).
 */
public sealed interface TenancyTerm {
  /** The longest fixed term accepted, in months (50 years): longer is a data mistake. */
  int MAX_FIXED_TERM_MONTHS = 600;

  /** What kind of term this is. */
  Kind kind();

  /** Whether there is a reasonable prospect of the tenancy lasting at least {@code months} months. */
  boolean lastsAtLeast(int months);

  /** The kinds of term, as the JSON contract names them. */
  enum Kind {
    /** A fixed term of a stated number of months. */
    FIXED_TERM,
    /** A periodic tenancy with no fixed end. */
    PERIODIC,
    /** A lifetime social tenancy (secure, or assured non-shorthold). */
    LIFETIME
  }

  /** A fixed term of {@code months} months, from 1 to {@link #MAX_FIXED_TERM_MONTHS}. */
  static TenancyTerm fixedTerm(int months) {
    return new FixedTerm(months);
  }

  /** A periodic tenancy. */
  static TenancyTerm periodic() {
    return Periodic.INSTANCE;
  }

  /** A lifetime tenancy. */
  static TenancyTerm lifetime() {
    return Lifetime.INSTANCE;
  }

  /**
   * A fixed term in months.
   *
   * @param months the length of the fixed term, 1 to {@link #MAX_FIXED_TERM_MONTHS}
   */
  record FixedTerm(int months) implements TenancyTerm {
    public FixedTerm {
      if (months < 1 || months > MAX_FIXED_TERM_MONTHS) {
        throw new IllegalArgumentException("a fixed term is from 1 to " + MAX_FIXED_TERM_MONTHS + " months");
      }
    }

    @Override
    public Kind kind() {
      return Kind.FIXED_TERM;
    }

    @Override
    public boolean lastsAtLeast(int wanted) {
      return months >= wanted;
    }
  }

  /** A periodic tenancy: no end is fixed, so it can last as long as any period the law asks for. */
  record Periodic() implements TenancyTerm {
    static final Periodic INSTANCE = new Periodic();

    @Override
    public Kind kind() {
      return Kind.PERIODIC;
    }

    @Override
    public boolean lastsAtLeast(int months) {
      return true;
    }
  }

  /** A lifetime tenancy. */
  record Lifetime() implements TenancyTerm {
    static final Lifetime INSTANCE = new Lifetime();

    @Override
    public Kind kind() {
      return Kind.LIFETIME;
    }

    @Override
    public boolean lastsAtLeast(int months) {
      return true;
    }
  }
}
