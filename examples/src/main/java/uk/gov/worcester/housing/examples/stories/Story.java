package uk.gov.worcester.housing.examples.stories;

import java.io.PrintWriter;

/** One example a council developer will meet, told on the bundled sample data. */
public interface Story {
  /** A one-line title. */
  String title();

  /** Runs the example, printing what happens and why. */
  void tell(PrintWriter out);

  /** A story from its title and what it tells. */
  static Story of(String title, java.util.function.Consumer<PrintWriter> teller) {
    return new Story() {
      @Override
      public String title() {
        return title;
      }

      @Override
      public void tell(PrintWriter out) {
        teller.accept(out);
      }
    };
  }
}
