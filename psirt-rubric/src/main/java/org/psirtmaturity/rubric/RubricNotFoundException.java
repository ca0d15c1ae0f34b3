package org.psirtmaturity.rubric;

import java.util.List;

/**
 * Thrown when no installed rubric matches a request. The message names the request and lists what
 * is installed, on one line, so that it can be shown to a user as it is.
 *
 * <p>Its subclass {@link RubricProviderException} is thrown instead when a broken rubric provider is
 * what stands in the way of the request.
 */
public class RubricNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is installed; an immutable list. */
    private final List<RubricDescriptor> installed;

    /**
     * Creates the exception.
     *
     * @param request   what was asked for, e.g. {@code "locale fr"}
     * @param installed the installed rubrics; copied
     */
    public RubricNotFoundException(String request, List<RubricDescriptor> installed) {
        this(installed, "no rubric installed for " + ProviderProblem.oneLine(request) + "; installed: " + list(installed), null);
    }

    /** For {@link RubricProviderException}: a message of its own, and the provider's exception as the cause. */
    RubricNotFoundException(List<RubricDescriptor> installed, String message, Throwable cause) {
        super(message, cause);
        this.installed = List.copyOf(installed);
    }

    /** The installed rubrics for a message: {@code "a 1 (ja), b 1 (en)"}, or a hint when there are none. */
    static String list(List<RubricDescriptor> installed) {
        if (installed.isEmpty()) {
            return "none (add psirt-rubric-ja or psirt-rubric-en to the class path or module path)";
        }
        StringBuilder sb = new StringBuilder();
        for (RubricDescriptor d : installed) {
            sb.append(sb.length() == 0 ? "" : ", ").append(ProviderProblem.oneLine(d.toString()));
        }
        return sb.toString();
    }

    /**
     * Returns the rubrics that are installed.
     *
     * @return the descriptors, possibly empty
     */
    public List<RubricDescriptor> installed() {
        return installed;
    }
}
