package org.psirtmaturity.rubric.spi;

import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.RubricDescriptor;

/**
 * Supplies one rubric (one edition in one language). Implementations are found by
 * {@link java.util.ServiceLoader}: declare them with {@code provides} in {@code module-info.java}
 * and in {@code META-INF/services/org.psirtmaturity.rubric.spi.RubricProvider}, and give them a
 * public no-argument constructor.
 *
 * <p>A provider reads its resources with its own class ({@code MyProvider.class.getResourceAsStream}),
 * never through the thread's context class loader, so that it works on the module path and inside
 * containers with unusual class loaders.
 *
 * <p>A provider that breaks this contract does not break discovery: one whose constructor or
 * {@link #descriptor()} throws, or whose descriptor is null, is skipped and reported through
 * {@link org.psirtmaturity.rubric.Rubrics#problems()}; two providers of the same id, edition and
 * locale make that rubric unusable (requesting it throws
 * {@link org.psirtmaturity.rubric.RubricProviderException} naming both); a {@link #load()} that
 * throws anything but {@link InvalidRubricException}, returns null or returns another rubric fails
 * the request with {@link org.psirtmaturity.rubric.RubricProviderException}. Other rubrics are not
 * affected.
 */
public interface RubricProvider {

    /**
     * Describes the rubric without loading it. Must be cheap and must not fail; it is called once, at
     * discovery, and the answer is kept.
     *
     * @return the rubric's id, edition and locale
     */
    RubricDescriptor descriptor();

    /**
     * Loads and fully validates the rubric. Called when the rubric is first requested from a
     * {@link org.psirtmaturity.rubric.Rubrics} instance, which keeps the result; called again on a
     * later request only if it failed.
     *
     * @return the rubric, never null; its id, edition and locale match {@link #descriptor()}
     * @throws InvalidRubricException if the bundled data is missing or invalid; it lists every problem
     */
    Rubric load();
}
