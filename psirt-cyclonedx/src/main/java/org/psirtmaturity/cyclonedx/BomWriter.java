package org.psirtmaturity.cyclonedx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.FrameworkAnswer;

/**
 * Writes a CycloneDX 1.6 BOM holding a rubric's standard and, for an attestation, the declarations
 * of one assessment. The assessment must be valid against the rubric (the caller checks). Output is
 * pretty-printed UTF-8 JSON with a fixed property order and a final line break; the serial number is
 * a name-based UUID of the rest of the document, so equal input gives equal bytes.
 */
final class BomWriter {

    /** The CycloneDX specification version written. */
    static final String SPEC_VERSION = "1.6";
    /** The official JSON schema of that version. */
    static final String SCHEMA = "http://cyclonedx.org/schema/bom-1.6.schema.json";
    /** The FIRST PSIRT Services Framework, which the sheet is based on. */
    static final String FIRST_FRAMEWORK_URL = "https://www.first.org/standards/frameworks/psirts/";

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final BigDecimal FIVE = BigDecimal.valueOf(RubricLevel.MAX);

    private final Rubric rubric;
    private final Optional<Assessment> assessment;
    private final BomRefs refs;
    private final Bundle labels;

    private BomWriter(Rubric rubric, Optional<Assessment> assessment) {
        this.rubric = rubric;
        this.assessment = assessment;
        this.refs = BomRefs.of(rubric);
        this.labels = Bundle.of(Bundle.LABELS, rubric.locale());
    }

    /**
     * Writes the BOM.
     *
     * @param rubric     the rubric
     * @param assessment the assessment of an attestation, valid against the rubric; empty for the standard alone
     * @param out        where to write; not closed
     * @throws IOException if writing fails
     */
    static void write(Rubric rubric, Optional<Assessment> assessment, OutputStream out) throws IOException {
        BomWriter writer = new BomWriter(rubric, assessment);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writer.document(body, Optional.empty());
        UUID serial = UUID.nameUUIDFromBytes(body.toByteArray());
        writer.document(out, Optional.of(serial));
    }

