package org.psirtmaturity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.psirtmaturity.scoring.ValidationProblem;

/**
 * The problems of the inputs, as lines of text or as one JSON document.
 *
 * <p>Text: one line per problem, {@code FILE: error: PATH: MESSAGE [CODE]} ({@code warning} for a
 * warning; the words {@code error} and {@code warning} in the run's language; no path for a problem of
 * the whole document).
 *
 * <p>JSON, on one line: {@code {"valid":false,"problems":[{"file":…,"path":…,"code":…,"arguments":[…],
 * "message":…,"severity":"error"}, …]}}: {@code file} as given on the command line ({@code -} for
 * standard input), {@code path}, {@code code} and {@code arguments} as the library reports them (see
 * psirt-json's README), {@code message} in the run's language, {@code severity} {@code error} or
 * {@code warning}; {@code valid} is true when no problem is an error.
 */
final class Problems {

    private static final JsonFactory JSON = new JsonFactory();

    /** The problems of one input. */
    record Of(String file, List<ValidationProblem> problems) {
        Of {
            problems = List.copyOf(problems);
        }
    }

    private Problems() {
    }

    /** Prints every problem of the inputs as lines of text. */
    static void printText(PrintWriter w, Texts t, List<Of> inputs) {
        for (Of input : inputs) {
            for (ValidationProblem p : input.problems()) {
                w.println(t.label(input.file()) + ": " + t.get(p.isError() ? "prefix.error" : "prefix.warning") + ": "
                        + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message() + " [" + p.code() + "]");
            }
        }
        w.flush();
    }

    /** The problems of the inputs as one JSON document on one line, ending with a line break. */
    static String json(List<Of> inputs) {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            g.writeBooleanField("valid", inputs.stream().flatMap(i -> i.problems().stream()).noneMatch(ValidationProblem::isError));
            g.writeArrayFieldStart("problems");
            for (Of input : inputs) {
                for (ValidationProblem p : input.problems()) {
                    g.writeStartObject();
                    g.writeStringField("file", input.file());
                    g.writeStringField("path", p.path());
                    g.writeStringField("code", p.code());
                    g.writeArrayFieldStart("arguments");
                    for (String a : p.problem().arguments()) {
                        g.writeString(a);
                    }
                    g.writeEndArray();
                    g.writeStringField("message", p.message());
                    g.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return s + "\n";
    }
}
