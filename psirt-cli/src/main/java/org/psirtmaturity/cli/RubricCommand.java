package org.psirtmaturity.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.report.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt rubric}: the rubric itself. */
@Command(name = "rubric", mixinStandardHelpOptions = true,
        description = "Print the rubric: every area, framework, objective, level (with its FIRST citations) and note.")
final class RubricCommand implements Callable<Integer> {

    /** Output formats of this command. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja or en (default: ja on a Japanese system, else en).")
    private Language lang;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (readable in a terminal) or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--width", defaultValue = "80", paramLabel = "COLUMNS", description = "Width of the text output in terminal columns, at least 60 (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Rubric rubric = Io.rubric(lang != null ? lang : Language.fromDefaultLocale());
        Io.write(format == Format.json ? json(rubric) : Reports.renderRubric(rubric, ScoringMixin.renderOptions(width)), out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /**
     * The rubric as indented JSON, written with Jackson's streaming generator and its default pretty
     * printer (what an {@code ObjectMapper} with {@code INDENT_OUTPUT} prints): no data binding, so
     * nothing of jackson-databind is loaded, not even when picocli instantiates this command.
     */
    static String json(Rubric rubric) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("id", rubric.id());
            g.writeStringField("edition", rubric.edition());
            g.writeStringField("locale", rubric.locale().toLanguageTag());
            g.writeStringField("title", rubric.title());
            g.writeStringField("digest", rubric.contentDigest());
            g.writeArrayFieldStart("areas");
            for (ServiceArea area : rubric.areas()) {
                g.writeStartObject();
                g.writeNumberField("number", area.number());
                g.writeStringField("title", area.title());
                g.writeStringField("firstArea", area.firstArea().englishName());
                g.writeArrayFieldStart("frameworks");
                for (Framework f : area.frameworks()) {
                    framework(g, f);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return text + "\n";
    }

    private static void framework(JsonGenerator g, Framework f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id().toString());
        g.writeStringField("title", f.title());
        g.writeStringField("firstService", f.firstService().englishName());
        g.writeStringField("objective", f.objective());
        g.writeBooleanField("outOfScope", f.outOfScope());
        g.writeArrayFieldStart("notes");
        for (String note : f.notes()) {
            g.writeString(note);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("levels");
        for (RubricLevel l : f.levels()) {
            g.writeStartObject();
            g.writeNumberField("level", l.level());
            g.writeBooleanField("defined", l.isDefined());
            if (l.description().isPresent()) {
                g.writeStringField("description", l.description().get());
            } else {
                g.writeNullField("description");
            }
            g.writeArrayFieldStart("citations");
            for (Citation c : l.citations()) {
                g.writeString(c.text());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
