package org.psirtmaturity.cli;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Streams that remember the first {@link IOException} they passed on, so that a failure reported by
 * code that reads and writes together (or swallowed by a {@link java.io.PrintWriter}) can be told to
 * be the input's or the output's, with its reason. Not thread-safe.
 */
final class Tracked {

    private Tracked() {
    }

    /** An output stream that remembers its first failure; every call is passed on unbuffered. */
    static final class Output extends FilterOutputStream {
        private IOException failure;

        Output(OutputStream out) {
            super(out);
        }

        /** The first failure of a write, flush or close, or null. */
        IOException failure() {
            return failure;
        }

        private IOException failed(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    /** An input stream that remembers its first failure. */
    static final class Input extends FilterInputStream {
        private IOException failure;

        Input(InputStream in) {
            super(in);
        }

        /** The first failure of a read, or null. */
        IOException failure() {
            return failure;
        }

        private IOException failed(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public int available() throws IOException {
            try {
                return in.available();
            } catch (IOException e) {
                return 0; // only a hint: a stream that cannot tell (some devices) is read as if empty for now
            }
        }
    }
}
