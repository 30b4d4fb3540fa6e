package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects problems in linear time and caps how many are reported: the first
 * {@value #MAX_REPORTED}, then one {@value #MORE_PROBLEMS} problem saying how many more were
 * found ("and 79000 more problems not listed"). Every reader and check in the library collects
 * through one, so a hostile document of a million bad fields costs a million steps and a report of
 * a thousand lines, never a million copies of a growing list. Adding the capped problems of a part
 * keeps the count exact: a part's own {@value #MORE_PROBLEMS} problem adds its count, not one.
 * Not thread-safe: one per reading.
 */
public final class Problems {
  /** The most problems reported one by one; the rest are counted in one more problem. */
  public static final int MAX_REPORTED = 1000;
  /** The code of the one problem that counts the problems not listed. */
  public static final String MORE_PROBLEMS = "MORE_PROBLEMS";

  private static final Pattern MORE = Pattern.compile("and (\\d{1,18}) more problems? not listed");

  private final ArrayList<Problem> listed = new ArrayList<>();
  private long more;

  private Problems() {}

  /** An empty collection. */
  public static Problems collect() {
    return new Problems();
  }

  /** Adds one problem (or, for a {@value #MORE_PROBLEMS} problem, its count). */
  public Problems add(Problem problem) {
    long counted = countOf(problem);
    if (counted > 0) {
      more += counted;
    } else if (listed.size() < MAX_REPORTED) {
      listed.add(problem);
    } else {
      more++;
    }
    return this;
  }

  /** Adds every problem of {@code found}, in order. */
  public Problems addAll(Iterable<Problem> found) {
    for (Problem p : found) {
      add(p);
    }
    return this;
  }

  /** Adds every problem of a part of a value found at {@code prefix}, in order. */
  public Problems addAll(Path prefix, Iterable<Problem> found) {
    for (Problem p : found) {
      add(countOf(p) > 0 ? p : p.within(prefix));
    }
    return this;
  }

  /** True when nothing has been found. */
  public boolean isEmpty() {
    return listed.isEmpty() && more == 0;
  }

  /** How many problems were found, listed or not. */
  public long count() {
    return listed.size() + more;
  }

  /** The problems to report: at most {@value #MAX_REPORTED}, then one counting the rest. */
  public Seq<Problem> toSeq() {
    Vector<Problem> out = Vector.ofAll(listed);
    return more == 0 ? out : out.append(moreProblem(more));
  }

  /** {@code problems} capped as {@link #toSeq()} caps them. */
  public static Seq<Problem> capped(Seq<Problem> problems) {
    return problems.size() <= MAX_REPORTED ? problems : collect().addAll(problems).toSeq();
  }

  /** The problem that counts {@code n} problems not listed. */
  public static Problem moreProblem(long n) {
    return Problem.of(MORE_PROBLEMS, "and " + n + (n == 1 ? " more problem" : " more problems") + " not listed");
  }

  /** How many problems a {@value #MORE_PROBLEMS} problem counts; 0 for any other problem. */
  public static long countOf(Problem problem) {
    if (!problem.code().equals(MORE_PROBLEMS)) {
      return 0;
    }
    Matcher m = MORE.matcher(problem.message());
    return m.matches() ? Long.parseLong(m.group(1)) : 0;
  }
}
