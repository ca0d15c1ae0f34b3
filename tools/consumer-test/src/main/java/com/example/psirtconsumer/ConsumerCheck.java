package com.example.psirtconsumer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.psirtmaturity.cisoassistant.CisoAssistantLibrary;
import org.psirtmaturity.cyclonedx.CycloneDx;
import org.psirtmaturity.cyclonedx.ReadResult;
import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.json.ReportJson;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.report.ReportFormat;
import org.psirtmaturity.report.Reports;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * Uses the SDK the way its READMEs show (rubrics, scoring, the JSON formats, the reports and both
 * exports) and checks what comes out. Exits normally when every check holds; any failure is thrown.
 *
 * <p>Arguments: {@code classpath} or {@code modulepath} (how the JVM was started, which is checked
 * too), and the path of {@code examples/within-band.json}.
 */
public final class ConsumerCheck {

    private ConsumerCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("classpath", "modulepath").contains(args[0])) {
            throw new IllegalArgumentException("usage: ConsumerCheck classpath|modulepath <examples/within-band.json>");
        }
        boolean modulePath = args[0].equals("modulepath");
        Path example = Path.of(args[1]);

        // How the SDK was loaded: as named modules on the module path, or in the unnamed module.
        check(ConsumerCheck.class.getModule().isNamed() == modulePath, "this class is in a named module only on the module path");
        check(modulePath ? "org.psirtmaturity.rubric".equals(Rubrics.class.getModule().getName()) : !Rubrics.class.getModule().isNamed(),
                "psirt-rubric is the named module org.psirtmaturity.rubric exactly on the module path");
        System.out.println("jackson-core: " + location("com.fasterxml.jackson.core.JsonFactory"));
        System.out.println("jackson-databind: " + location("com.fasterxml.jackson.databind.ObjectMapper"));
        System.out.println("jackson-dataformat-yaml: " + location("com.fasterxml.jackson.dataformat.yaml.YAMLFactory"));

        // Rubrics (root README): both languages installed, ja-JP resolves to the Japanese sheet.
        Rubrics rubrics = Rubrics.installed();
        check(rubrics.problems().isEmpty(), "no rubric provider problems: " + rubrics.problems());
        Rubric japanese = rubrics.forLocale(Locale.JAPAN);
        Rubric english = rubrics.forLocale(Locale.ENGLISH);
        FrameworkId intake = FrameworkId.parse("2.1");
        check(japanese.locale().getLanguage().equals("ja") && japanese.frameworks().size() == 28, "the Japanese sheet, 28 frameworks");
        equal(japanese.framework(intake).orElseThrow().title(), "脆弱性報告の受付", "title of 2.1 in Japanese");
        equal(english.framework(intake).orElseThrow().title(), "Intake of Vulnerability Reports", "title of 2.1 in English");
        System.out.println("rubrics: " + japanese.title() + " / " + english.title());

        // Scoring (root README): the builder and Scoring.score.
        Assessment built = Assessment.builder(japanese)
                .organization("Example Corp").date(LocalDate.of(2026, 10, 1))
                .score("2.1", 3).score("3.1", 2).score("3.3", 3).score("4.2", 3).score("5.3", 2)
                .exclude("1.6", "no public finder community")
                .build();
        ScoreReport builtReport = Scoring.score(built, japanese);
        equal(builtReport.overall().average().orElseThrow(), Fraction.of(13, 5), "average of the README's assessment");
        equal(builtReport.overall().displayValue().orElseThrow().toPlainString() + " " + builtReport.overall().band(), "2.60 WITHIN",
                "the README's printed result");

        // JSON: the bundled example read and checked against the rubric in one round.
        ParseResult<Assessment> parsed;
        try (InputStream in = Files.newInputStream(example)) {
            parsed = AssessmentJson.parse(in, japanese, Locale.JAPANESE, ValidationOptions.DEFAULT);
        }
        check(parsed.isValid() && parsed.problems().isEmpty(), "within-band.json is valid: " + parsed.problems());
        Assessment assessment = parsed.orElseThrow();
        ScoreReport report = Scoring.score(assessment, japanese);
        equal(report.overall().average().orElseThrow(), Fraction.of(77, 27), "average of within-band.json");
        equal(report.overall().band(), BandStatus.WITHIN, "band of within-band.json");
        System.out.println("within-band.json: " + report.overall().average().orElseThrow() + " = "
                + report.overall().displayValue().orElseThrow() + " " + report.overall().band());
        String reportJson = ReportJson.write(report);
        contains(reportJson, "\"format\": \"psirt-score-report/1\"", "report JSON");
        contains(reportJson, "\"numerator\": 77", "report JSON");
        contains(reportJson, "\"denominator\": 27", "report JSON");
        equal(AssessmentJson.parse(AssessmentJson.write(assessment), japanese, Locale.JAPANESE, ValidationOptions.DEFAULT).orElseThrow(),
                assessment, "assessment written and read back");

        // A broken document: every problem at once, in Japanese, none dropped.
        String broken = "{\"format\": \"psirt-assessment/1\", \"rubric\": {\"id\": \"sisac-psirt-maturity-sheet\", \"edition\": \"1.0\"},"
                + " \"answers\": [{\"framework\": \"2.1\", \"level\": 7}, {\"framework\": \"9.9\", \"level\": 1}], \"colour\": \"red\"}";
        ParseResult<Assessment> rejected = AssessmentJson.parse(broken, japanese, Locale.JAPANESE, ValidationOptions.DEFAULT);
        List<String> codes = rejected.errors().stream().map(Problem::code).collect(Collectors.toList());
        check(!rejected.isValid(), "the broken document is rejected");
        equal(codes, List.of("json.property.unknown", "answer.level.range", "answer.framework.unknown"),
                "problems of shape first, then the rubric's");
        check(rejected.errors().stream().allMatch(p -> p.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HIRAGANA)), "messages in Japanese: " + rejected.errors());
        System.out.println("broken document: " + codes);

        // Reports (psirt-report README).
        String html = Reports.render(report, japanese, ReportFormat.HTML);
        check(html.startsWith("<!DOCTYPE html>") && html.contains("lang=\"ja\""), "a Japanese HTML page");
        contains(html, "Example Networks Inc.", "HTML report");
        contains(html, japanese.title(), "HTML report");
        contains(Reports.render(report, english, ReportFormat.TEXT), "WITHIN", "English text report");

        // CycloneDX (psirt-cyclonedx README): an attestation reads back into an equal assessment.
        String attestation = CycloneDx.writeAttestation(assessment, english);
        contains(attestation, "\"specVersion\": \"1.6\"", "CycloneDX attestation");
        ReadResult read = CycloneDx.readAttestation(attestation, Locale.ENGLISH);
        check(read.isValid(), "the attestation reads back: " + read.problems());
        equal(read.orElseThrow(), assessment, "assessment read back from the attestation");
        equal(Scoring.score(read.orElseThrow(), japanese).overall().average().orElseThrow(), Fraction.of(77, 27), "re-scored from the BOM");
        contains(CycloneDx.writeStandard(japanese), "脆弱性報告の受付", "CycloneDX standard");

        // CISO Assistant (psirt-ciso-assistant README): Japanese with the English texts as translations.
        String yaml = CisoAssistantLibrary.toYaml(japanese, english);
        equal(CisoAssistantLibrary.libraryUrn(japanese), "urn:psirtmaturity:risk:library:sisac-psirt-maturity-sheet-1.0", "library URN");
        check(yaml.startsWith("urn: \"" + CisoAssistantLibrary.libraryUrn(japanese) + "\"\nlocale: \"ja\"\n"),
                "the library's URN and locale come first");
        contains(yaml, "provider: \"Software ISAC\"", "CISO Assistant library");
        contains(yaml, "Intake of Vulnerability Reports", "CISO Assistant library translations");

        System.out.println("consumer test passed on the " + (modulePath ? "module path" : "class path"));
    }

    /** The jar a class was loaded from (its file name shows the version resolved). */
    private static String location(String className) {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + className, e);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("failed: " + what);
        }
    }

    private static void equal(Object actual, Object expected, String what) {
        check(expected.equals(actual), what + ": expected " + expected + ", got " + actual);
    }

    private static void contains(String text, String part, String what) {
        check(text.contains(part), what + " contains " + part);
    }
}
