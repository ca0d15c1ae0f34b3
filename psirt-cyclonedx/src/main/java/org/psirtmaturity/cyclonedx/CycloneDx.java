package org.psirtmaturity.cyclonedx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * Writes the maturity sheet as a CycloneDX 1.6 standard, writes assessments as CycloneDX
 * attestations, and reads attestations back into assessments.
 *
 * <p><b>The standard</b> ({@code definitions.standards[0]}) holds one rubric in one language: its
 * service areas and frameworks as requirements, each level of each framework as a child requirement
 * of its framework, and the six maturity levels 0 to 5 as the standard's {@code levels}, each listing
 * the level requirements the sheet defines. The {@code bom-ref}s come from the rubric id and edition
 * only ({@link BomRefs}), so both languages of an edition share them.
 *
 * <p><b>An attestation</b> is a BOM with that standard and {@code declarations}: the organisation
 * assessed as the target, the assessor, one claim per answered framework (its note as the reasoning,
 * its evidence references as evidence), and one attestation whose {@code map} gives each answered
 * framework's requirement a {@code conformance.score} of level / 5 with a rationale naming the level.
 * An excluded framework's map entry has no score; its reason is the rationale. Unanswered frameworks
 * have no map entry. What CycloneDX has no place for (the answer order, unanswered frameworks' notes
 * and evidence, the FIRST Maturity Level 1 foundations and the extensions of other tools) is carried
 * in BOM {@code properties} named {@code psirtmaturity:…}. The module's README gives the whole
 * mapping.
 *
 * <p><b>Reading back</b>: for every assessment {@code a} that is valid against its rubric {@code r}
 * and within the reader's limits, {@code readAttestation(writeAttestation(a, r)).orElseThrow()}
 * equals {@code a}, except that a context with nothing known reads back as no context.
 *
 * <p><b>Output</b> is UTF-8 JSON, pretty-printed with two spaces and {@code \n}, with a fixed order
 * of properties, ending with a line break. It is deterministic: the same input gives the same bytes.
 * The serial number is a name-based UUID (version 3) of the rest of the document; the timestamp is
 * the assessment date at 00:00:00Z, and the standard alone has none. All methods are thread-safe.
 */
public final class CycloneDx {

    /** The CycloneDX specification version written: {@value}. */
    public static final String SPEC_VERSION = BomWriter.SPEC_VERSION;

    /** The largest document {@link #readAttestation(InputStream, Locale)} accepts, in bytes: 16 MiB. */
    public static final int MAX_DOCUMENT_BYTES = BomReader.MAX_DOCUMENT_BYTES;

    private CycloneDx() {
    }

    /**
     * Writes a rubric as a CycloneDX standard, in a BOM of its own.
     *
     * @param rubric the rubric; its language is the language of the standard's texts
     * @param out    where to write UTF-8 JSON; flushed, not closed
     * @throws IOException          if writing to {@code out} fails
     * @throws NullPointerException if an argument is null
     */
    public static void writeStandard(Rubric rubric, OutputStream out) throws IOException {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(out, "out");
        BomWriter.write(rubric, Optional.empty(), out);
    }

    /**
     * Writes a rubric as a CycloneDX standard, in a BOM of its own.
     *
     * @param rubric the rubric
     * @return the JSON document
     * @throws NullPointerException if the rubric is null
     */
    public static String writeStandard(Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        return toString(out -> BomWriter.write(rubric, Optional.empty(), out));
    }

    /**
     * Writes an assessment as a CycloneDX attestation: a BOM holding the rubric's standard and the
     * declarations of the assessment. The assessment must be valid against the rubric
     * ({@link AssessmentValidator} finds no error; warnings such as a level the sheet leaves undefined
     * are accepted) and its texts must be well-formed Unicode (no unpaired surrogate).
     *
     * @param assessment the assessment
     * @param rubric     the rubric it was made against; its language is the language of the BOM's texts
     * @param out        where to write UTF-8 JSON; flushed, not closed; nothing is written if the
     *                   assessment is invalid
     * @throws InvalidAssessmentException if the assessment is invalid; it carries every problem, with
     *                                    English messages
     * @throws IOException                if writing to {@code out} fails
     * @throws NullPointerException       if an argument is null
     */
    public static void writeAttestation(Assessment assessment, Rubric rubric, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        requireWritable(assessment, rubric);
        BomWriter.write(rubric, Optional.of(assessment), out);
    }

