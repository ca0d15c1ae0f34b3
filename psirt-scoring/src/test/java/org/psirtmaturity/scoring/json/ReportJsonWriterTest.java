package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.TestRubrics;

/**
 * {@link ReportJsonWriter} writes exactly what {@link ReportJson} writes, whether or not it finds a
 * report's texts among those it encoded beforehand, and it does find the texts of reports scored
 * against its rubric.
 */
class ReportJsonWriterTest {

    private static final Rubric RUBRIC = TestRubrics.japanese();
    private static final ReportJsonWriter WRITER = ReportJsonWriter.forRubric(RUBRIC);

    /** Every framework in scope at level 0 with a target of 3: three steps of gap for each, the most text a report can hold. */
    private static ScoreReport lowestReport(Rubric rubric) {
        Assessment.Builder b = Assessment.builder(new RubricRef(rubric.id(), rubric.edition()));
        for (Framework f : rubric.frameworks()) {
            if (!f.outOfScope()) {
                b.score(f.id().toString(), 0);
            }
        }
        return Scoring.score(b.build(), rubric);
    }

    private static void assertWrittenAsByReportJson(ReportJsonWriter writer, ScoreReport report) throws IOException {
        assertThat(writer.write(report)).isEqualTo(ReportJson.write(report));
        assertThat(writer.writeLine(report)).isEqualTo(ReportJson.writeLine(report));
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        writer.writeLine(report, ours);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ReportJson.writeLine(report, plain);
        assertThat(ours.toByteArray()).isEqualTo(plain.toByteArray());
    }

    @Test
    void reportOfItsRubric_isWrittenAsByReportJson() throws IOException {
        ScoreReport report = lowestReport(RUBRIC);
        assertThat(report.gaps()).isNotEmpty();
        assertWrittenAsByReportJson(WRITER, report);
    }

    @Test
    void reportReadBackFromJson_isWrittenAsByReportJson() throws IOException {
        ScoreReport read = ReportJson.read(ReportJson.write(lowestReport(RUBRIC)));
        assertWrittenAsByReportJson(WRITER, read);
    }

    @Test
    void reportOfAnotherRubricWithEqualTexts_isWrittenAsByReportJson() throws IOException {
        Rubric copy = copiedTexts(RUBRIC);
        ScoreReport report = lowestReport(copy);
        assertThat(report.areas().get(0).title()).isEqualTo(RUBRIC.areas().get(0).title()).isNotSameAs(RUBRIC.areas().get(0).title());
        assertWrittenAsByReportJson(WRITER, report);
        assertWrittenAsByReportJson(ReportJsonWriter.forRubric(copy), lowestReport(RUBRIC));
    }

    @Test
    void holdsEveryTitleAndDescriptionOfTheRubric() {
        long distinct = new IdentityHashMap<String, Boolean>() {
            private static final long serialVersionUID = 1L;
            {
                RUBRIC.areas().forEach(a -> put(a.title(), true));
                RUBRIC.frameworks().forEach(f -> f.levels().forEach(l -> l.description().ifPresent(d -> put(d, true))));
            }
        }.size();
        assertThat(WRITER.texts().size()).isEqualTo(distinct).isGreaterThan(100);
        assertThat(ReportJsonWriter.PLAIN.texts().size()).isZero();
    }

    @Test
    void writesTheRubricsTextsAsEncodedBeforehand() throws IOException {
        ScoreReport report = lowestReport(RUBRIC);
        StringOutput out = new StringOutput(true, WRITER.texts());
        ReportWriter.write(report, out);
        List<String> pieces = out.pieces();
        AreaResult area = report.areas().get(0);
        Gap gap = report.gaps().get(0);
        String description = gap.steps().get(0).description().orElseThrow();
        assertThat(pieces).anyMatch(p -> p == WRITER.texts().get(area.title()).escaped);
        assertThat(pieces).anyMatch(p -> p == WRITER.texts().get(description).escaped);
        assertThat(WRITER.texts().get(new String(description))).isNull(); // found by identity only
    }

    @Test
    void aTextWithAnUnpairedSurrogate_hasNoUtf8Form_andTheStreamRefusesItAsBefore() throws IOException {
        String broken = "level \uD800 text";
        ByteArrayOutputStream scratch = new ByteArrayOutputStream();
        assertThat(EncodedTexts.utf8(broken, new Utf8Output(scratch, false), scratch)).isNull();
        assertThat(scratch.size()).isZero();
        String after = "次の\"テキスト\"";
        String longBroken = "脆弱性".repeat(2000) + "\uDC00"; // refused after the output has drained part of it
        EncodedTexts texts = EncodedTexts.of(List.of(broken, longBroken, after));
        assertThat(texts.get(longBroken).utf8).isNull();
        assertThat(texts.get(broken).escaped).isEqualTo(broken);
        assertThat(texts.get(broken).utf8).isNull();
        assertThat(new String(texts.get(after).utf8, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("次の\\\"テキスト\\\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes, false, texts);
        assertThatThrownBy(() -> out.rubricText(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Broken surrogate pair: first char 0xd800, second 0x20; illegal combination");
    }

    @Test
    void aTextLongerThanTheStreamBuffer_isWrittenWhole() throws IOException {
        String longText = "脆弱性\n\"対応\"".repeat(2 * Utf8Output.BUFFER / 10);
        EncodedTexts texts = EncodedTexts.of(List.of(longText));
        assertThat(texts.get(longText).utf8.length).isGreaterThan(Utf8Output.BUFFER);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(encoded, false, texts);
        out.rubricText("x");
        out.rubricText(longText);
        out.drain();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        Utf8Output reference = new Utf8Output(plain, false);
        reference.rubricText("x");
        reference.rubricText(longText);
        reference.drain();
        assertThat(encoded.toByteArray()).isEqualTo(plain.toByteArray());
    }

    /**
     * Reports made at random (any Unicode, texts longer than the buffers), written by a writer that holds
     * their own titles and descriptions: the same output as {@link ReportJson}'s.
     */
    @Property(tries = 300)
    void generatedReports_areWrittenAsByReportJson(@ForAll long seed) throws IOException {
        ScoreReport report = new ReportSamples(seed, 6000, false).report();
        List<String> texts = new ArrayList<>();
        report.areas().forEach(a -> texts.add(a.title()));
        for (Gap gap : report.gaps()) {
            for (RubricLevel step : gap.steps()) {
                step.description().ifPresent(texts::add);
            }
        }
        assertWrittenAsByReportJson(new ReportJsonWriter(EncodedTexts.of(texts)), report);
    }

    /** The rubric again, each text a new string equal to the original. */
    private static Rubric copiedTexts(Rubric rubric) {
        Map<String, String> texts = new HashMap<>();
        for (String key : rubric.structure().textKeys()) {
            texts.put(key, new String(rubric.text(key).orElseThrow()));
        }
        return Rubric.assemble(rubric.structure(), rubric.locale(), texts);
    }
}