    private void document(OutputStream out, Optional<UUID> serial) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("bomFormat", "CycloneDX");
            g.writeStringField("specVersion", SPEC_VERSION);
            if (serial.isPresent()) {
                g.writeStringField("serialNumber", "urn:uuid:" + serial.get());
            }
            g.writeNumberField("version", 1);
            metadata(g);
            g.writeObjectFieldStart("definitions");
            g.writeArrayFieldStart("standards");
            standard(g);
            g.writeEndArray();
            g.writeEndObject();
            if (assessment.isPresent()) {
                declarations(g, assessment.get());
            }
            properties(g);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private void metadata(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("metadata");
        Optional<AssessmentContext> context = assessment.flatMap(Assessment::context);
        if (context.isPresent() && context.get().date().isPresent()) {
            g.writeStringField("timestamp", context.get().date().get() + "T00:00:00Z");
        }
        g.writeObjectFieldStart("tools");
        g.writeArrayFieldStart("components");
        g.writeStartObject();
        g.writeStringField("type", "library");
        g.writeStringField("group", "org.psirtmaturity");
        g.writeStringField("name", "psirt-cyclonedx");
        g.writeStringField("version", Version.VALUE);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- the standard

    private void standard(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("bom-ref", refs.standard());
        g.writeStringField("name", rubric.title());
        g.writeStringField("version", rubric.edition());
        g.writeStringField("description", labels.format("standard.description", rubric.source().publisher(),
                String.valueOf(rubric.source().year()), rubric.source().version(), rubric.numbering().label(),
                String.valueOf(rubric.areas().size()), String.valueOf(rubric.frameworks().size()), rubric.source().title()));
        g.writeStringField("owner", rubric.source().publisher());
        g.writeArrayFieldStart("requirements");
        for (ServiceArea area : rubric.areas()) {
            g.writeStartObject();
            g.writeStringField("bom-ref", refs.area(area.number()));
            g.writeStringField("identifier", String.valueOf(area.number()));
            g.writeStringField("title", area.title());
            g.writeEndObject();
            for (Framework f : area.frameworks()) {
                framework(g, area, f);
                for (RubricLevel level : f.levels()) {
                    level(g, f, level);
                }
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("levels");
        for (int level = RubricLevel.MIN; level <= RubricLevel.MAX; level++) {
            g.writeStartObject();
            g.writeStringField("bom-ref", refs.maturityLevel(level));
            g.writeStringField("identifier", String.valueOf(level));
            g.writeStringField("title", labels.format("maturity-level.title", String.valueOf(level)));
            g.writeStringField("description", labels.format("maturity-level.description", String.valueOf(level)));
            g.writeArrayFieldStart("requirements");
            for (Framework f : rubric.frameworks()) {
                if (f.level(level).isDefined()) {
                    g.writeString(refs.level(f.id(), level));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("externalReferences");
        g.writeStartObject();
        g.writeStringField("url", FIRST_FRAMEWORK_URL);
        g.writeStringField("comment", labels.format("first.reference"));
        g.writeStringField("type", "documentation");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private void framework(JsonGenerator g, ServiceArea area, Framework f) throws IOException {
        g.writeStartObject();
        g.writeStringField("bom-ref", refs.framework(f.id()));
        g.writeStringField("identifier", f.id().toString());
        g.writeStringField("title", f.title());
        g.writeStringField("text", f.objective());
        List<String> descriptions = new ArrayList<>();
        if (f.outOfScope()) {
            descriptions.add(labels.format("framework.out-of-scope"));
        }
        descriptions.addAll(f.notes());
        if (!descriptions.isEmpty()) {
            g.writeArrayFieldStart("descriptions");
            for (String d : descriptions) {
                g.writeString(d);
            }
            g.writeEndArray();
        }
        g.writeStringField("parent", refs.area(area.number()));
        if (f.outOfScope()) {
            g.writeArrayFieldStart("properties");
            property(g, Names.OUT_OF_SCOPE, "true");
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void level(JsonGenerator g, Framework f, RubricLevel level) throws IOException {
        String n = String.valueOf(level.level());
        g.writeStartObject();
        g.writeStringField("bom-ref", refs.level(f.id(), level.level()));
        g.writeStringField("identifier", f.id() + "-L" + n);
        g.writeStringField("title", labels.format("level.title", n));
        if (level.description().isPresent()) {
            g.writeStringField("text", level.description().get());
        } else {
            g.writeStringField("text", labels.format(f.outOfScope() ? "level.out-of-scope" : "level.undefined", n, f.id().toString()));
        }
        g.writeStringField("parent", refs.framework(f.id()));
        if (!level.citations().isEmpty() || !level.isDefined()) {
            g.writeArrayFieldStart("properties");
            for (Citation c : level.citations()) {
                property(g, Names.FIRST_CITATION, c.text());
            }
            if (!level.isDefined()) {
                property(g, Names.LEVEL_DEFINED, "false");
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- the attestation

    private void declarations(JsonGenerator g, Assessment a) throws IOException {
        Optional<AssessmentContext> context = a.context();
        Optional<String> organization = context.flatMap(AssessmentContext::organization);
        Optional<String> assessor = context.flatMap(AssessmentContext::assessor);
        List<FrameworkAnswer> answered = a.answers().stream().filter(fa -> !(fa.answer() instanceof Answer.Unanswered)).toList();

        g.writeObjectFieldStart("declarations");
        if (assessor.isPresent()) {
            g.writeArrayFieldStart("assessors");
            g.writeStartObject();
            g.writeStringField("bom-ref", BomRefs.ASSESSOR);
            g.writeObjectFieldStart("organization");
            g.writeStringField("name", assessor.get());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }

        g.writeArrayFieldStart("attestations");
        g.writeStartObject();
        long scored = answered.stream().filter(fa -> fa.answer() instanceof Answer.Scored).count();
        g.writeStringField("summary", labels.format("attestation.summary", rubric.title(), rubric.edition(),
                String.valueOf(scored), String.valueOf(answered.size() - scored)));
        if (assessor.isPresent()) {
            g.writeStringField("assessor", BomRefs.ASSESSOR);
        }
        if (!answered.isEmpty()) {
            g.writeArrayFieldStart("map");
            for (FrameworkAnswer fa : answered) {
                mapEntry(g, fa);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();

        if (!answered.isEmpty()) {
            g.writeArrayFieldStart("claims");
            for (FrameworkAnswer fa : answered) {
                claim(g, fa, organization.isPresent());
            }
            g.writeEndArray();
        }
        if (answered.stream().anyMatch(fa -> !fa.evidence().isEmpty())) {
            g.writeArrayFieldStart("evidence");
            for (FrameworkAnswer fa : answered) {
                for (int i = 0; i < fa.evidence().size(); i++) {
                    g.writeStartObject();
                    g.writeStringField("bom-ref", BomRefs.evidence(fa.framework(), i + 1));
                    g.writeStringField("description", fa.evidence().get(i));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        if (organization.isPresent()) {
            g.writeObjectFieldStart("targets");
            g.writeArrayFieldStart("organizations");
            g.writeStartObject();
            g.writeStringField("bom-ref", BomRefs.ORGANIZATION);
            g.writeStringField("name", organization.get());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void mapEntry(JsonGenerator g, FrameworkAnswer fa) throws IOException {
        Framework f = framework(fa);
        g.writeStartObject();
        g.writeStringField("requirement", refs.framework(f.id()));
        g.writeArrayFieldStart("claims");
        g.writeString(BomRefs.claim(fa.framework()));
        g.writeEndArray();
        if (fa.answer() instanceof Answer.Scored s) {
            g.writeObjectFieldStart("conformance");
            g.writeFieldName("score");
            g.writeNumber(BigDecimal.valueOf(s.level()).divide(FIVE));
            RubricLevel level = f.level(s.level());
            g.writeStringField("rationale", level.description()
                    .map(d -> labels.format("rationale.scored", String.valueOf(s.level()), d))
                    .orElseGet(() -> labels.format("rationale.scored.undefined", String.valueOf(s.level()))));
            g.writeEndObject();
        } else if (fa.answer() instanceof Answer.Excluded e && e.reason().isPresent()) {
            g.writeObjectFieldStart("conformance");
            g.writeStringField("rationale", e.reason().get());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void claim(JsonGenerator g, FrameworkAnswer fa, boolean hasTarget) throws IOException {
        Framework f = framework(fa);
        g.writeStartObject();
        g.writeStringField("bom-ref", BomRefs.claim(fa.framework()));
        if (hasTarget) {
            g.writeStringField("target", BomRefs.ORGANIZATION);
        }
        g.writeStringField("predicate", fa.answer() instanceof Answer.Scored s
                ? labels.format("claim.scored", String.valueOf(s.level()), f.id().toString(), f.title())
                : labels.format("claim.excluded", f.id().toString(), f.title()));
        if (fa.note().isPresent()) {
            g.writeStringField("reasoning", fa.note().get());
        }
        if (!fa.evidence().isEmpty()) {
            g.writeArrayFieldStart("evidence");
            for (int i = 0; i < fa.evidence().size(); i++) {
                g.writeString(BomRefs.evidence(fa.framework(), i + 1));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The framework of a valid answer: its id is well formed and known to the rubric. */
    private Framework framework(FrameworkAnswer fa) {
        return rubric.framework(FrameworkId.parse(fa.framework())).orElseThrow();
    }

    // ---------------------------------------------------------------- properties

    private void properties(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("properties");
        property(g, Names.RUBRIC_ID, rubric.id());
        property(g, Names.RUBRIC_EDITION, rubric.edition());
        property(g, Names.RUBRIC_LANGUAGE, rubric.locale().toLanguageTag());
        if (assessment.isPresent()) {
            Assessment a = assessment.get();
            if (!a.answers().isEmpty()) {
                property(g, Names.ANSWERS, String.join(" ", a.answers().stream().map(FrameworkAnswer::framework).toList()));
            }
            for (FrameworkAnswer fa : a.answers()) {
                if (fa.answer() instanceof Answer.Unanswered) {
                    if (fa.note().isPresent()) {
                        property(g, Names.answer(fa.framework(), Names.NOTE), fa.note().get());
                    }
                    for (String e : fa.evidence()) {
                        property(g, Names.answer(fa.framework(), Names.EVIDENCE), e);
                    }
                }
                if (!fa.extensions().isEmpty()) {
                    property(g, Names.answer(fa.framework(), Names.ANSWER_EXTENSIONS), json(fa.extensions()));
                }
            }
            for (Map.Entry<String, Boolean> e : a.foundations().entrySet()) {
                property(g, Names.FOUNDATION + e.getKey(), e.getValue().toString());
            }
            if (!a.extensions().isEmpty()) {
                property(g, Names.EXTENSIONS, json(a.extensions()));
            }
        }
        g.writeEndArray();
    }

    private static void property(JsonGenerator g, String name, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    /** Writes JSON-like data (see {@link Assessment#extensions()}) as compact JSON text. */
    static String json(Map<String, Object> object) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            value(g, object);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                value(g, element);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            // Assessment copies extensions into exactly the types above.
            throw new IllegalStateException("not a JSON-like value: " + value.getClass().getName());
        }
    }

    /** The library's version, from the filtered {@code version.properties} beside this class. */
    static final class Version {
        static final String VALUE = read();

        private Version() {
        }

        private static String read() {
            try (InputStream in = BomWriter.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("version.properties is missing beside " + BomWriter.class.getName());
                }
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read version.properties", e);
            }
        }
    }
}
