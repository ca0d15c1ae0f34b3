/**
 * Scoring of PSIRT maturity assessments: {@link org.psirtmaturity.scoring.Assessment assessments},
 * their {@link org.psirtmaturity.scoring.AssessmentValidator validation}, exact
 * {@link org.psirtmaturity.scoring.Scoring scoring}, {@link org.psirtmaturity.scoring.Comparisons
 * comparison} of reports, a strict JSON format ({@code org.psirtmaturity.scoring.json}), and streaming
 * batch scoring of JSON Lines ({@code org.psirtmaturity.scoring.batch}).
 *
 * <p>Jakarta Validation is needed at compile time only ({@code requires static}): the records carry
 * constraint annotations, which are inert without a provider. Applications that validate with one
 * bring it. The requirement is also {@code transitive} because some annotations are type annotations
 * ({@code List<@Valid FrameworkAnswer>}) and so part of the API's types, which a client compiling
 * against this module may read. The constraint messages are in {@code ValidationMessages.properties}
 * at the root of this module (where the specification says a provider looks), which is not
 * encapsulated.
 * The package {@code org.psirtmaturity.scoring} is opened to Hibernate Validator alone, because a
 * provider reads the records' constrained fields reflectively. JSON is mapped with explicit code
 * over Jackson's streaming parser and tree model, so nothing is opened to Jackson.
 */
@SuppressWarnings("module") // org.hibernate.validator is absent at compile time: it is the caller's choice
module org.psirtmaturity.scoring {
    requires transitive org.psirtmaturity.model;
    requires static transitive jakarta.validation;
    requires com.fasterxml.jackson.databind;

    exports org.psirtmaturity.scoring;
    exports org.psirtmaturity.scoring.json;
    exports org.psirtmaturity.scoring.batch;

    opens org.psirtmaturity.scoring to org.hibernate.validator;
}
