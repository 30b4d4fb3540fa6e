package uk.gov.worcester.housing.report.page;

/**
 * A paragraph of plain text (line breaks in it are read as spaces).
 *
 * @param text the paragraph
 */
public record Paragraph(String text) implements Block {
  /** Checks there is text. */
  public Paragraph {
    Text.required(text, "text");
  }

  @Override
  public BlockKind kind() {
    return BlockKind.PARAGRAPH;
  }
}
