package org.psirtmaturity.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
    private final Function<RubricDescriptor, Rubric> loader = new Loader();

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
        RubricDescriptor found = find(null, locale);
        if (found == null) {
            throw new RubricNotFoundException("locale " + locale.toLanguageTag(), available());
        }
        return load(found);
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
        RubricDescriptor found = find(null, locale);
        if (found == null) {
            found = find(null, fallback);
        }
        if (found == null) {
            throw new RubricNotFoundException(
                    "locale " + locale.toLanguageTag() + " or fallback " + fallback.toLanguageTag(), available());
        }
        return load(found);
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
        RubricDescriptor found = find(id, locale);
        if (found == null) {
            throw new RubricNotFoundException("rubric " + id + " in locale " + locale.toLanguageTag(), available());
        }
        return load(found);
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
        RubricDescriptor best = null;
        for (RubricProvider p : providers) {
            RubricDescriptor d = p.descriptor();
            if (d.id().equals(id) && d.edition().equals(edition) && matches(d.locale(), locale) > 0
                    && (best == null || matches(d.locale(), locale) > matches(best.locale(), locale))) {
                best = d;
            }
        }
        if (best == null) {
            throw new RubricNotFoundException("rubric " + id + " " + edition + " in locale " + locale.toLanguageTag(), available());
        }
        return load(best);
    }

    /**
     * The best match, or null: the closest locale, then the maturity sheet, then the lowest id, then
     * the highest edition; among equals, the first provider. Written as a loop rather than a stream
     * with a comparator chain: every lambda costs a generated class in a fresh JVM.
     */
    private RubricDescriptor find(String id, Locale locale) {
        RubricDescriptor best = null;
        for (RubricProvider p : providers) {
            RubricDescriptor d = p.descriptor();
            if ((id == null || d.id().equals(id)) && matches(d.locale(), locale) > 0
                    && (best == null || compare(d, best, locale) > 0)) {
                best = d;
            }
        }
        return best;
    }

    /** Positive if {@code a} is the better match for {@code locale}, negative if {@code b} is, else 0. */
    private static int compare(RubricDescriptor a, RubricDescriptor b, Locale locale) {
        int c = Integer.compare(matches(a.locale(), locale), matches(b.locale(), locale));
        if (c == 0) {
            c = Boolean.compare(a.id().equals(SoftwareIsacSheet.ID), b.id().equals(SoftwareIsacSheet.ID));
        }
        if (c == 0) {
            c = b.id().compareTo(a.id());
        }
        if (c == 0) {
            c = editionKey(a.edition()).compareTo(editionKey(b.edition()));
        }
        return c;
    }

    /** 2 for the same language tag, 1 for the same language, 0 otherwise. */
    private static int matches(Locale offered, Locale wanted) {
        if (offered.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag())) {
            return 2;
        }
        return !wanted.getLanguage().isEmpty() && offered.getLanguage().equals(wanted.getLanguage()) ? 1 : 0;
    }

    /**
     * Orders editions numerically component by component: 1.10 after 1.9. A component of one to
     * nine ASCII digits becomes its value padded with zeros to nine digits; any other is kept.
     */
    private static String editionKey(String edition) {
        StringBuilder sb = new StringBuilder();
        for (String part : edition.split("\\.")) {
            if (isShortNumber(part)) {
                String digits = Integer.toString(Integer.parseInt(part));
                sb.append("0".repeat(9 - digits.length())).append(digits);
            } else {
                sb.append(part);
            }
            sb.append('.');
        }
        return sb.toString();
    }

    /** Whether {@code s} is one to nine ASCII digits ({@code [0-9]{1,9}}). */
    private static boolean isShortNumber(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private Rubric load(RubricDescriptor d) {
        return loaded.computeIfAbsent(d, loader);
    }

    /** Loads a rubric for {@link #loaded}: a class rather than a lambda, for the same reason as {@link #find}. */
    private final class Loader implements Function<RubricDescriptor, Rubric> {
        @Override
        public Rubric apply(RubricDescriptor key) {
            RubricProvider provider = null;
            for (RubricProvider p : providers) {
                if (p.descriptor().equals(key)) {
                    provider = p;
                    break;
                }
            }
            if (provider == null) {
                throw new IllegalStateException("no provider describes " + key);
            }
            Rubric rubric = provider.load();
            RubricDescriptor actual = new RubricDescriptor(rubric.id(), rubric.edition(), rubric.locale());
            if (!actual.equals(key)) {
                throw new IllegalStateException("provider " + provider.getClass().getName() + " describes " + key + " but loaded " + actual);
            }
            return rubric;
        }
    }
}
