package org.psirtmaturity.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.psirtmaturity.model.Problem;

/**
 * Bytes to text, strictly, with the JDK's decoders: the encoding is UTF-8 unless a byte-order mark or
 * the pattern of zero bytes at the start says UTF-16 or UTF-32 (as RFC 8259 and RFC 4627 describe);
 * one byte-order mark at the start is dropped; malformed bytes (overlong forms, encoded surrogates,
 * code points beyond U+10FFFF, truncated sequences, unpaired UTF-16 surrogates) are a
 * {@code json.encoding} problem giving the encoding and the byte offset.
 */
final class Decoding {

    private Decoding() {
    }

    /** The decoded text, or the problem that prevents it. Exactly one is non-null. */
    record Text(char[] chars, Problem problem) {
    }

    /**
     * Reads a stream to its end, or to one byte past the document limit, which is enough to report
     * that the document is too large: the rest is never read.
     *
     * @throws UncheckedIOException if the stream cannot be read
     */
    static byte[] readAtMost(InputStream in) {
        try {
            return in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON document", e);
        }
    }

    static Text decode(byte[] bytes, int offset, int length, JsonMessages messages) {
        if (length > Limits.MAX_DOCUMENT_BYTES) {
            return new Text(null, messages.problem("", "json.limit.document-size", "json.limit.document-size",
                    String.valueOf(Limits.MAX_DOCUMENT_BYTES)));
        }
        byte[] b = Arrays.copyOfRange(bytes, offset, offset + Math.min(length, 4));
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (starts(b, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (starts(b, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b.length == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            charset = Charset.forName("UTF-32BE");
        } else if (b.length == 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            charset = Charset.forName("UTF-32LE");
        } else if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        if (charset == StandardCharsets.UTF_8) {
            // The JDK's String decoding, which replaces each malformed sequence with U+FFFD; only a
            // document that then holds U+FFFD (written, or a replacement) is decoded again strictly.
            String text = new String(bytes, offset + skip, length - skip, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return new Text(text.toCharArray(), null);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset + skip, length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((length - skip) * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Text(null, messages.problem("", "json.encoding", "json.encoding", charset.name(),
                    String.valueOf(in.position() - offset)));
        }
        if (result.isOverflow()) {
            throw new IllegalStateException(new CharacterCodingException()); // the buffer holds the worst case
        }
        return new Text(Arrays.copyOf(out.array(), out.position()), null);
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