    /**
     * Writes an assessment as a CycloneDX attestation; see {@link #writeAttestation(Assessment, Rubric, OutputStream)}.
     *
     * @param assessment the assessment
     * @param rubric     the rubric it was made against
     * @return the JSON document
     * @throws InvalidAssessmentException if the assessment is invalid; it carries every problem
     * @throws NullPointerException       if an argument is null
     */
    public static String writeAttestation(Assessment assessment, Rubric rubric) {
        requireWritable(assessment, rubric);
        return toString(out -> BomWriter.write(rubric, Optional.of(assessment), out));
    }

    /**
     * Reads an attestation BOM written by {@link #writeAttestation} (or by another tool that follows
     * the same mapping) back into an assessment. Reading checks the parts of the BOM the mapping
     * uses: their JSON types, that every {@code bom-ref} they reference exists and is unique, that
     * each conformance score is a level divided by 5, and the {@code psirtmaturity:} properties.
     * Everything else in the BOM (components, signatures, other standards, confidence, counter-claims,
     * properties of other namespaces …) is outside the assessment and is not read. Whether the answers
     * fit the rubric is for {@link AssessmentValidator}.
     *
     * @param in             the document, UTF-8 (UTF-16 and UTF-32 are detected); read to its end,
     *                       not closed; at most {@value #MAX_DOCUMENT_BYTES} bytes are accepted
     * @param messagesLocale the language of the problems' messages: Japanese for {@code ja}, English
     *                       otherwise (never the JVM's default)
     * @return the assessment, or every problem found
     * @throws UncheckedIOException if the stream cannot be read (not a problem of the content)
     * @throws NullPointerException if an argument is null
     */
    public static ReadResult readAttestation(InputStream in, Locale messagesLocale) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(messagesLocale, "messagesLocale");
        return BomReader.read(in, messagesLocale);
    }

    /**
     * Reads an attestation BOM held in a string; see {@link #readAttestation(InputStream, Locale)}.
     *
     * @param json           the document
     * @param messagesLocale the language of the problems' messages
     * @return the assessment, or every problem found
     * @throws NullPointerException if an argument is null
     */
    public static ReadResult readAttestation(String json, Locale messagesLocale) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(messagesLocale, "messagesLocale");
        return BomReader.read(json, messagesLocale);
    }

    private static void requireWritable(Assessment assessment, Rubric rubric) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(rubric, "rubric");
        List<Problem> problems = new ArrayList<>(
                AssessmentValidator.validate(assessment, rubric, Locale.ENGLISH, ValidationOptions.DEFAULT).errors());
        problems.addAll(unpairedSurrogates(assessment));
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
    }

    /** One problem for each text of the assessment that holds an unpaired surrogate and so cannot be written as UTF-8. */
    private static List<Problem> unpairedSurrogates(Assessment a) {
        List<Problem> problems = new ArrayList<>();
        Optional<AssessmentContext> context = a.context();
        context.flatMap(AssessmentContext::organization).ifPresent(t -> checkText(t, "context.organization", problems));
        context.flatMap(AssessmentContext::assessor).ifPresent(t -> checkText(t, "context.assessor", problems));
        for (FrameworkAnswer fa : a.answers()) {
            String path = "answers[" + fa.framework() + "]";
            if (fa.answer() instanceof org.psirtmaturity.scoring.Answer.Excluded e) {
                e.reason().ifPresent(t -> checkText(t, path + ".reason", problems));
            }
            fa.note().ifPresent(t -> checkText(t, path + ".note", problems));
            for (int i = 0; i < fa.evidence().size(); i++) {
                checkText(fa.evidence().get(i), path + ".evidence[" + i + "]", problems);
            }
            checkValue(fa.extensions(), path + ".extensions", problems);
        }
        for (String key : a.foundations().keySet()) {
            checkText(key, "foundations", problems);
        }
        checkValue(a.extensions(), "extensions", problems);
        return problems;
    }

    private static void checkValue(Object value, String path, List<Problem> problems) {
        if (value instanceof String s) {
            checkText(s, path, problems);
        } else if (value instanceof List<?> list) {
            list.forEach(element -> checkValue(element, path, problems));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                checkText((String) k, path, problems);
                checkValue(v, path, problems);
            });
        }
    }

    private static void checkText(String text, String path, List<Problem> problems) {
        if (!Texts.isUnicode(text)) {
            problems.add(new Problem(path, "cyclonedx.text.unpaired-surrogate",
                    "the text holds an unpaired surrogate, which is not Unicode text and cannot be written as UTF-8; "
                            + "expected well-formed Unicode text"));
        }
    }

    /** Something that writes a document to a stream. */
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static String toString(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
