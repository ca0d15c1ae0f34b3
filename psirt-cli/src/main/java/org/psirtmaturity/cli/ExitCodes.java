package org.psirtmaturity.cli;

/**
 * The exit codes of the {@code psirt} command. They are part of its interface and documented in
 * {@code psirt --help}. A run ended by SIGINT or SIGTERM exits with 130 or 143, as the JVM does.
 */
public final class ExitCodes {

    /** Success; for {@code validate}, the input has no error (warnings may have been printed). */
    public static final int OK = 0;
    /** The input is invalid: malformed JSON, or an assessment with validation errors. Every problem was printed. */
    public static final int INVALID_INPUT = 1;
    /** The command line is wrong: unknown option, missing argument, bad option value. */
    public static final int USAGE = 2;
    /**
     * A file, or standard input or output, could not be read or written (a missing file, a directory, a
     * full device, a closed pipe). An existing output file is left as it was.
     */
    public static final int IO_ERROR = 3;
    /** An unexpected internal error (a bug: please report it), reported in one line, never a stack trace. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
