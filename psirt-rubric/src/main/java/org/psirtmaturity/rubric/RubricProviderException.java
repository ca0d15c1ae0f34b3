package org.psirtmaturity.rubric;

import java.util.List;

/**
 * Thrown when a request for a rubric cannot be served because a rubric provider is broken: the
 * provider of the matching rubric failed to load it (its {@code load()} threw something other than
 * {@link org.psirtmaturity.model.InvalidRubricException}, returned null, or returned another rubric),
 * two providers supply the matching rubric, or nothing matched and some providers could not even say
 * which rubric they supply.
 *
 * <p>The message is one line that names the request, the provider class(es) and what each did, e.g.
 * {@code no usable rubric for locale ja: rubric provider com.example.JaProvider: load() of
 * sisac-psirt-maturity-sheet 1.0 (ja) threw java.lang.IllegalStateException: no texts}. The same
 * facts are available as values through {@link #problems()}; the cause is the exception the
 * provider threw, if any.
 *
 * <p>It is a {@link RubricNotFoundException}: code that handles a missing rubric handles a broken one
 * the same way unless it asks for the difference.
 */
public class RubricProviderException extends RubricNotFoundException {

    private static final long serialVersionUID = 1L;

    /** The problems behind the failure; an immutable list, never empty. */
    private final List<ProviderProblem> problems;

    private RubricProviderException(List<RubricDescriptor> installed, String message, List<ProviderProblem> problems) {
        super(installed, message, cause(problems));
        this.problems = List.copyOf(problems);
    }

    /** For problems of the requested rubric itself: a failed load, or two providers of it. */
    static RubricProviderException unusable(String request, List<RubricDescriptor> installed, List<ProviderProblem> problems) {
        return new RubricProviderException(installed, "no usable rubric for " + ProviderProblem.oneLine(request) + ": " + join(problems),
                problems);
    }

    /** For a request that nothing matched while some providers could not say which rubric they supply. */
    static RubricProviderException notFound(String request, List<RubricDescriptor> installed, List<ProviderProblem> unidentified) {
        return new RubricProviderException(installed, "no rubric installed for " + ProviderProblem.oneLine(request) + "; installed: "
                + list(installed) + "; rubric providers that failed, one of which may supply it: " + join(unidentified), unidentified);
    }

    private static String join(List<ProviderProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a RubricProviderException needs at least one problem");
        }
        StringBuilder sb = new StringBuilder();
        for (ProviderProblem p : problems) {
            sb.append(sb.length() == 0 ? "" : "; ").append(p.message());
        }
        return sb.toString();
    }

    private static Throwable cause(List<ProviderProblem> problems) {
        for (ProviderProblem p : problems) {
            if (p.cause().isPresent()) {
                return p.cause().get();
            }
        }
        return null;
    }

    /**
     * Returns the provider problems behind this failure: one for a failed load or a duplicate (which
     * names every provider of the rubric), one or more when nothing matched.
     *
     * @return the problems, never empty
     */
    public List<ProviderProblem> problems() {
        return problems;
    }
}
