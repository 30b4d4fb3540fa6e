package uk.gov.worcester.housing.rules.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Citation;

class ReasonsTest {
  static final Citation CITE = Citation.of("HA 1996", "s.189(1)(b)");
  static final Reason KEPT = Reason.of("KEPT", "A reason kept from an earlier decision.", CITE);

  @Test
  void reasonsAreKeptInTheOrderGiven() {
    Reasons why = new Reasons();
    assertTrue(why.isEmpty());
    why.add("FIRST", "The first reason.", CITE).add(KEPT)
        .addAll(List.of(Reason.of("THIRD", "The third reason.", CITE)));
    assertFalse(why.isEmpty());
    assertEquals(List.of("FIRST", "KEPT", "THIRD"), why.list().stream().map(Reason::code).toList());
    assertEquals(Reason.of("FIRST", "The first reason.", CITE), why.list().get(0));
  }

  @Test
  void theListFollowsLaterAdditionsButCannotBeChangedThroughIt() {
    Reasons why = new Reasons();
    List<Reason> list = why.list();
    why.add(KEPT);
    assertEquals(List.of(KEPT), list);
    assertThrows(UnsupportedOperationException.class, () -> list.add(KEPT));
  }

  @Test
  void discardedReasonsStayEmpty() {
    Reasons why = Reasons.discarded().add("FIRST", "The first reason.", CITE).add(KEPT).addAll(List.of(KEPT));
    assertTrue(why.isEmpty());
    assertEquals(List.of(), why.list());
  }
}
