package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.psirtmaturity.scoring.Assessment;

/**
 * The fast path of reading ({@link AssessmentStreamReader}) against the strict, tree-based reader,
 * its oracle: whenever the fast path reads a document, the strict reader reads the same document into
 * an equal assessment; the fast path reads every valid document this project ships and every
 * assessment the library writes (so it is the path actually taken); and it gives up on each thing the
 * strict reader reports, so that the problems are always the strict reader's.
 */
class FastPathAgreementTest {

    private static final String VALID = """
            {"format": "psirt-assessment/1",
             "rubric": {"id": "sisac-psirt-maturity-sheet", "edition": "1.0"},
             "context": {"organization": "Example", "assessor": "A", "date": "2026-10-01"},
             "answers": [{"framework": "2.1", "level": 3, "note": "n", "evidence": ["e1", "e2"], "extensions": {"x": 1}},
                         {"framework": "6.4", "excluded": true, "reason": "r"},
                         {"framework": "1.1", "unanswered": true}],
             "foundations": {"triage": true, "budget": false},
             "extensions": {"x-tool": {"a": [1, 2.50, -0, 123456789012345678901234567890, null, true, false, "s", {}, []]}}}
            """;

    /** Reads with both readers and checks that they agree; returns what the fast path read (or null). */
    static Assessment agree(byte[] bytes) {
        Assessment fast = AssessmentStreamReader.read(bytes, 0, bytes.length);
        ParseResult<Assessment> strict = AssessmentJson.parseStrictly(bytes, Locale.ENGLISH);
        if (fast != null) {
            assertThat(strict.value()).as("the strict reader reads what the fast path reads").contains(fast);
        }
        assertThat(AssessmentJson.parse(bytes, Locale.ENGLISH)).isEqualTo(strict);
        Optional<String> text = strictUtf8(bytes);
        if (text.isPresent()) {
            Assessment fastText = AssessmentStreamReader.read(text.get());
            ParseResult<Assessment> strictText = AssessmentJson.parseStrictly(text.get(), Locale.ENGLISH);
            if (fastText != null) {
                assertThat(strictText.value()).contains(fastText);
            }
            assertThat(AssessmentJson.parse(text.get())).isEqualTo(strictText);
        }
        return fast;
    }

