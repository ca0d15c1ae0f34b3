package org.psirtmaturity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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
    public Integer call() throws JsonProcessingException {
        Rubric rubric = Io.rubric(lang != null ? lang : Language.fromDefaultLocale());
        Io.write(format == Format.json ? json(rubric) : Reports.renderRubric(rubric, ScoringMixin.renderOptions(width)), out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static String json(Rubric rubric) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", rubric.id());
        root.put("edition", rubric.edition());
        root.put("locale", rubric.locale().toLanguageTag());
        root.put("title", rubric.title());
        root.put("digest", rubric.contentDigest());
        ArrayNode areas = root.putArray("areas");
        for (ServiceArea area : rubric.areas()) {
            ObjectNode a = areas.addObject();
            a.put("number", area.number());
            a.put("title", area.title());
            a.put("firstArea", area.firstArea().englishName());
            ArrayNode frameworks = a.putArray("frameworks");
            for (Framework f : area.frameworks()) {
                ObjectNode fw = frameworks.addObject();
                fw.put("id", f.id().toString());
                fw.put("title", f.title());
                fw.put("firstService", f.firstService().englishName());
                fw.put("objective", f.objective());
                fw.put("outOfScope", f.outOfScope());
                ArrayNode notes = fw.putArray("notes");
                f.notes().forEach(notes::add);
                ArrayNode levels = fw.putArray("levels");
                for (RubricLevel l : f.levels()) {
                    ObjectNode lv = levels.addObject();
                    lv.put("level", l.level());
                    lv.put("defined", l.isDefined());
                    l.description().ifPresentOrElse(d -> lv.put("description", d), () -> lv.putNull("description"));
                    ArrayNode citations = lv.putArray("citations");
                    for (Citation c : l.citations()) {
                        citations.add(c.text());
                    }
                }
            }
        }
        return JSON.writeValueAsString(root) + "\n";
    }
}
