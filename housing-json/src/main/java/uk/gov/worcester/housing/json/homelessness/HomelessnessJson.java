package uk.gov.worcester.housing.json.homelessness;

import uk.gov.worcester.housing.json.common.CodecRegistry;

/** The JSON contract of the homelessness domain. */
public final class HomelessnessJson {
  private HomelessnessJson() {}

  /** Registers the homelessness types and their enums. */
  public static void register(CodecRegistry registry) {
    // the homelessness types arrive with issue 3
  }
}
