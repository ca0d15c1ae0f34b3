package org.psirtmaturity.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.rubric.spi.RubricProvider;

/**
 * The rubrics installed in an application, found through {@link ServiceLoader}, and loaded on first
 * use.
 *
 * <pre>{@code
 * Rubrics rubrics = Rubrics.installed();
 * Rubric ja = rubrics.forLocale(Locale.JAPAN);          // ja-JP finds the "ja" rubric
 * Rubric en = rubrics.forLocale(Locale.FRENCH, Locale.ENGLISH); // explicit fallback
 * }</pre>
 *
 * <p>Locale matching: a rubric whose locale has the same language tag wins; otherwise one with the
 * same language ({@code ja-JP} finds {@code ja}, {@code en-GB} finds {@code en}). Where several
 * rubric ids match, the maturity sheet ({@value SoftwareIsacSheet#ID}) is preferred, then the
 * lowest id; among editions of one id, the highest edition.
 *
 * <p>An instance is thread-safe. It loads each rubric at most once and keeps it; hold on to the
 * instance to benefit from that.
 */
public final class Rubrics {

    private final List<RubricProvider> providers;
    private final Map<RubricDescriptor, Rubric> loaded = new ConcurrentHashMap<>();

    private Rubrics(List<RubricProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /**
     * Finds the providers visible to this library's own class loader (class path) or declared in
     * the module graph (module path). The thread's context class loader is deliberately not used.
     *
     * @return the installed rubrics, not yet loaded
     * @throws java.util.ServiceConfigurationError if a provider is declared but cannot be instantiated
     */
    public static Rubrics installed() {
        return of(ServiceLoader.load(RubricProvider.class, Rubrics.class.getClassLoader()));
    }

    /**
     * Finds the providers visible to a given class loader, for containers where rubric modules are
     * loaded by a child class loader.
     *
     * @param loader the class loader to search
     * @return the rubrics it provides, not yet loaded
     */
    public static Rubrics installedIn(ClassLoader loader) {
        return of(ServiceLoader.load(RubricProvider.class, Objects.requireNonNull(loader, "loader")));
    }

    /**
     * Uses an explicit set of providers, bypassing discovery.
     *
     * @param providers the providers
     * @return the rubrics they provide
     * @throws IllegalArgumentException if two providers describe the same id, edition and locale
     */
    public static Rubrics of(Iterable<? extends RubricProvider> providers) {
        List<RubricProvider> list = new ArrayList<>();
        List<RubricDescriptor> seen = new ArrayList<>();
        for (RubricProvider p : providers) {
            RubricDescriptor d = p.descriptor();
            if (seen.contains(d)) {
                throw new IllegalArgumentException("two providers supply rubric " + d + ": check the class path for duplicate rubric jars");
            }
            seen.add(d);
            list.add(p);
        }
        return new Rubrics(list);
    }

    /**
     * Lists what is installed, sorted by id, edition and locale.
     *
     * @return the descriptors, possibly empty
     */
    public List<RubricDescriptor> available() {
        return providers.stream().map(RubricProvider::descriptor)
                .sorted(Comparator.comparing(RubricDescriptor::id).thenComparing(RubricDescriptor::edition)
                        .thenComparing(d -> d.locale().toLanguageTag()))
                .toList();
    }

    /**
     * Returns the rubric for a locale.
     *
     * @param locale e.g. {@code ja}, {@code ja-JP}, {@code en-US}
     * @return the loaded rubric
     * @throws RubricNotFoundException if no installed rubric has that language; it lists what is installed
     * @throws InvalidRubricException  if the matching rubric's data is invalid
     */
    public Rubric forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return find(null, locale).map(this::load)
                .orElseThrow(() -> new RubricNotFoundException("locale " + locale.toLanguageTag(), available()));
    }

