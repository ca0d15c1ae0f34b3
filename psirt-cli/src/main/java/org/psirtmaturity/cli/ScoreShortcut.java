package org.psirtmaturity.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.psirtmaturity.report.ReportFormat;

/**
 * Reads the arguments of the most common run, {@code psirt score FILE [options]}, without picocli,
 * whose start-up (loading its model and reflecting over the annotated commands) costs more than
 * scoring itself in a fresh JVM.
 *
 * <p>It reads only plain, valid arguments: {@code score}, then one {@code FILE} and each option of
 * {@link ScoreCommand} at most once, as {@code --name value} (or {@code -f value}, {@code -o value})
 * or {@code --name=value}, with values that need no conversion rules: {@code --lang} {@code ja} or
 * {@code en}, {@code --format} one of the formats in lower or upper case, {@code --width} a decimal
 * number without leading zeros. Anything else (help, version, a short option written
 * {@code -fjson}, {@code --}, an argument file {@code @…}, an option or value beginning with
 * {@code -}, a repeated or unknown option, a missing or second {@code FILE}, a {@code picocli.*}
 * system property) is left to picocli, which accepts or rejects it with its own messages. For the
 * arguments it reads, the request is the one picocli would make: a test compares the two on
 * generated arguments.
 */
final class ScoreShortcut {

    private ScoreShortcut() {
    }

    /**
     * Reads the arguments.
     *
     * @param args the command-line arguments
     * @return the request, or null if the arguments are to be read by picocli
     */
    static ScoreRequest parse(String[] args) {
        if (args.length < 2 || !args[0].equals("score") || picocliConfigured()) {
            return null;
        }
        String file = null;
        Language lang = null;
        String target = null;
        Boolean strict = null;
        Boolean requireComplete = null;
        ReportFormat format = null;
        Path out = null;
        Integer width = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@") || arg.indexOf('"') >= 0 || arg.indexOf('\'') >= 0) {
                return null;
            }
            if (arg.equals("--strict") && strict == null) {
                strict = Boolean.TRUE;
                continue;
            }
            if (arg.equals("--require-complete") && requireComplete == null) {
                requireComplete = Boolean.TRUE;
                continue;
            }
            if (arg.equals("-") || !arg.startsWith("-")) {
                if (file != null || arg.indexOf('=') >= 0) {
                    return null;
                }
                file = arg;
                continue;
            }
            String name;
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                name = arg;
                value = args[++i];
            } else {
                return null;
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || value.indexOf('=') >= 0
                    || value.indexOf('"') >= 0 || value.indexOf('\'') >= 0) {
                return null;
            }
            switch (name) {
                case "--lang" -> {
                    if (lang != null) {
                        return null;
                    }
                    lang = language(value);
                    if (lang == null) {
                        return null;
                    }
                }
                case "--target" -> {
                    if (target != null) {
                        return null;
                    }
                    target = value;
                }
                case "-f", "--format" -> {
                    if (format != null) {
                        return null;
                    }
                    format = format(value);
                    if (format == null) {
                        return null;
                    }
                }
                case "-o", "--out" -> {
                    if (out != null) {
                        return null;
                    }
                    out = path(value);
                    if (out == null) {
                        return null;
                    }
                }
                case "--width" -> {
                    if (width != null) {
                        return null;
                    }
                    width = number(value);
                    if (width == null) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (file == null) {
            return null;
        }
        return new ScoreRequest(file, lang, target, strict != null, requireComplete != null,
                format != null ? format : ReportFormat.TEXT, out, width != null ? width : 80);
    }

    /** Whether a system property configures picocli (tracing, argument files, …): then picocli reads. */
    private static boolean picocliConfigured() {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }

    private static Language language(String value) {
        return switch (value) {
            case "ja" -> Language.ja;
            case "en" -> Language.en;
            default -> null;
        };
    }

    private static ReportFormat format(String value) {
        return switch (value) {
            case "text", "TEXT" -> ReportFormat.TEXT;
            case "markdown", "MARKDOWN" -> ReportFormat.MARKDOWN;
            case "json", "JSON" -> ReportFormat.JSON;
            case "html", "HTML" -> ReportFormat.HTML;
            default -> null;
        };
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** {@code [1-9][0-9]{0,5}}, or null. */
    private static Integer number(String value) {
        if (value.length() > 6 || value.charAt(0) < '1' || value.charAt(0) > '9') {
            return null;
        }
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(value);
    }
}
