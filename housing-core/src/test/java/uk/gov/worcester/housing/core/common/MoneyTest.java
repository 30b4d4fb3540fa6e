package uk.gov.worcester.housing.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class MoneyTest {
  @ParameterizedTest
  @CsvSource({"12.34,1234", "12.3,1230", "12,1200", "0,0", "-5,-500", "-0.05,-5", "2000.00,200000",
      "0.01,1", "9999999999999.99,999999999999999"})
  void parsesPoundsAndPence(String text, long pence) {
    assertEquals(pence, Money.parse(text).get().pence());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "NaN", "", " ", "1e3", "£5", "12,00", "+3", "12.", ".5", "Infinity", "--1", "1 000"})
  void refusesTextThatIsNotAnAmount(String text) {
    assertEquals(ProblemCodes.INVALID_FORMAT, Money.parse(text).getError().head().code());
  }

  @Test
  void fractionalPenceIsAClearProblem() {
    Problem p = Money.parse("12.345").getError().head();
    assertEquals(ProblemCodes.INVALID_FORMAT, p.code());
    assertTrue(p.message().contains("two decimal places"), p.message());
  }

  @Test
  void nullIsRequired() {
    assertEquals(ProblemCodes.REQUIRED, Money.parse(null).getError().head().code());
  }

  @Test
  void arithmeticIsExactAndOverflowIsAnError() {
    assertEquals(Money.of("0.30"), Money.of("0.10").plus(Money.of("0.20")));
    assertEquals(Money.of("-0.10"), Money.of("0.10").minus(Money.of("0.20")));
    assertEquals(Money.of("70.00"), Money.of("10.00").times(7));
    assertThrows(ArithmeticException.class, () -> Money.ofPence(Long.MAX_VALUE).plus(Money.ofPence(1)));
    assertEquals(Money.of("5.00"), Money.min(Money.of("5.00"), Money.of("5.01")));
  }

  @Test
  void canonicalTextHasTwoPlaces() {
    assertEquals("2000.00", Money.ofPounds(2000).toDecimalString());
    assertEquals("-0.05", Money.ofPence(-5).toDecimalString());
    assertEquals("£12.30", Money.of("12.3").toString());
    assertEquals("-£0.05", Money.ofPence(-5).toString());
  }

  @Test
  void canonicalTextParsesBackToTheSameAmount() {
    qt().forAll(Generate.longRange(-999_999_999_999_999L, 999_999_999_999_999L))
        .checkAssert(p -> assertEquals(Money.ofPence(p), Money.of(Money.ofPence(p).toDecimalString())));
  }

  @Test
  void orderingAgreesWithPence() {
    qt().forAll(Generate.longRange(-1_000_000, 1_000_000), Generate.longRange(-1_000_000, 1_000_000))
        .checkAssert((a, b) -> assertEquals(Long.signum(Long.compare(a, b)),
            Long.signum(Money.ofPence(a).compareTo(Money.ofPence(b)))));
  }
}
