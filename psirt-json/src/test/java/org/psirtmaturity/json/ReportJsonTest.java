package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.AveragingMethod;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetBand;
import org.psirtmaturity.scoring.TargetProfile;

class ReportJsonTest {

    /** Reads numbers of any length exactly: the samples hold decimals of thousands of digits. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE)
                            .maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static ScoreReport report() {
        Assessment a = Assessment.builder(TestData.JAPANESE).organization("Example Corp").assessor("A. Tanaka")
                .date(LocalDate.of(2026, 10, 1))
                .score("2.1", 1).score("3.1", 3).score("4.4", 1).exclude("6.4", "no sales team").unanswered("1.1")
                .foundation("executive-sponsorship", true)
                .build();
        ScoringOptions options = ScoringOptions.defaults().withAveraging(AveragingMethod.AREA_MEAN)
                .withTargetBand(new TargetBand(new BigDecimal("2.50"), new BigDecimal("3.0")))
                .withTargets(TargetProfile.none().with("3.1", 4)).withMessagesLocale(Locale.JAPANESE);
        return Scoring.score(a, TestData.JAPANESE, options);
    }

    private static List<String> topLevelKeys(String json) {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  \"([A-Za-z0-9]+)\":").matcher(json);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static byte[] streamed(ScoreReport r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.writeLine(r, out);
        return out.toByteArray();
    }

    @Test
    void write_isStableAndInTheDocumentedOrder() {
        ScoreReport r = report();
        String json = ReportJson.write(r);
        assertThat(ReportJson.write(r)).isEqualTo(json);
        assertThat(topLevelKeys(json)).containsExactly("format", "provenance", "context", "overall", "targetBand", "completeness", "areas",
                "frameworks", "gaps", "firstLevel1", "flags");
        assertThat(json).startsWith("{\n  \"format\": \"psirt-score-report/1\",\n  \"provenance\": {\n    \"rubric\": {\n"
                + "      \"id\": \"sisac-psirt-maturity-sheet\",\n      \"edition\": \"1.0\",\n      \"locale\": \"ja\",\n");
        assertThat(json).contains("\"overall\": {\n    \"average\": {\n      \"numerator\": 5,\n      \"denominator\": 3,\n"
                + "      \"value\": 1.67\n    },\n    \"frameworks\": 3,\n    \"band\": \"BELOW\"\n  }");
        assertThat(json).contains("\"minimum\": 2.50").endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void gapsAndFlags_areWrittenWithEverythingAPlatformNeeds() throws IOException {
        ScoreReport r = report();
        JsonNode tree = JSON.readTree(ReportJson.write(r));

        JsonNode gaps = tree.path("gaps");
        assertThat(gaps).hasSize(r.gaps().size());
        for (int i = 0; i < r.gaps().size(); i++) {
            Gap gap = r.gaps().get(i);
            JsonNode written = gaps.get(i);
            assertThat(written.path("framework").asText()).isEqualTo(gap.framework().toString());
            assertThat(written.path("current").asInt()).isEqualTo(gap.current());
            assertThat(written.path("target").asInt()).isEqualTo(gap.target());
            assertThat(written.has("requestedTarget")).as("only when adjusted").isEqualTo(gap.isTargetAdjusted());
            assertThat(written.path("requiredByFirstLevel1").asBoolean()).isEqualTo(gap.requiredByFirstLevel1());
            assertThat(written.path("steps")).extracting(s -> s.path("level").asInt())
                    .containsExactlyElementsOf(gap.steps().stream().map(RubricLevel::level).toList());
            assertThat(written.path("steps")).extracting(s -> s.path("description").asText())
                    .containsExactlyElementsOf(gap.steps().stream().map(s -> s.description().orElseThrow()).toList());
        }
        // 4.4 at 1 with the default target 3 is led to level 4, the nearest it defines.
        JsonNode metrics = gaps.get(gaps.size() - 1);
        assertThat(names(metrics)).containsExactly("framework", "current", "target", "requestedTarget", "requiredByFirstLevel1", "steps");
        assertThat(metrics.path("framework").asText()).isEqualTo("4.4");
        assertThat(metrics.path("target").asInt()).isEqualTo(4);
        assertThat(metrics.path("requestedTarget").asInt()).isEqualTo(3);

        JsonNode flag = tree.path("flags").get(0);
        Problem expected = r.flags().get(0);
        assertThat(names(flag)).containsExactly("path", "code", "arguments", "message");
        assertThat(flag.path("path").asText()).isEqualTo("answers[4.4].level");
        assertThat(flag.path("arguments")).extracting(JsonNode::asText).containsExactly("1", "4.4", "4, 5");
        assertThat(flag.path("message").asText()).isEqualTo(expected.message()).startsWith("フレームワーク 4.4 のレベル 1");
    }

    @Test
    void writeLine_isTheSameDocumentOnOneLine_andTheStreamGetsItsUtf8() throws IOException {
        ScoreReport r = report();
        String line = ReportJson.writeLine(r);
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
        assertThat(line).doesNotContain("\r").startsWith("{\"format\":\"psirt-score-report/1\",\"provenance\":{\"rubric\":{\"id\":");
        assertThat(JSON.readTree(line)).isEqualTo(JSON.readTree(ReportJson.write(r)));
        assertThat(streamed(r)).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyReport_leavesOutWhatIsAbsent() throws IOException {
        ScoreReport empty = Scoring.score(Assessment.builder(TestData.JAPANESE).build(), TestData.JAPANESE);
        JsonNode tree = JSON.readTree(ReportJson.write(empty));
        assertThat(tree.has("context")).isFalse();
        assertThat(tree.path("overall").has("average")).isFalse();
        assertThat(tree.path("overall").path("band").asText()).isEqualTo("NO_DATA");
        assertThat(tree.path("gaps")).isEmpty();
        assertThat(tree.path("flags")).isEmpty();
        assertThat(tree.path("provenance").path("options").has("targetBand")).isFalse();
    }

    /** Checks a written report against the record it was written from, value by value, where texts are concerned. */
    private static void assertTextsKept(ScoreReport r, JsonNode tree) {
        assertThat(tree.path("provenance").path("rubric").path("id").asText()).isEqualTo(r.provenance().rubricId());
        assertThat(tree.path("provenance").path("libraryVersion").asText()).isEqualTo(r.provenance().libraryVersion());
        r.context().flatMap(AssessmentContext::organization)
                .ifPresent(o -> assertThat(tree.path("context").path("organization").asText()).isEqualTo(o));
        assertThat(tree.path("areas")).extracting(a -> a.path("title").asText())
                .containsExactlyElementsOf(r.areas().stream().map(AreaResult::title).toList());
        assertThat(tree.path("flags")).hasSize(r.flags().size());
        for (int i = 0; i < r.flags().size(); i++) {
            Problem p = r.flags().get(i);
            JsonNode f = tree.path("flags").get(i);
            assertThat(f.path("path").asText()).isEqualTo(p.path());
            assertThat(f.path("code").asText()).isEqualTo(p.code());
            assertThat(f.path("arguments")).extracting(JsonNode::asText).containsExactlyElementsOf(p.arguments());
            assertThat(f.path("message").asText()).isEqualTo(p.message());
        }
        for (int i = 0; i < r.gaps().size(); i++) {
            List<RubricLevel> steps = r.gaps().get(i).steps();
            assertThat(tree.path("gaps").get(i).path("steps")).extracting(s -> s.path("description").asText())
                    .containsExactlyElementsOf(steps.stream().map(s -> s.description().orElseThrow()).toList());
        }
    }

    @Test
    void anyUnicodeText_isWrittenExactly_inEveryForm() throws IOException {
        for (long seed = 0; seed < 100; seed++) {
            ScoreReport r = new ReportSamples(seed, 2000, false).report();
            String pretty = ReportJson.write(r);
            String line = ReportJson.writeLine(r);
            JsonNode tree = JSON.readTree(pretty);
            assertThat(JSON.readTree(line)).as("seed %d", seed).isEqualTo(tree);
            assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
            assertThat(streamed(r)).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
            assertThat(ReportJson.write(r)).isEqualTo(pretty);
            assertTextsKept(r, tree);
        }
    }

    @Test
    void unpairedSurrogates_giveValidUtf8OnAStream_escaped() throws IOException {
        for (long seed = 0; seed < 50; seed++) {
            ScoreReport r = new ReportSamples(seed, 200, true).report();
            byte[] bytes = streamed(r);
            String decoded;
            try {
                decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError("seed " + seed + ": the stream is not valid UTF-8", e);
            }
            assertThat(decoded.indexOf('\n')).isEqualTo(decoded.length() - 1);
            assertThat(JSON.readTree(decoded).path("format").asText()).isEqualTo(ReportJson.FORMAT);
        }
    }
}
