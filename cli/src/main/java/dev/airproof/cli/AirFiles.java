package dev.airproof.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reading and writing AIR source files for the commands: strict UTF-8 decoding, user-facing error
 * messages instead of exceptions, and atomic replacement. Stateless.
 */
final class AirFiles {
  private AirFiles() {}

  /** Why a file could not be read, as one line for the user. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  /** The text of {@code file}, decoded as strict UTF-8. */
  static String read(Path file) throws Unreadable {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new Unreadable(file + ": is a directory");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new Unreadable(file + ": no such file");
    } catch (IOException | SecurityException e) {
      throw new Unreadable(file + ": cannot read: " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable(file + ": not valid UTF-8");
    }
  }

  /**
   * Replaces the content of {@code file} by {@code text} atomically: writes a temporary file next
   * to it and renames it over the original, so readers see either the old or the new text.
   */
  static void replace(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
