package uk.gov.worcester.housing.report.page;

import java.util.List;

/**
 * A headed part of the page. A section may hold further sections, whose headings are one level
 * deeper.
 *
 * @param heading the section's heading
 * @param blocks what it holds, in reading order
 */
public record Section(String heading, List<Block> blocks) implements Block {
  /** Checks the heading is there. */
  public Section {
    Text.required(heading, "heading");
    blocks = Text.list(blocks, "blocks", false);
  }

  /** A section of the given blocks. */
  public static Section of(String heading, Block... blocks) {
    return new Section(heading, List.of(blocks));
  }

  /** How deep the deepest section inside this one is: 1 for a section holding no sections. */
  public int depth() {
    int deepest = 0;
    for (Block block : blocks) {
      if (block instanceof Section inner) {
        deepest = Math.max(deepest, inner.depth());
      }
    }
    return deepest + 1;
  }

  @Override
  public BlockKind kind() {
    return BlockKind.SECTION;
  }
}
