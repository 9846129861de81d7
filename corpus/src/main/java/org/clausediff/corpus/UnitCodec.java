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
 * all variable-length; the key hash as 8 bytes; the key length; then a byte of flags — 1: a
 * signature follows, 2: the unit is a responsibility note — and the signature's values, 2 bytes
 * each). About 140 bytes per sentence.
 */
final class UnitCodec {
  private static final int SIGNED = 1;
  private static final int NOTE = 2;

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
    VarInts.write(out, pathList.size());
    for (byte[] path : encodedPaths) {
      VarInts.write(out, path.length);
      out.put(path);
    }
    VarInts.write(out, units.size());
    int previousEnd = 0;
    for (UnitFingerprint unit : units) {
      VarInts.write(out, unit.start() - previousEnd);
      VarInts.write(out, unit.end() - unit.start());
      out.put((byte) unit.kind().ordinal());
      VarInts.write(out, paths.get(unit.sectionPath()));
      out.putLong(unit.keyHash());
      VarInts.write(out, unit.keyLength());
      MinHash signature = unit.signature();
      out.put((byte) ((signature.isEmpty() ? 0 : SIGNED) | (unit.note() ? NOTE : 0)));
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
    int pathCount = VarInts.read(in);
    String[] paths = new String[pathCount];
    for (int p = 0; p < pathCount; p++) {
      int n = VarInts.read(in);
      paths[p] = new String(bytes, in.position(), n, StandardCharsets.UTF_8);
      in.position(in.position() + n);
    }
    int count = VarInts.read(in);
    List<UnitFingerprint> units = new ArrayList<>(count);
    UnitKind[] kinds = UnitKind.values();
    int previousEnd = 0;
    int[] values = new int[UnitFingerprint.HASHES];
    for (int u = 0; u < count; u++) {
      int start = previousEnd + VarInts.read(in);
      int end = start + VarInts.read(in);
      UnitKind kind = kinds[in.get()];
      String path = paths[VarInts.read(in)];
      long keyHash = in.getLong();
      int keyLength = VarInts.read(in);
      MinHash signature = MinHash.empty();
      byte flags = in.get();
      if ((flags & SIGNED) != 0) {
        for (int i = 0; i < values.length; i++) {
          values[i] = in.getChar();
        }
        signature = MinHash.copyOf(values);
      }
      units.add(
          new UnitFingerprint(
              start, end, kind, path, keyHash, keyLength, signature, (flags & NOTE) != 0));
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
}
