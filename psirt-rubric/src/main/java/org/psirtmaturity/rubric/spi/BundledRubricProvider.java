package org.psirtmaturity.rubric.spi;

import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.rubric.RubricDescriptor;

/**
 * A provider whose texts are a JSON resource ({@link RubricTexts#FORMAT}) bundled next to the
 * provider class. A subclass names the structure, locale and resource, and opens the resource with
 * its own class, which keeps the lookup inside the provider's module:
 *
 * <pre>{@code
 * public final class MyProvider extends BundledRubricProvider {
 *     public MyProvider() {
 *         super(SoftwareIsacSheet.structure(), Locale.FRENCH, "my-rubric.fr.json");
 *     }
 *
 *     @Override
 *     protected InputStream open(String resource) {
 *         return MyProvider.class.getResourceAsStream(resource);
 *     }
 * }
 * }</pre>
 */
public abstract class BundledRubricProvider implements RubricProvider {

    private final RubricStructure structure;
    private final Locale locale;
    private final String resource;
    private final RubricDescriptor descriptor;

    /**
     * Creates the provider.
     *
     * @param structure the structure the texts belong to
     * @param locale    the language of the texts
     * @param resource  the resource's name relative to the subclass, e.g. {@code "texts.fr.json"}
     */
    protected BundledRubricProvider(RubricStructure structure, Locale locale, String resource) {
        this.structure = Objects.requireNonNull(structure, "structure");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.resource = Objects.requireNonNull(resource, "resource");
        this.descriptor = new RubricDescriptor(structure.id(), structure.edition(), locale);
    }

    /**
     * Opens the bundled resource. Implement it as {@code MyProvider.class.getResourceAsStream(resource)}:
     * the call must be made from the provider's own module.
     *
     * @param resource the resource name given to the constructor
     * @return the stream, or null if the resource does not exist
     */
    protected abstract InputStream open(String resource);

    /**
     * Returns the name of the bundled resource.
     *
     * @return the name given to the constructor
     */
    protected final String resource() {
        return resource;
    }

    @Override
    public final RubricDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Reads the resource with {@link RubricTexts#read}.
     *
     * @throws org.psirtmaturity.model.InvalidRubricException if the resource is missing or invalid
     */
    @Override
    public final Rubric load() {
        return RubricTexts.read(structure, locale, resource, open(resource));
    }
}
