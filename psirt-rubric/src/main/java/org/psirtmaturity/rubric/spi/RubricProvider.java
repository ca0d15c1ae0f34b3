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
 */
public interface RubricProvider {

    /**
     * Describes the rubric without loading it. Must be cheap and must not fail.
     *
     * @return the rubric's id, edition and locale
     */
    RubricDescriptor descriptor();

    /**
     * Loads and fully validates the rubric. Called at most once per {@link org.psirtmaturity.rubric.Rubrics}
     * instance, which caches the result.
     *
     * @return the rubric; its id, edition and locale match {@link #descriptor()}
     * @throws InvalidRubricException if the bundled data is missing or invalid; it lists every problem
     */
    Rubric load();
}