    private static Assessment agree(String json) {
        return agree(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    // ------------------------------------------------------------------ documents on disk

    @TestFactory
    Stream<DynamicTest> validDocumentsOfTheProject_takeTheFastPath() throws Exception {
        List<Path> valid = new ArrayList<>();
        valid.addAll(files(Path.of("../examples")));
        valid.add(Path.of("examples/assessment-example.json"));
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/org/psirtmaturity/scoring/json/fixtures"))) {
            fixtures.filter(p -> p.getFileName().toString().startsWith("valid-")).forEach(valid::add);
        }
        assertThat(valid).hasSizeGreaterThanOrEqualTo(9);
        return valid.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(agree(bytes)).as("read by the fast path").isNotNull();
            assertThat(AssessmentStreamReader.read(new String(bytes, StandardCharsets.UTF_8))).isNotNull();
        }));
    }

    /** The bad-input catalogue, the fixtures, and every input of the fuzzers' corpora (seeds and past findings). */
    @TestFactory
    Stream<DynamicTest> everyCataloguedFixtureAndCorpusDocument_readersAgree() throws Exception {
        List<Path> all = new ArrayList<>();
        all.addAll(files(Path.of("src/test/resources/org/psirtmaturity/scoring/json")));
        all.addAll(files(Path.of("../psirt-fuzz/src/test/resources/org/psirtmaturity/fuzz")));
        assertThat(all).hasSizeGreaterThan(100);
        return all.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> agree(Files.readAllBytes(file))));
    }

    // ------------------------------------------------------------------ generated documents

    @Provide
    Arbitrary<Assessment> assessments() {
        return Arbitraries.oneOf(new JsonProperties().assessments(), new UnicodePreservationProperties().assessments());
    }

    @Property(tries = 300)
    void everyWrittenAssessment_isReadByTheFastPath(@ForAll("assessments") Assessment a) {
        byte[] bytes = AssessmentJson.writeBytes(a);
        assertThat(agree(bytes)).isEqualTo(a);
        assertThat(AssessmentStreamReader.read(AssessmentJson.write(a))).isEqualTo(a);
    }

    /** Pieces a mutation inserts: JSON syntax, this format's names, and bytes the readers treat specially. */
    private static final List<byte[]> PIECES = Stream.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false", "0", "-0",
                    "1.0", "2.50", "1e1001", "1E-2147483648", "2147483648", "99999999999999999999", "\"level\"", "\"excluded\"",
                    "\"unanswered\"", "\"reason\"", "\"framework\"", "\"note\"", "\"evidence\"", "\"extensions\"", "\"foundations\"",
                    "\"context\"", "\"date\"", "\"2026-02-30\"", "\"format\"", "\"rubric\"", "\"answers\"", "\"id\"", "\"edition\"",
                    "\"\\uD800\"", "\"\\uDC00x\"", "\"\uFF12\uFF0E\uFF11\"", " ", "\n", "\uFEFF", "//", "NaN")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();

    private static final List<byte[]> BYTES = List.of(new byte[] {0}, new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE3, (byte) 0x81},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE, (byte) 0xFF});

    /** One edit of a document: delete a range, insert a piece, or copy a range elsewhere. */
    record Edit(int kind, double at, double span, int piece) {
        byte[] apply(byte[] b) {
            int position = (int) (at * b.length);
            int length = Math.min(b.length - position, (int) (span * 40));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case 0 -> {
                    out.write(b, 0, position);
                    out.write(b, position + length, b.length - position - length);
                }
                case 1, 2 -> {
                    List<byte[]> pieces = kind == 1 ? PIECES : BYTES;
                    out.write(b, 0, position);
                    out.writeBytes(pieces.get(piece % pieces.size()));
                    out.write(b, position, b.length - position);
                }
                default -> {
                    int from = (int) (span * b.length);
                    out.write(b, 0, position);
                    out.write(b, from, Math.min(length, b.length - from));
                    out.write(b, position, b.length - position);
                }
            }
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 100)).as(Edit::new).list().ofMinSize(1).ofMaxSize(3);
    }

    // mutatedDocuments_readersAgree, which mutates generated documents, is in FastPathAgreementProperties.

    @Property(tries = 300)
    void mutationsOfARichDocument_readersAgree(@ForAll("edits") List<Edit> edits) {
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
        for (Edit e : edits) {
            bytes = e.apply(bytes);
        }
        agree(bytes);
    }

    // ------------------------------------------------------------------ what the fast path reads

    @Test
    void aRichValidDocument_isReadByTheFastPath() {
        Assessment a = agree(VALID);
        assertThat(a).isNotNull();
        assertThat(a.answers()).hasSize(3);
        assertThat(a.foundations()).containsKeys("triage", "budget");
        assertThat(a.context()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // white space and a byte-order mark before the object, white space after it
        " \t\r\n{\"format\": \"psirt-assessment/1\", \"rubric\": {\"id\": \"r\", \"edition\": \"1\"}, \"answers\": []} \n",
        "\uFEFF{\"format\": \"psirt-assessment/1\", \"rubric\": {\"id\": \"r\", \"edition\": \"1\"}, \"answers\": []}",
        // properties in any order; an empty context and empty objects
        "{\"answers\": [], \"extensions\": {}, \"foundations\": {}, \"context\": {}, \"rubric\": {\"edition\": \"1\", \"id\": \"r\"},"
                + " \"format\": \"psirt-assessment/1\"}",
        // an exclusion without a reason; a level of 0 written as -0; levels outside 0 to 5 (validation's business)
        "{\"format\": \"psirt-assessment/1\", \"rubric\": {\"id\": \"r\", \"edition\": \"1\"}, \"answers\": [{\"framework\": \"2.1\","
                + " \"excluded\": true}, {\"framework\": \"x\", \"level\": -0}, {\"framework\": \"２．１\", \"level\": 2147483647},"
                + " {\"framework\": \"\", \"level\": -2147483648}]}",
        // a paired surrogate (escaped and raw) and escapes
        "{\"format\": \"psirt-assessment/1\", \"rubric\": {\"id\": \"r\\uD83D\\uDE00\", \"edition\": \"😀\\n\\\"\"}, \"answers\": []}",
        // an exponent at the limit, in extensions
        "{\"format\": \"psirt-assessment/1\", \"rubric\": {\"id\": \"r\", \"edition\": \"1\"}, \"answers\": [],"
                + " \"extensions\": {\"a\": 1e1000, \"b\": 1e-1000, \"c\": [[[]]]}}"})
    void validVariations_areReadByTheFastPath(String json) {
        assertThat(agree(json)).isNotNull();
    }

    @Test
    void theLargestNumberOfAnswers_isReadByTheFastPath() {
        StringBuilder sb = new StringBuilder("{\"format\": \"psirt-assessment/1\", \"rubric\": {\"id\": \"r\", \"edition\": \"1\"}, \"answers\": [");
        for (int i = 0; i < AssessmentJson.MAX_ANSWERS; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"framework\": \"1.1\", \"unanswered\": true}");
        }
        String atLimit = sb + "]}";
        assertThat(agree(atLimit)).isNotNull();
        String overLimit = sb + ",{\"framework\": \"1.1\", \"unanswered\": true}]}";
        assertThat(agree(overLimit)).isNull();
    }

    @Test
    void aRangeOfALargerBuffer_isReadInPlace() {
        byte[] doc = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[doc.length + 20];
        java.util.Arrays.fill(buffer, (byte) 'x');
        System.arraycopy(doc, 0, buffer, 7, doc.length);
        Assessment expected = AssessmentJson.parse(doc, Locale.ENGLISH).orElseThrow();
        assertThat(AssessmentStreamReader.read(buffer, 7, doc.length)).isEqualTo(expected);
        assertThat(AssessmentJson.parse(buffer, 7, doc.length, Locale.ENGLISH).orElseThrow()).isEqualTo(expected);
        // a range with problems is reported as the strict reader reports the same bytes alone
        assertThat(AssessmentJson.parse(buffer, 7, doc.length - 1, Locale.ENGLISH))
                .isEqualTo(AssessmentJson.parseStrictly(java.util.Arrays.copyOf(doc, doc.length - 1), Locale.ENGLISH));
    }

    // ------------------------------------------------------------------ where the fast path gives up

    private static String replace(String target, String replacement) {
        assertThat(VALID).contains(target);
        return VALID.replace(target, replacement);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"format\": \"psirt-assessment/1\",|\"format\": \"psirt-assessment/2\",",
        "\"format\": \"psirt-assessment/1\",|\"format\": 1,",
        "\"format\": \"psirt-assessment/1\",|",
        "\"format\": \"psirt-assessment/1\",|\"format\": \"psirt-assessment/1\", \"format\": \"psirt-assessment/1\",",
        "\"format\": \"psirt-assessment/1\",|\"format\": \"psirt-assessment/1\", \"other\": 1,",
        "\"rubric\": {\"id\": \"sisac-psirt-maturity-sheet\", \"edition\": \"1.0\"},|",
        "\"rubric\": {\"id\": \"sisac-psirt-maturity-sheet\", \"edition\": \"1.0\"},|\"rubric\": [],",
        "{\"id\": \"sisac-psirt-maturity-sheet\", \"edition\": \"1.0\"}|{\"id\": \"sisac-psirt-maturity-sheet\"}",
        "{\"id\": \"sisac-psirt-maturity-sheet\", \"edition\": \"1.0\"}|{\"edition\": \"1.0\"}",
        "{\"id\": \"sisac-psirt-maturity-sheet\", \"edition\": \"1.0\"}|{\"id\": \"a\", \"edition\": \"1.0\", \"id\": \"b\"}",
        "{\"id\": \"sisac-psirt-maturity-sheet\", \"edition\": \"1.0\"}|{\"id\": \"a\", \"edition\": \"1.0\", \"edition\": \"b\"}",
        "{\"id\": \"sisac-psirt-maturity-sheet\", \"edition\": \"1.0\"}|{\"id\": \"a\", \"edition\": 1.0}",
        "{\"id\": \"sisac-psirt-maturity-sheet\", \"edition\": \"1.0\"}|{\"id\": \"a\", \"edition\": \"1.0\", \"x\": 1}",
        "\"context\": {|\"context\": null, \"c\": {",
        "\"organization\": \"Example\",|\"organization\": 1,",
        "\"organization\": \"Example\",|\"organization\": \"Example\", \"organization\": \"Example\",",
        "\"assessor\": \"A\",|\"assessor\": \"A\", \"assessor\": \"A\",",
        "\"date\": \"2026-10-01\"|\"date\": \"2026-10-01\", \"date\": \"2026-10-01\"",
        "\"date\": \"2026-10-01\"|\"date\": \"2026-02-30\"",
        "\"date\": \"2026-10-01\"|\"date\": \"2026-10-01\", \"time\": \"now\"",
        "\"answers\": [|\"answers\": {}, \"a\": [",
        "\"answers\": [|\"answers\": [1, ",
        "\"answers\": [{\"framework\": \"2.1\", \"level\": 3, |\"answers\": [{\"level\": 3, ",
        "\"level\": 3|\"level\": 3.0",
        "\"level\": 3|\"level\": \"3\"",
        "\"level\": 3|\"level\": 2147483648",
        "\"level\": 3|\"level\": 3, \"level\": 3",
        "\"level\": 3|\"level\": 3, \"unanswered\": true",
        "\"level\": 3|\"level\": 3, \"excluded\": true",
        "\"level\": 3|\"level\": 3, \"reason\": \"r\"",
        "\"level\": 3|\"note\": \"no kind\"",
        "\"framework\": \"2.1\"|\"framework\": 2.1",
        "\"framework\": \"2.1\"|\"framework\": \"2.1\", \"framework\": \"2.2\"",
        "\"note\": \"n\"|\"note\": null",
        "\"note\": \"n\"|\"note\": \"n\", \"note\": \"n\"",
        "\"note\": \"n\"|\"note\": \"n\", \"comment\": \"c\"",
        "\"evidence\": [\"e1\", \"e2\"]|\"evidence\": \"e1\"",
        "\"evidence\": [\"e1\", \"e2\"]|\"evidence\": [\"e1\", 2]",
        "\"evidence\": [\"e1\", \"e2\"]|\"evidence\": [], \"evidence\": []",
        "\"extensions\": {\"x\": 1}|\"extensions\": [1]",
        "\"extensions\": {\"x\": 1}|\"extensions\": {\"x\": 1, \"x\": 2}",
        "\"extensions\": {\"x\": 1}|\"extensions\": {}, \"extensions\": {}",
        "\"excluded\": true, \"reason\": \"r\"|\"excluded\": false, \"reason\": \"r\"",
        "\"excluded\": true, \"reason\": \"r\"|\"excluded\": true, \"excluded\": true",
        "\"excluded\": true, \"reason\": \"r\"|\"excluded\": true, \"reason\": 1",
        "\"excluded\": true, \"reason\": \"r\"|\"excluded\": true, \"reason\": \"r\", \"reason\": \"r\"",
        "\"excluded\": true, \"reason\": \"r\"|\"unanswered\": true, \"reason\": \"r\"",
        "\"unanswered\": true}|\"unanswered\": false}",
        "\"unanswered\": true}|\"unanswered\": true, \"unanswered\": true}",
        "\"triage\": true|\"triage\": \"yes\"",
        "\"triage\": true|\"triage\": true, \"triage\": true",
        "\"triage\": true|\"tri\\uD800age\": true",
        "\"foundations\": {|\"foundations\": [], \"f\": {",
        "\"foundations\": {|\"foundations\": {}, \"foundations\": {",
        "\"extensions\": {\"x-tool\"|\"extensions\": {}, \"extensions\": {\"x-tool\"",
        "\"extensions\": {\"x-tool\"|\"extensions\": [], \"e\": {\"x-tool\"",
        "\"a\": [1, 2.50|\"a\": [1, 1e1001",
        "\"a\": [1, 2.50|\"a\": [1, 1e-1001",
        "\"a\": [1, 2.50|\"a\": [1, 1E-2147483648",
        "\"a\": [1, 2.50|\"a\": [1, \"\\uDC00\"",
        "\"a\": [1, 2.50|\"\\uD800\": [1, 2.50",
        "\"a\": [1, 2.50|\"a\": 0, \"a\": [1, 2.50",
        "\"note\": \"n\"|\"note\": \"\\uD800\"",
        "\"e1\", \"e2\"|\"e1\", \"\\uDBFF\""})
    void eachProblem_isLeftToTheStrictReader(String edit) {
        String[] parts = edit.split("\\|", -1);
        String json = replace(parts[0], parts[1]);
        assertThat(agree(json)).as(json).isNull();
        assertThat(AssessmentJson.parse(json).isValid()).as("the strict reader reports it").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "[]", "\"x\"", "null", "{", "{}x", "{} {}", "{}"})
    void notAnAssessmentObject_isLeftToTheStrictReader(String json) {
        assertThat(agree(json)).isNull();
    }

    @Test
    void trailingContent_isLeftToTheStrictReader() {
        assertThat(agree(VALID + " {}")).isNull();
        assertThat(agree(VALID + " x")).isNull();
    }

    @Test
    void otherEncodingsAndPrefixes_areLeftToTheStrictReader() {
        byte[] utf8 = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(agree(VALID.getBytes(StandardCharsets.UTF_16LE))).isNull();
        assertThat(agree(VALID.getBytes(StandardCharsets.UTF_16BE))).isNull();
        assertThat(agree(VALID.getBytes(StandardCharsets.UTF_16))).isNull();
        assertThat(agree(concat(bom, bom, utf8))).isNull();
        assertThat(agree("\uFEFF\uFEFF" + VALID)).isNull();
        assertThat(agree("x" + VALID)).isNull();
        assertThat(agree(concat(new byte[] {'{', 0}, utf8))).isNull();
        assertThat(agree(concat(bom, new byte[] {0}, utf8))).isNull();
        assertThat(agree(new byte[] {(byte) 0xEF, (byte) 0xBB})).isNull();
        // valid UTF-8 as far as the fast path goes, but not as the strict reader decodes: overlong, surrogate, truncated
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xE3, (byte) 0x81})) {
            String[] halves = VALID.split("\"n\"", 2);
            byte[] doc = concat(halves[0].getBytes(StandardCharsets.UTF_8), new byte[] {'"'}, bad, new byte[] {'"'},
                    halves[1].getBytes(StandardCharsets.UTF_8));
            assertThat(agree(doc)).isNull();
        }
    }

    @Test
    void documentsOverTheSizeLimit_areLeftToTheStrictReader() {
        String padding = " ".repeat(AssessmentJson.MAX_DOCUMENT_BYTES);
        assertThat(AssessmentStreamReader.read(VALID + padding)).isNull();
        byte[] bytes = (VALID + padding).getBytes(StandardCharsets.UTF_8);
        assertThat(AssessmentStreamReader.read(bytes, 0, bytes.length)).isNull();
        // just under the limit, a long text is still read
        String fits = VALID.replace("\"note\": \"n\"", "\"note\": \"" + "あ".repeat(90_000) + "\"");
        assertThat(AssessmentStreamReader.read(fits)).isNotNull();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
