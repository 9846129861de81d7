package org.clausediff.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausediff.fingerprint.DocumentFingerprint;
import org.clausediff.fingerprint.FingerprintOptions;
import org.clausediff.fingerprint.MinHash;
import org.clausediff.fingerprint.UnitFingerprint;
import org.clausediff.segment.UnitKind;

/**
 * Packs the units of a {@link DocumentFingerprint} into bytes for a stored field, and back.
 *
 * <p>Layout: the distinct section paths (count, then each as length-prefixed UTF-8), then the units
 * (count, then per unit: start as a delta from the previous end, length, kind, section path number,
 * all variable-length; the key hash as 8 bytes; the key length; then a flag and the signature's
 * values, 2 bytes each). About 140 bytes per sentence.
 */
final class UnitCodec {
  private UnitCodec() {}

  static byte[] encode(List<UnitFingerprint> units) {
    Map<String, Integer> paths = new HashMap<>();
    List<String> pathList = new ArrayList<>();
    for (UnitFingerprint unit : units) {
      if (!paths.containsKey(unit.sectionPath())) {
        paths.put(unit.sectionPath(), pathList.size());
        pathList.add(unit.sectionPath());
      }
    }
    List<byte[]> encodedPaths = new ArrayList<>();
    int size = 10;
    for (String path : pathList) {
      byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
      encodedPaths.add(bytes);
      size += 5 + bytes.length;
    }
    size += 5 + units.size() * (5 * 5 + 8 + 1 + 2 * UnitFingerprint.HASHES);
    ByteBuffer out = ByteBuffer.allocate(size);
    writeVarInt(out, pathList.size());
    for (byte[] path : encodedPaths) {
      writeVarInt(out, path.length);
      out.put(path);
    }
    writeVarInt(out, units.size());
    int previousEnd = 0;
    for (UnitFingerprint unit : units) {
      writeVarInt(out, unit.start() - previousEnd);
      writeVarInt(out, unit.end() - unit.start());
      out.put((byte) unit.kind().ordinal());
      writeVarInt(out, paths.get(unit.sectionPath()));
      out.putLong(unit.keyHash());
      writeVarInt(out, unit.keyLength());
      MinHash signature = unit.signature();
      out.put((byte) (signature.isEmpty() ? 0 : 1));
      for (int i = 0; i < signature.size(); i++) {
        out.putChar((char) signature.value(i));
      }
      previousEnd = unit.end();
    }
    byte[] bytes = new byte[out.position()];
    out.flip();
    out.get(bytes);
    return bytes;
  }

  static List<UnitFingerprint> decode(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    int pathCount = readVarInt(in);
    String[] paths = new String[pathCount];
    for (int p = 0; p < pathCount; p++) {
      int n = readVarInt(in);
      paths[p] = new String(bytes, in.position(), n, StandardCharsets.UTF_8);
      in.position(in.position() + n);
    }
    int count = readVarInt(in);
    List<UnitFingerprint> units = new ArrayList<>(count);
    UnitKind[] kinds = UnitKind.values();
    int previousEnd = 0;
    int[] values = new int[UnitFingerprint.HASHES];
    for (int u = 0; u < count; u++) {
      int start = previousEnd + readVarInt(in);
      int end = start + readVarInt(in);
      UnitKind kind = kinds[in.get()];
      String path = paths[readVarInt(in)];
      long keyHash = in.getLong();
      int keyLength = readVarInt(in);
      MinHash signature = MinHash.empty();
      if (in.get() != 0) {
        for (int i = 0; i < values.length; i++) {
          values[i] = in.getChar();
        }
        signature = MinHash.copyOf(values);
      }
      units.add(new UnitFingerprint(start, end, kind, path, keyHash, keyLength, signature));
      previousEnd = end;
    }
    return units;
  }

  static byte[] encodeSignature(MinHash signature) {
    ByteBuffer out = ByteBuffer.allocate(2 * signature.size());
    for (int i = 0; i < signature.size(); i++) {
      out.putChar((char) signature.value(i));
    }
    return out.array();
  }

  static MinHash decodeSignature(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    int[] values = new int[length / 2];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.getChar();
    }
    return MinHash.copyOf(values);
  }

  /** The options as stored in the commit data: {@code level,ignoreLabels,seed}. */
  static String encodeOptions(FingerprintOptions options) {
    return options.level().id() + "," + options.ignoreLabels() + "," + options.seed();
  }

  static FingerprintOptions decodeOptions(String value) {
    String[] parts = value.split(",", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("bad fingerprint options: " + value);
    }
    return new FingerprintOptions(
        UnitKind.parse(parts[0]), Boolean.parseBoolean(parts[1]), Long.parseLong(parts[2]));
  }

  static byte[] longBytes(long value) {
    return ByteBuffer.allocate(8).putLong(value).array();
  }

  private static void writeVarInt(ByteBuffer out, int value) {
    while ((value & ~0x7F) != 0) {
      out.put((byte) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    out.put((byte) value);
  }

  private static int readVarInt(ByteBuffer in) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in.get();
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }
}
