package org.psirtmaturity.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * An output file that is replaced only when its writing succeeded: the bytes go to a temporary file
 * beside the target, named {@code .NAME.<random>.tmp}, which {@link #commit()} moves onto the target
 * (atomically where the file system can, {@link StandardCopyOption#ATOMIC_MOVE}; otherwise replacing
 * it). Until then the target is untouched: {@link #close()} without a commit, a failure, and an
 * interruption by SIGINT or SIGTERM (a JVM shutdown hook) delete the temporary file and leave the
 * target as it was, or absent. Only SIGKILL or a crash of the machine can leave the temporary file
 * behind; the target itself is never half-written.
 *
 * <p>A target that exists and is not a regular file (a device such as {@code /dev/null}, a named
 * pipe) cannot be replaced: it is written directly. A symbolic link is followed: the file it points
 * to is replaced and the link stays. A replaced file keeps its POSIX permissions.
 *
 * <p>Not thread-safe, except that the shutdown hook and {@link #commit()} exclude each other.
 */
final class ReplacingOutput implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temporary;
    private final FileOutputStream stream;
    private final Thread hook;
    private final Object lock = new Object();
    private boolean finished;

    private ReplacingOutput(Path target, Path temporary, FileOutputStream stream, Runnable onInterrupt) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        if (temporary == null) {
            this.hook = null;
        } else {
            this.hook = new Thread(() -> abort(onInterrupt), "psirt-remove-temporary-file");
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /**
     * Opens the output: creates the temporary file (and the target's missing parent directories).
     *
     * @param file        the target
     * @param onInterrupt run by the shutdown hook after it removed the temporary file of an unfinished
     *                    output (e.g. to say so on standard error)
     * @throws IOException if the temporary file cannot be created, or a target that is not a regular
     *                     file cannot be opened
     */
    static ReplacingOutput open(Path file, Runnable onInterrupt) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            target = target.toRealPath();
            if (!Files.isRegularFile(target)) {
                return new ReplacingOutput(target, null, new FileOutputStream(target.toFile()), onInterrupt);
            }
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary;
        while (true) {
            temporary = parent.resolve("." + target.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextInt()) + ".tmp");
            try {
                Files.createFile(temporary);
                break;
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
        try {
            copyPermissions(target, temporary);
            return new ReplacingOutput(target, temporary, new FileOutputStream(temporary.toFile()), onInterrupt);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (source != null && copy != null && Files.exists(from)) {
            copy.setPermissions(source.readAttributes().permissions());
        }
    }

    /** The stream to write to; not buffered. */
    OutputStream stream() {
        return stream;
    }

    /** The temporary file, or null where the target is written directly. */
    Path temporary() {
        return temporary;
    }

    /**
     * Flushes the bytes to the device and moves the temporary file onto the target.
     *
     * @throws InterruptedIOException if the shutdown hook removed the temporary file first (the JVM is
     *                                exiting after SIGINT or SIGTERM; the hook has said so)
     * @throws IOException            if the bytes cannot be written or the file not moved; the target
     *                                is then unchanged, and {@link #close()} removes the temporary file
     */
    void commit() throws IOException {
        // the bytes are made durable before the check, so that a signal that came with the end of the
        // input (Ctrl-C stops the whole pipeline) has the time to be seen: the move happens only if the
        // shutdown hook has not started
        stream.flush();
        if (temporary != null) {
            stream.getFD().sync();
        }
        synchronized (lock) {
            if (finished) {
                throw new InterruptedIOException("interrupted");
            }
            stream.close();
            if (temporary != null) {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            finished = true;
        }
        removeHook();
    }

    /** Removes the temporary file unless the output was committed; the target stays as it was. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!finished) {
                finished = true;
                discard();
            }
        }
        removeHook();
    }

    /** The shutdown hook: removes the temporary file of an unfinished output. */
    private void abort(Runnable onInterrupt) {
        synchronized (lock) {
            if (finished) {
                return;
            }
            finished = true;
            discard();
        }
        onInterrupt.run();
    }

    private void discard() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the file is removed anyway
        }
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more can be done; the target is unchanged
            }
        }
    }

    private void removeHook() {
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs or ran; it finds the output finished
            }
        }
    }
}