    /**
     * Returns the rubric for a locale, or for a fallback locale if none is installed for the first.
     *
     * @param locale   the preferred locale
     * @param fallback the locale to use when {@code locale} has no rubric, e.g. {@link Locale#ENGLISH}
     * @return the loaded rubric
     * @throws RubricNotFoundException if neither locale has a rubric
     * @throws InvalidRubricException  if the matching rubric's data is invalid
     */
    public Rubric forLocale(Locale locale, Locale fallback) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(fallback, "fallback");
        return find(null, locale).or(() -> find(null, fallback)).map(this::load)
                .orElseThrow(() -> new RubricNotFoundException(
                        "locale " + locale.toLanguageTag() + " or fallback " + fallback.toLanguageTag(), available()));
    }

    /**
     * Returns a rubric by id in a locale, the highest installed edition.
     *
     * @param id     the rubric id, e.g. {@value SoftwareIsacSheet#ID}
     * @param locale the locale
     * @return the loaded rubric
     * @throws RubricNotFoundException if no such rubric is installed
     * @throws InvalidRubricException  if its data is invalid
     */
    public Rubric forId(String id, Locale locale) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locale, "locale");
        return find(id, locale).map(this::load)
                .orElseThrow(() -> new RubricNotFoundException("rubric " + id + " in locale " + locale.toLanguageTag(), available()));
    }

    /**
     * Returns a rubric by id, edition and locale.
     *
     * @param id      the rubric id
     * @param edition the edition, e.g. {@code "1.0"}
     * @param locale  the locale
     * @return the loaded rubric
     * @throws RubricNotFoundException if no such rubric is installed
     * @throws InvalidRubricException  if its data is invalid
     */
    public Rubric forId(String id, String edition, Locale locale) {
        Objects.requireNonNull(edition, "edition");
        return providers.stream().map(RubricProvider::descriptor)
                .filter(d -> d.id().equals(id) && d.edition().equals(edition))
                .filter(d -> matches(d.locale(), locale) > 0)
                .max(Comparator.comparingInt(d -> matches(d.locale(), locale)))
                .map(this::load)
                .orElseThrow(() -> new RubricNotFoundException(
                        "rubric " + id + " " + edition + " in locale " + locale.toLanguageTag(), available()));
    }

    private Optional<RubricDescriptor> find(String id, Locale locale) {
        return providers.stream().map(RubricProvider::descriptor)
                .filter(d -> id == null || d.id().equals(id))
                .filter(d -> matches(d.locale(), locale) > 0)
                .max(Comparator.<RubricDescriptor>comparingInt(d -> matches(d.locale(), locale))
                        .thenComparing(d -> d.id().equals(SoftwareIsacSheet.ID))
                        .thenComparing(RubricDescriptor::id, Comparator.reverseOrder())
                        .thenComparing(d -> editionKey(d.edition())));
    }

    /** 2 for the same language tag, 1 for the same language, 0 otherwise. */
    private static int matches(Locale offered, Locale wanted) {
        if (offered.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag())) {
            return 2;
        }
        return !wanted.getLanguage().isEmpty() && offered.getLanguage().equals(wanted.getLanguage()) ? 1 : 0;
    }

    /** Orders editions numerically component by component: 1.10 after 1.9. */
    private static String editionKey(String edition) {
        StringBuilder sb = new StringBuilder();
        for (String part : edition.split("\\.")) {
            sb.append(part.matches("[0-9]{1,9}") ? String.format(Locale.ROOT, "%09d", Integer.parseInt(part)) : part).append('.');
        }
        return sb.toString();
    }

    private Rubric load(RubricDescriptor d) {
        return loaded.computeIfAbsent(d, key -> {
            RubricProvider provider = providers.stream().filter(p -> p.descriptor().equals(key)).findFirst().orElseThrow();
            Rubric rubric = provider.load();
            RubricDescriptor actual = new RubricDescriptor(rubric.id(), rubric.edition(), rubric.locale());
            if (!actual.equals(key)) {
                throw new IllegalStateException("provider " + provider.getClass().getName() + " describes " + key + " but loaded " + actual);
            }
            return rubric;
        });
    }
}
