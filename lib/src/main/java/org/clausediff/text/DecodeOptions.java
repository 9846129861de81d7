package org.clausediff.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How {@link TextDecoder} turns bytes into text.
 *
 * <p>Defaults: the encoding is detected (byte-order mark, then strict UTF-8, then strict GB18030)
 * and inputs of up to {@value #DEFAULT_MAX_INPUT_BYTES} bytes (256 MiB) are accepted. No limit may
 * exceed {@value #MAX_INPUT_BYTES} bytes (2047 MiB): an input is held in memory whole, in one Java
 * array, and Java's arrays stop just short of 2 GiB.
 *
 * @param charset the encoding to use instead of detecting one
 * @param maxInputBytes the largest input accepted, in bytes
 */
public record DecodeOptions(Optional<Charset> charset, long maxInputBytes) {

  /** The default for {@link #maxInputBytes()}: 256 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 256L << 20;

  /**
   * The largest {@link #maxInputBytes()} there can be: 2047 MiB, just under Java's 2 GiB arrays.
   */
  public static final long MAX_INPUT_BYTES = 2047L << 20;

  /** Validates the options. */
  public DecodeOptions {
    checkNotNull(charset, "charset");
    checkArgument(
        maxInputBytes > 0 && maxInputBytes <= MAX_INPUT_BYTES,
        "maxInputBytes must be in [1, %s] but was %s",
        MAX_INPUT_BYTES,
        maxInputBytes);
  }

  /** Detect the encoding; accept up to 256 MiB. */
  public static DecodeOptions defaults() {
    return new DecodeOptions(Optional.empty(), DEFAULT_MAX_INPUT_BYTES);
  }

  /** Returns a copy that decodes with {@code charset} instead of detecting the encoding. */
  public DecodeOptions withCharset(Charset charset) {
    return new DecodeOptions(Optional.of(charset), maxInputBytes);
  }

  /** Returns a copy that accepts inputs of up to {@code maxInputBytes} bytes. */
  public DecodeOptions withMaxInputBytes(long maxInputBytes) {
    return new DecodeOptions(charset, maxInputBytes);
  }
}
