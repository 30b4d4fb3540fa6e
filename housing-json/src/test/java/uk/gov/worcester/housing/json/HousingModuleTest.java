package uk.gov.worcester.housing.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.testkit.household.HouseholdSamples;

class HousingModuleTest {
  @Test
  void anyApplicationsMapperLearnsTheTypes() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HousingModule()).build();
    Household h = HouseholdSamples.seventeenYearOldAtHome(LocalDate.of(2024, 5, 1));
    assertEquals(h, mapper.readValue(mapper.writeValueAsString(h), Household.class));
  }

  @Test
  void aPlainMapperReportsEveryProblemInItsException() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HousingModule()).build();
    HousingModule.InvalidHousingJsonException e = assertThrows(HousingModule.InvalidHousingJsonException.class,
        () -> mapper.readValue("{\"id\": \"HH-1\"}", Household.class));
    assertEquals(5, e.problems().size());
    assertEquals("/recordedOn", e.problems().head().path().jsonPointer());
  }

  /**
   * The enum codes are part of the JSON contract: this list changes only on purpose, with a note
   * in the README's change log, because client systems store and switch on them.
   */
  @Test
  void enumCodesArePinned() throws IOException {
    List<String> actual = new ArrayList<>();
    for (EnumCodec<?> codec : HousingModule.contract().enums()) {
      for (Map.Entry<? extends Enum<?>, String> e : codec.codes().entrySet()) {
        Class<?> type = codec.type();
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
            : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        actual.add(name + " " + e.getValue());
      }
    }
    List<String> pinned;
    try (InputStream in = getClass().getResourceAsStream("/json-codes.txt")) {
      pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
    assertEquals(pinned, actual);
  }
}
