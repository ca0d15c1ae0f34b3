package org.psirtmaturity.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The library's version, read once, on first use, from {@code version.properties} beside this class
 * (written by Maven resource filtering). Falls back to the jar manifest's implementation version,
 * then to {@code "unknown"}.
 */
final class LibraryVersion {

    private LibraryVersion() {
    }

    /**
     * Returns the version.
     *
     * @return e.g. {@code "0.1.0"}, or {@code "unknown"}
     */
    static String get() {
        return Holder.VERSION;
    }

    /** Initialised by the JVM on first access to {@link #VERSION}: lazily and thread-safely. */
    private static final class Holder {
        static final String VERSION = read();
    }

    private static String read() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "").trim();
                if (!v.isEmpty() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest: a broken version file must not prevent scoring
        }
        String manifest = LibraryVersion.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "unknown";
    }
}
