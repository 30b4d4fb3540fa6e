package uk.gov.worcester.housing.benchmarks;

import java.io.Writer;

/** A {@link Writer} that keeps nothing and counts the characters written to it. */
final class CountingWriter extends Writer {
  private long count;

  @Override
  public void write(char[] buf, int off, int len) {
    count += len;
  }

  @Override
  public void write(String s, int off, int len) {
    count += len;
  }

  @Override
  public void write(int c) {
    count++;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Characters written so far. */
  long count() {
    return count;
  }
}
