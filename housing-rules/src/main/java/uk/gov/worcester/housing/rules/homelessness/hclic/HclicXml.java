package uk.gov.worcester.housing.rules.homelessness.hclic;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Quarter;

/**
 * The return as XML for upload: one element per section record, data items as child elements,
 * grouped by section in the return's order. The element names follow this library's item names;
 * a council mapping to the official XSD v1.4 element names does so at this one place.
 *
 * <p>Written with the JDK's own XML writer ({@code javax.xml.stream}), which escapes every text
 * and attribute value. A character XML 1.0 cannot hold at all (a control character other than tab,
 * line feed and carriage return, or half of a surrogate pair) is written as U+FFFD, so the
 * document is always well-formed.
 */
public final class HclicXml {
  private HclicXml() {}

  /** The whole return as an XML document (UTF-8 declared), ending with a line break. */
  public static String render(HclicReturn r) {
    StringWriter text = new StringWriter(4096);
    try {
      write(r, text);
    } catch (IOException e) {
      // Writing to a StringWriter has no I/O to fail.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * The whole return written to {@code out}, exactly as {@link #render} gives it, with no string of
   * the whole document. {@code out} is flushed, not closed.
   *
   * @throws IOException when {@code out} fails
   */
  public static void write(HclicReturn r, Writer out) throws IOException {
    Streaming xml = streaming(out, r.quarter(), r.authority(), r.codeTableVersion());
    for (HclicSection section : HclicSection.values()) {
      for (HclicRecord record : r.records()) {
        if (record.section() == section) {
          xml.add(record);
        }
      }
    }
    xml.finish();
  }

  /**
   * A return written record by record in any order of sections, for {@link HclicExport#write}:
   * records of the first section ({@link HclicSection#MAIN}) go straight to {@code out}; those of
   * later sections are kept, deflated, until {@link Streaming#finish()} writes them in the
   * return's order. The XML is the same, character for character, as {@link #render} gives for the
   * same records.
   *
   * @throws IOException when {@code out} fails
   */
  public static Streaming streaming(Writer out, Quarter quarter, LocalAuthority authority, String codeTableVersion)
      throws IOException {
    return new Streaming(out, quarter, authority, codeTableVersion);
  }

  /**
   * An XML return being written: {@link #add} each record, then {@link #finish()} once. Holds, for
   * each section after the first, its records' data items deflated (a few bytes a record), never
   * a string of the document. Not thread-safe.
   */
  public static final class Streaming {
    private final XMLStreamWriter xml;
    private final Writer target;
    private final Map<HclicSection, SectionBuffer> later = new EnumMap<>(HclicSection.class);
    private boolean finished;

    private Streaming(Writer out, Quarter quarter, LocalAuthority authority, String codeTableVersion)
        throws IOException {
      // A plain Writer in between, whatever out is: the JDK's writer checks the declared encoding
      // against an OutputStreamWriter's own, and escapes by it; through this it writes as it does to
      // the StringWriter render uses, so both give the same characters.
      this.target = new FilterWriter(out) { };
      try {
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(target);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("HCLIC");
        xml.writeAttribute("quarter", xmlText(quarter.toString()));
        xml.writeAttribute("authority", xmlText(authority.code()));
        xml.writeAttribute("codeTable", xmlText(codeTableVersion));
        xml.writeCharacters("\n");
        startSection(HclicSection.values()[0]);
      } catch (XMLStreamException e) {
        throw io(e);
      }
    }

    /** Adds one record to its section. */
    public void add(HclicRecord record) throws IOException {
      if (finished) {
        throw new IllegalStateException("the return is finished");
      }
      if (record.section() == HclicSection.values()[0]) {
        writeRecord(record.items());
      } else {
        later.computeIfAbsent(record.section(), s -> new SectionBuffer()).add(record.items());
      }
    }

    /** Writes every later section in the return's order and ends the document; flushes, never closes. */
    public void finish() throws IOException {
      if (finished) {
        return;
      }
      finished = true;
      try {
        endSection();
        for (HclicSection section : HclicSection.values()) {
          if (section == HclicSection.values()[0]) {
            continue;
          }
          startSection(section);
          SectionBuffer buffer = later.remove(section);
          if (buffer != null) {
            buffer.replay(this::writeRecord);
          }
          endSection();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
      } catch (XMLStreamException e) {
        throw io(e);
      }
      target.flush();
    }

    private void startSection(HclicSection section) throws XMLStreamException {
      xml.writeCharacters("  ");
      xml.writeStartElement(elementName(section));
      xml.writeCharacters("\n");
    }

    private void endSection() throws XMLStreamException {
      xml.writeCharacters("  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }

    private void writeRecord(Map<String, String> items) throws IOException {
      try {
        xml.writeCharacters("    ");
        xml.writeStartElement("Record");
        for (Map.Entry<String, String> item : items.entrySet()) {
          xml.writeStartElement(item.getKey());
          xml.writeCharacters(xmlText(item.getValue()));
          xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
      } catch (XMLStreamException e) {
        throw io(e);
      }
    }

    private static IOException io(XMLStreamException e) {
      if (e.getCause() instanceof IOException cause) {
        return cause;
      }
      // The names written are this library's own and every text is made XML-safe: not reachable
      // from input, so a fault in the library.
      throw new IllegalStateException("the H-CLIC return could not be written as XML", e);
    }
  }

  /** What a section buffer replays each record to. */
  private interface RecordSink {
    void accept(Map<String, String> items) throws IOException;
  }

  /**
   * A section's records kept until their turn: each record's item count, then each name and value
   * as UTF-8 with its length, deflated into chunks of bytes (no one array grows to the whole).
   */
  private static final class SectionBuffer {
    private final Chunks chunks = new Chunks();
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(chunks, deflater, 8192));

    void add(Map<String, String> items) throws IOException {
      out.writeInt(items.size());
      for (Map.Entry<String, String> item : items.entrySet()) {
        text(item.getKey());
        text(item.getValue());
      }
    }

    private void text(String s) throws IOException {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    void replay(RecordSink sink) throws IOException {
      out.close(); // finishes the deflated stream
      deflater.end(); // a deflater given to the stream is not ended by it
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(chunks.read()),
          8192))) {
        while (true) {
          int n;
          try {
            n = in.readInt();
          } catch (EOFException end) {
            return;
          }
          Map<String, String> items = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            items.put(text(in), text(in));
          }
          sink.accept(items);
        }
      }
    }

    private static String text(DataInputStream in) throws IOException {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Bytes written in chunks of 64 KiB, read back once. */
  private static final class Chunks extends OutputStream {
    private static final int SIZE = 64 * 1024;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[SIZE];
    private int used;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (used == SIZE) {
          full.add(current);
          current = new byte[SIZE];
          used = 0;
        }
        int n = Math.min(len, SIZE - used);
        System.arraycopy(b, off, current, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    InputStream read() {
      List<InputStream> parts = new ArrayList<>();
      for (byte[] chunk : full) {
        parts.add(new ByteArrayInputStream(chunk));
      }
      parts.add(new ByteArrayInputStream(current, 0, used));
      return new SequenceInputStream(Collections.enumeration(parts));
    }
  }

  /** The element that holds a section's records: {@code TEMPORARY_ACCOMMODATION} is {@code TemporaryAccommodation}. */
  public static String elementName(HclicSection section) {
    StringBuilder t = new StringBuilder();
    for (String part : section.name().split("_")) {
      t.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return t.toString();
  }

  /** {@code s} with every character XML 1.0 cannot hold replaced by U+FFFD. */
  static String xmlText(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int width = Character.charCount(c);
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || c >= 0x10000;
      if (!allowed && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        if (allowed) {
          out.appendCodePoint(c);
        } else {
          out.append('\uFFFD');
        }
      }
      i += width;
    }
    return out == null ? s : out.toString();
  }
}
