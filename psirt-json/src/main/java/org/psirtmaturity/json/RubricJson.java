package org.psirtmaturity.json;

import java.io.IOException;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.Citation;

/**
 * Writes a rubric as JSON, for reading by people and tools: {@code id, edition, locale, title, digest}
 * and the {@code areas} (number, title, FIRST area name), each with its {@code frameworks} (id, title,
 * FIRST service name, objective, out-of-scope mark, notes, and the six levels with whether each is
 * defined, its description or {@code null}, and its FIRST citations as written). Two-space
 * indentation, {@code \n} line ends, properties in that order. Thread-safe.
 */
public final class RubricJson {

    private RubricJson() {
    }

    /**
     * Writes a rubric.
     *
     * @param rubric the rubric
     * @return the document, ending with a line break
     */
    public static String write(Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        return Output.toText(g -> write(rubric, g), true);
    }

    private static void write(Rubric rubric, JsonGenerator g) throws IOException {
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
