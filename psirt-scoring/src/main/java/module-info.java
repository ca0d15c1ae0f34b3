/**
 * Scoring of PSIRT maturity assessments: {@link org.psirtmaturity.scoring.Assessment assessments},
 * their {@link org.psirtmaturity.scoring.AssessmentValidator validation}, exact
 * {@link org.psirtmaturity.scoring.Scoring scoring}, and {@link org.psirtmaturity.scoring.Comparisons
 * comparison} of reports. Pure: no I/O beyond this module's own message bundles and version resource,
 * no logging, and no runtime dependency but {@code org.psirtmaturity.model}.
 *
 * <p>Jakarta Validation is optional ({@code requires static}): the records carry constraint
 * annotations, which are inert without a provider. Applications that validate with one bring the API
 * and a provider; every other application needs neither, at compile time or at run time. The
 * constraint messages are in {@code ValidationMessages.properties}
 * at the root of this module (where the specification says a provider looks), which is not
 * encapsulated. The package {@code org.psirtmaturity.scoring} is opened to Hibernate Validator alone,
 * because a provider reads the records' constrained fields reflectively.
 */
@SuppressWarnings("module") // org.hibernate.validator and the format modules (json, spreadsheet, cyclonedx) are absent at compile time
module org.psirtmaturity.scoring {
    requires transitive org.psirtmaturity.model;
    requires static jakarta.validation;

    exports org.psirtmaturity.scoring;
    exports org.psirtmaturity.scoring.internal to org.psirtmaturity.json, org.psirtmaturity.spreadsheet, org.psirtmaturity.cyclonedx;

    opens org.psirtmaturity.scoring to org.hibernate.validator;
}
