package org.psirtmaturity.rubric;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when no installed rubric matches a request. The message names the request and lists what
 * is installed, so that it can be shown to a user as it is.
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
        super("no rubric installed for " + request + "; installed: "
                + (installed.isEmpty() ? "none (add psirt-rubric-ja or psirt-rubric-en to the class path or module path)"
                        : installed.stream().map(RubricDescriptor::toString).collect(Collectors.joining(", "))));
        this.installed = List.copyOf(installed);
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
