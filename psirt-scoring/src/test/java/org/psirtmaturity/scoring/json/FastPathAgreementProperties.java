package org.psirtmaturity.scoring.json;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.json.FastPathAgreementTest.Edit;

/**
 * The longest of {@link FastPathAgreementTest}'s properties: generated assessments, written, then
 * mutated, read by both readers, which must agree. A class of its own so that mutation testing, which
 * leaves out the {@code *Properties} classes, does not run it for every mutant it covers (35 s under
 * PIT's coverage); {@link FastPathAgreementTest} keeps the mutations of a rich document, and the normal
 * build runs both.
 */
class FastPathAgreementProperties {

    private final FastPathAgreementTest generators = new FastPathAgreementTest();

    @Provide
    Arbitrary<Assessment> assessments() {
        return generators.assessments();
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return generators.edits();
    }

    @Property(tries = 1000)
    void mutatedDocuments_readersAgree(@ForAll("assessments") Assessment a, @ForAll("edits") List<Edit> edits) {
        byte[] bytes = AssessmentJson.writeBytes(a);
        for (Edit e : edits) {
            bytes = e.apply(bytes);
        }
        FastPathAgreementTest.agree(bytes);
    }
}
