package org.inbetween.app.project.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.inbetween.app.project.ProjectFormatException;

/**
 * The append-only log of edits, {@code journal.log}: every edit is one checksummed line, forced to
 * the device before the edit counts as made. Opening reads the intact lines; a torn tail (an
 * incomplete line: the one a crash was writing, never acknowledged) is cut off, while a complete
 * line that fails its checksum is damage to acknowledged work: reported, never skipped, unless a
 * person asks for recovery.
 *
 * <p>The file is accessed through {@link RandomAccessFile}, whose reads, writes and {@code sync}
 * ignore thread interrupts; an interruptible {@code FileChannel} would be closed for good by the
 * first cancelled task that happened to be saving.
 */
final class Journal implements Closeable {
  static final String FILE_NAME = "journal.log";
  private static final System.Logger LOG = System.getLogger(Journal.class.getName());

  /** An intact line: its sequence number and JSON. */
  record Entry(long seq, JsonNode json) {}

  private final Path file;
  private RandomAccessFile log;

  /** Byte offset at which each line starts, by its sequence number. */
  private final TreeMap<Long, Long> offsets = new TreeMap<>();

  private Journal(Path file, RandomAccessFile log) {
    this.file = file;
    this.log = log;
  }

  /** Creates an empty journal (and makes its name durable). */
  static Journal create(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    AtomicFiles.write(file, new byte[0]);
    return new Journal(file, new RandomAccessFile(file.toFile(), "rw"));
  }

  /**
   * Opens the journal; {@code entries} receives the intact lines. A torn last line (no line feed:
   * the edit a crash interrupted, never acknowledged) is cut off, or only skipped when reading. A
   * complete line whose checksum fails is damage and refuses the open, unless {@code mode} is
   * {@link OpenMode#RECOVER}: then the file is copied aside and cut after the last good line.
   *
   * @return empty if there is no journal file (the caller decides whether that loses work)
   */
  static Optional<Journal> open(Path dir, List<Entry> entries, OpenMode mode) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Journal journal =
        new Journal(file, new RandomAccessFile(file.toFile(), mode.writes() ? "rw" : "r"));
    try {
      journal.readInto(entries, mode);
    } catch (IOException | RuntimeException e) {
      journal.close();
      throw e;
    }
    return Optional.of(journal);
  }

  private void readInto(List<Entry> entries, OpenMode mode) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = 0;
    int lineNumber = 0;
    long validEnd = 0;
    while (start < bytes.length) {
      lineNumber++;
      int end = indexOf(bytes, (byte) '\n', start);
      if (end < 0) {
        break; // torn: the line a crash was writing
      }
      Optional<Entry> entry = parse(bytes, start, end);
      if (entry.isEmpty()) {
        if (mode == OpenMode.RECOVER) {
          setAside(lineNumber);
          break;
        }
        throw new ProjectFormatException(
            file,
            "line "
                + lineNumber
                + " is complete but damaged (checksum mismatch or unreadable): it holds an acknowledged edit, so"
                + " the project is not opened and the file is left as it is. To keep the edits up"
                + " to line "
                + (lineNumber - 1)
                + " and set the rest aside, run: inbetween info --project "
                + file.getParent()
                + " --recover");
      }
      Entry e = entry.get();
      if (!offsets.isEmpty() && e.seq() != offsets.lastKey() + 1) {
        throw new ProjectFormatException(
            file,
            "line " + lineNumber + " has sequence " + e.seq() + " after " + offsets.lastKey());
      }
      offsets.put(e.seq(), (long) start);
      entries.add(e);
      validEnd = end + 1;
      start = end + 1;
    }
    if (validEnd < bytes.length && mode.writes()) {
      LOG.log(
          Level.WARNING,
          "{0}: dropping {1} bytes after the last intact line",
          file,
          bytes.length - validEnd);
      log.setLength(validEnd);
      log.getFD().sync();
    }
    log.seek(validEnd);
  }

  /** Copies the whole journal aside before a recovery cuts it, so that nothing is destroyed. */
  private void setAside(int damagedLine) throws IOException {
    Path copy = file.resolveSibling(FILE_NAME + ".damaged-" + System.currentTimeMillis());
    AtomicFiles.write(copy, Files.readAllBytes(file));
    LOG.log(
        Level.WARNING,
        "{0}: recovering up to line {1}; the damaged journal is kept as {2}",
        file,
        damagedLine - 1,
        copy.getFileName());
  }

  private static Optional<Entry> parse(byte[] bytes, int start, int end) {
    Optional<String> json = JournalLine.unframe(bytes, start, end);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode node = Json.MAPPER.readTree(json.get());
      return Optional.of(new Entry(ProjectJson.sequence(node, "seq"), node));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Appends one line and forces it to the device; when this returns, the edit survives a crash. If
   * writing fails, the partial line is cut off again so that later lines stay readable.
   */
  void append(long seq, String json) throws IOException {
    if (!offsets.isEmpty() && seq != offsets.lastKey() + 1) {
      throw new IllegalStateException("journal sequence " + seq + " after " + offsets.lastKey());
    }
    byte[] line = JournalLine.frame(json);
    long position = log.getFilePointer();
    try {
      log.write(line);
      log.getFD().sync();
    } catch (IOException e) {
      log.setLength(position);
      log.seek(position);
      throw e;
    }
    offsets.put(seq, position);
  }

  /** The last sequence number in the file, 0 if it holds none. */
  long lastSeq() {
    return offsets.isEmpty() ? 0 : offsets.lastKey();
  }

  /** Bytes in the journal now. */
  long size() throws IOException {
    return log.getFilePointer();
  }

  /**
   * Drops the lines with a sequence number up to {@code keepAfterSeq}: the checkpoints on disk
   * cover them. The rest is copied to a new file that atomically replaces the journal.
   */
  void compact(long keepAfterSeq) throws IOException {
    Long firstKept = offsets.higherKey(keepAfterSeq);
    long end = log.getFilePointer();
    long from = firstKept == null ? end : offsets.get(firstKept);
    if (from == 0) {
      return;
    }
    byte[] tail = new byte[Math.toIntExact(end - from)];
    log.seek(from);
    log.readFully(tail);
    log.seek(end);
    AtomicFiles.write(file, tail);
    log.close();
    log = new RandomAccessFile(file.toFile(), "rw");
    log.seek(tail.length);
    TreeMap<Long, Long> kept = new TreeMap<>();
    offsets.tailMap(keepAfterSeq, false).forEach((seq, offset) -> kept.put(seq, offset - from));
    offsets.clear();
    offsets.putAll(kept);
  }

  /** The sequence numbers still in the file, for tests and diagnostics. */
  List<Long> sequences() {
    return new ArrayList<>(offsets.keySet());
  }

  @Override
  public void close() throws IOException {
    log.close();
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
