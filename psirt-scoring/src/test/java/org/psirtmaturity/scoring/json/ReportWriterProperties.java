package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.psirtmaturity.scoring.ScoreReport;

/**
 * The report writer against the oracle ({@link JacksonReportWriter}, the former code on Jackson's
 * generator), over arbitrary UTF-16 text (any code unit, unpaired surrogates included) and over
 * reports generated from arbitrary seeds.
 */
class ReportWriterProperties {

    /** Any sequence of code units, with more of the characters that escaping and encoding treat apart. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Character> units = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.chars().range((char) 0x20, (char) 0x7E)),
                Tuple.of(1, Arbitraries.chars().range((char) 0, (char) 0x1F)),
                Tuple.of(1, Arbitraries.of('"', '\\', '/', '\u007f', '\u0080', '\u07ff', '\u0800', '\uffff', '\u2028', '\ufeff')),
                Tuple.of(2, Arbitraries.chars().range((char) 0x3040, (char) 0x9FFF)),
                Tuple.of(1, Arbitraries.chars().range((char) 0x80, (char) 0x7FF)),
                Tuple.of(2, Arbitraries.chars().range((char) 0xD800, (char) 0xDFFF)),
                Tuple.of(1, Arbitraries.chars()));
        return units.list().ofMaxSize(600).map(list -> {
            StringBuilder text = new StringBuilder(list.size());
            list.forEach(text::append);
            return text.toString();
        });
    }

    @Property(tries = 2000)
    void anyText_isWrittenAsByJackson_byEveryOutput(@ForAll("anyText") String text) throws IOException {
        JsonOutputTest.assertWrittenAsByJackson(text);
    }

    @Property(tries = 300)
    void generatedReports_areWrittenAsBefore(@ForAll long seed) throws IOException {
        ScoreReport report = new ReportSamples(seed, 6000, false).report();
        assertThat(ReportJson.write(report)).isEqualTo(JacksonReportWriter.write(report));
        assertThat(ReportJson.writeLine(report)).isEqualTo(JacksonReportWriter.writeLine(report));
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ReportJson.writeLine(report, ours);
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        JacksonReportWriter.writeLine(report, before);
        assertThat(ours.toByteArray()).isEqualTo(before.toByteArray());
    }
}
