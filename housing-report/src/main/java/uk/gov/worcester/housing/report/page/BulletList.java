package uk.gov.worcester.housing.report.page;

import java.util.List;

/**
 * A bulleted list of short plain-text items: achievements, risks, next steps.
 *
 * @param items the items, in order; at least one
 */
public record BulletList(List<String> items) implements Block {
  /** Checks there is at least one item and none is blank. */
  public BulletList {
    items = Text.list(items, "items", true);
    items.forEach(item -> Text.required(item, "item"));
  }

  /** A list of the given items. */
  public static BulletList of(String... items) {
    return new BulletList(List.of(items));
  }

  @Override
  public BlockKind kind() {
    return BlockKind.BULLET_LIST;
  }
}
