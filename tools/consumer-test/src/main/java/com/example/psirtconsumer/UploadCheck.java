package com.example.psirtconsumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.RubricRef;

/**
 * A platform's upload gateway: checks the shape of an uploaded assessment with psirt-json alone,
 * before any rubric is loaded, and learns which rubric it names. Run separately from
 * {@link ConsumerCheck} so that psirt-json is the first of the SDK to meet Jackson.
 *
 * <p>Argument: the path of {@code examples/within-band.json}.
 */
public final class UploadCheck {

    private UploadCheck() {
    }

    public static void main(String[] args) throws IOException {
        ParseResult<Assessment> upload = AssessmentJson.parse(Files.readAllBytes(Path.of(args[0])), Locale.ENGLISH);
        if (!upload.isValid() || !upload.problems().isEmpty()) {
            throw new AssertionError("failed: the upload is well-formed: " + upload.problems());
        }
        RubricRef rubric = upload.orElseThrow().rubric();
        if (!rubric.equals(new RubricRef("sisac-psirt-maturity-sheet", "1.0")) || upload.orElseThrow().answers().size() != 27) {
            throw new AssertionError("failed: the upload names sisac-psirt-maturity-sheet 1.0 and has 27 answers: " + upload.orElseThrow());
        }
        System.out.println("upload check passed: " + rubric.id() + " " + rubric.edition() + ", "
                + upload.orElseThrow().answers().size() + " answers");
    }
}
