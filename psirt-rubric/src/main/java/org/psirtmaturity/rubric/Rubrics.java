package org.psirtmaturity.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Spliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.rubric.spi.RubricProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

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
 * <p><b>Broken providers.</b> The class path of a platform holds jars nobody here wrote, so discovery
 * ({@link #installed()}, {@link #installedIn(ClassLoader)}) never fails because of a provider: it
 * instantiates every declared provider and asks each for its {@link RubricProvider#descriptor()
 * descriptor} once, and a provider that cannot be loaded or instantiated, or whose descriptor
 * throws or is null, is skipped and recorded as a {@link ProviderProblem}; so is every rubric that
 * two or more providers describe (same id, edition and locale). {@link #problems()} lists them, and
 * each is logged once at WARN level to the SLF4J logger {@code org.psirtmaturity.rubric.Rubrics}.
 * The other rubrics are found and load as usual. A request is affected only where it meets a
 * problem; it then throws {@link RubricProviderException} (a {@link RubricNotFoundException}) whose
 * message is one line naming the provider class(es) and what each did:
 * <ul>
 *   <li>the best match is a rubric two providers supply: the exception names both classes (no
 *       provider is picked silently, and no worse match is taken instead);</li>
 *   <li>the best match's provider fails to load it: its {@code load()} throws anything other than
 *       {@link InvalidRubricException}, returns null, or returns a rubric other than the one it
 *       described; a load that throws {@link InvalidRubricException} (the provider's data is
 *       invalid) passes that exception on unchanged;</li>
 *   <li>nothing matches and some provider could not say which rubric it supplies (it failed to
 *       instantiate, or its descriptor failed): the exception names those providers, since one of
 *       them may have been the rubric asked for.</li>
 * </ul>
 * A request that a working provider serves succeeds whatever else is broken. {@link #available()}
 * never throws: it lists every rubric a provider described, including one with two providers.
 * Only errors of the virtual machine itself ({@link VirtualMachineError}, such as
 * {@link OutOfMemoryError}) are passed on from a provider as they are.
 *
 * <p>Nothing is discovered or loaded in a static initialiser: discovery happens in the call to
 * {@link #installed()} and loading in the request, so no failure surfaces as an
 * {@link ExceptionInInitializerError}.
 *
 * <p>An instance is thread-safe. It loads each rubric at most once and keeps it (a load that fails
 * is not kept: a later request calls the provider again); hold on to the instance to benefit from
 * that.
 */
public final class Rubrics {

    /**
     * Failures of the service loader in a row, all with the same message, after which discovery
     * stops: the loader is not advancing (e.g. it cannot list the configuration files at all).
     */
    private static final int MAX_REPEATED_FAILURES = 64;

    /** The providers that described a rubric, in discovery order; a rubric may appear twice. */
    private final List<Entry> entries;
    /** The rubrics that two or more providers describe, with the problem naming them. */
    private final Map<RubricDescriptor, ProviderProblem> duplicates;
    /** Everything found wrong during discovery, in the order found, duplicates last. */
    private final List<ProviderProblem> problems;
    /** The problems of providers that did not describe a rubric. */
    private final List<ProviderProblem> unidentified;
    private final Map<RubricDescriptor, Rubric> loaded = new ConcurrentHashMap<>();
    private final Function<RubricDescriptor, Rubric> loader = new Loader();

    private Rubrics(List<Entry> entries, List<ProviderProblem> discoveryProblems) {
        this.entries = List.copyOf(entries);
        Map<RubricDescriptor, ProviderProblem> duplicated = new HashMap<>();
        List<ProviderProblem> all = new ArrayList<>(discoveryProblems);
        for (int i = 0; i < entries.size(); i++) {
            RubricDescriptor d = entries.get(i).descriptor;
            if (duplicated.containsKey(d)) {
                continue;
            }
            List<String> names = null;
            for (int j = i + 1; j < entries.size(); j++) {
                if (entries.get(j).descriptor.equals(d)) {
                    if (names == null) {
                        names = new ArrayList<>();
                        names.add(entries.get(i).className());
                    }
                    names.add(entries.get(j).className());
                }
            }
            if (names != null) {
                ProviderProblem p = ProviderProblem.duplicate(d, names);
                duplicated.put(d, p);
                all.add(p);
            }
        }
        this.duplicates = Map.copyOf(duplicated);
        this.problems = List.copyOf(all);
        List<ProviderProblem> unknown = new ArrayList<>();
        for (ProviderProblem p : discoveryProblems) {
            if (p.rubric().isEmpty()) {
                unknown.add(p);
            }
        }
        this.unidentified = List.copyOf(unknown);
    }

    /**
     * Finds the providers visible to this library's own class loader (class path) or declared in
     * the module graph (module path). The thread's context class loader is deliberately not used.
     *
     * <p>Never throws because of a provider: a broken one is skipped, recorded in {@link #problems()}
     * and logged (see the class description).
     *
     * @return the installed rubrics, not yet loaded
     */
    public static Rubrics installed() {
        return discover(Rubrics.class.getClassLoader());
    }

    /**
     * Finds the providers visible to a given class loader, for containers where rubric modules are
     * loaded by a child class loader. Broken providers are handled as by {@link #installed()}.
     *
     * @param loader the class loader to search
     * @return the rubrics it provides, not yet loaded
     * @throws NullPointerException if {@code loader} is null
     */
    public static Rubrics installedIn(ClassLoader loader) {
        return discover(Objects.requireNonNull(loader, "loader"));
    }

    /**
     * Uses an explicit set of providers, bypassing discovery. The providers come from the caller's
     * own code, so one that cannot describe its rubric is a programming error and fails here (what its
     * {@code descriptor()} throws passes through); {@link #problems()} is empty. Loading is as for
     * discovered providers: a failed {@code load()} throws {@link RubricProviderException}.
     *
     * @param providers the providers
     * @return the rubrics they provide
     * @throws IllegalArgumentException if a provider's descriptor is null or two providers describe the
     *                                  same id, edition and locale (the message names both classes)
     * @throws NullPointerException     if {@code providers} or one of them is null
     */
    public static Rubrics of(Iterable<? extends RubricProvider> providers) {
        Objects.requireNonNull(providers, "providers");
        List<Entry> list = new ArrayList<>();
        for (RubricProvider p : providers) {
            Objects.requireNonNull(p, "provider");
            RubricDescriptor d = p.descriptor();
            if (d == null) {
                throw new IllegalArgumentException("rubric provider " + p.getClass().getName() + ": descriptor() returned null");
            }
            for (Entry e : list) {
                if (e.descriptor.equals(d)) {
                    throw new IllegalArgumentException("two providers supply rubric " + d + ": " + e.className() + " and "
                            + p.getClass().getName() + "; check the class path for duplicate rubric jars");
                }
            }
            list.add(new Entry(d, p));
        }
        return new Rubrics(list, List.of());
    }

    private static Rubrics discover(ClassLoader loader) {
        Discovery discovery = new Discovery();
        discovery.run(loader);
        Rubrics rubrics = new Rubrics(discovery.entries, discovery.problems);
        if (!rubrics.problems.isEmpty()) {
            Logger log = logger();
            for (ProviderProblem p : rubrics.problems) {
                if (p.cause().isPresent()) {
                    log.warn(p.message(), p.cause().get());
                } else {
                    log.warn(p.message());
                }
            }
        }
        return rubrics;
    }

    /**
     * This class's logger. A logging system that fails to start (a broken SLF4J provider on the
     * class path makes {@link LoggerFactory} throw) must not make rubrics undiscoverable; SLF4J
     * reports its own failure on standard error, and this class then does not log.
     */
    private static Logger logger() {
        try {
            return LoggerFactory.getLogger(Rubrics.class);
        } catch (RuntimeException | LinkageError e) {
            return NOPLogger.NOP_LOGGER;
        }
    }

    /**
     * Lists what is installed: every rubric a provider described, once, sorted by id, edition and
     * locale. A rubric that two providers describe is listed although requesting it fails; a
     * provider that could not describe its rubric is not (see {@link #problems()}). Never throws.
     *
     * @return the descriptors, possibly empty
     */
    public List<RubricDescriptor> available() {
        return entries.stream().map(e -> e.descriptor).distinct()
                .sorted(Comparator.comparing(RubricDescriptor::id).thenComparing(RubricDescriptor::edition)
                        .thenComparing(d -> d.locale().toLanguageTag()))
                .toList();
    }

    /**
     * Returns what was found wrong with the providers during discovery, so that an application can
     * report it its own way: each provider that could not be loaded, instantiated or described, in
     * discovery order, then one problem for each rubric that two or more providers describe. Problems
     * found later, when a rubric is loaded, are not added here; they are in the
     * {@link RubricProviderException} of the request.
     *
     * @return the problems, empty when every provider is sound (always empty for {@link #of(Iterable)})
     */
    public List<ProviderProblem> problems() {
        return problems;
    }

    /**
     * Returns the rubric for a locale.
     *
     * @param locale e.g. {@code ja}, {@code ja-JP}, {@code en-US}
     * @return the loaded rubric
     * @throws RubricNotFoundException if no installed rubric has that language; it lists what is installed
     * @throws RubricProviderException if the matching rubric has two providers or its provider fails to
     *                                 load it, or if nothing matches and some provider could not describe
     *                                 its rubric (a {@link RubricNotFoundException})
     * @throws InvalidRubricException  if the matching rubric's data is invalid
     */
    public Rubric forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return serve(find(null, locale), null, null, locale, null);
    }

    /**
     * Returns the rubric for a locale, or for a fallback locale if none is installed for the first.
     * The fallback is used only when no rubric matches {@code locale}, not when the one that matches
     * fails.
     *
     * @param locale   the preferred locale
     * @param fallback the locale to use when {@code locale} has no rubric, e.g. {@link Locale#ENGLISH}
     * @return the loaded rubric
     * @throws RubricNotFoundException if neither locale has a rubric
     * @throws RubricProviderException as for {@link #forLocale(Locale)}, for the rubric chosen
     * @throws InvalidRubricException  if the matching rubric's data is invalid
     */
    public Rubric forLocale(Locale locale, Locale fallback) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(fallback, "fallback");
        RubricDescriptor found = find(null, locale);
        if (found == null) {
            found = find(null, fallback);
        }
        return serve(found, null, null, locale, fallback);
    }

    /**
     * Returns a rubric by id in a locale, the highest installed edition.
     *
     * @param id     the rubric id, e.g. {@value SoftwareIsacSheet#ID}
     * @param locale the locale
     * @return the loaded rubric
     * @throws RubricNotFoundException if no such rubric is installed
     * @throws RubricProviderException as for {@link #forLocale(Locale)}
     * @throws InvalidRubricException  if its data is invalid
     */
    public Rubric forId(String id, Locale locale) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locale, "locale");
        return serve(find(id, locale), id, null, locale, null);
    }

    /**
     * Returns a rubric by id, edition and locale.
     *
     * @param id      the rubric id
     * @param edition the edition, e.g. {@code "1.0"}
     * @param locale  the locale
     * @return the loaded rubric
     * @throws RubricNotFoundException if no such rubric is installed
     * @throws RubricProviderException as for {@link #forLocale(Locale)}
     * @throws InvalidRubricException  if its data is invalid
     */
    public Rubric forId(String id, String edition, Locale locale) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(locale, "locale");
        RubricDescriptor best = null;
        for (Entry e : entries) {
            RubricDescriptor d = e.descriptor;
            if (d.id().equals(id) && d.edition().equals(edition) && matches(d.locale(), locale) > 0
                    && (best == null || matches(d.locale(), locale) > matches(best.locale(), locale))) {
                best = d;
            }
        }
        return serve(best, id, edition, locale, null);
    }

    /**
     * Loads the rubric found for a request, or throws the exception the request deserves. The
     * request's description is built only for a failure.
     */
    private Rubric serve(RubricDescriptor found, String id, String edition, Locale locale, Locale fallback) {
        if (found == null) {
            String request = request(id, edition, locale, fallback);
            if (!unidentified.isEmpty()) {
                throw RubricProviderException.notFound(request, available(), unidentified);
            }
            throw new RubricNotFoundException(request, available());
        }
        ProviderProblem duplicate = duplicates.get(found);
        if (duplicate != null) {
            throw RubricProviderException.unusable(request(id, edition, locale, fallback), available(), List.of(duplicate));
        }
        try {
            return loaded.computeIfAbsent(found, loader);
        } catch (LoadFailure f) {
            throw RubricProviderException.unusable(request(id, edition, locale, fallback), available(), List.of(f.problem));
        }
    }

    /** E.g. {@code locale fr}, {@code locale fr or fallback de}, {@code rubric a 1.0 in locale ja}. */
    private static String request(String id, String edition, Locale locale, Locale fallback) {
        if (fallback != null) {
            return "locale " + locale.toLanguageTag() + " or fallback " + fallback.toLanguageTag();
        }
        if (id == null) {
            return "locale " + locale.toLanguageTag();
        }
        return "rubric " + id + (edition == null ? "" : " " + edition) + " in locale " + locale.toLanguageTag();
    }

    /**
     * The best match, or null: the closest locale, then the maturity sheet, then the lowest id, then
     * the highest edition; among equals, the first provider. Written as a loop rather than a stream
     * with a comparator chain: every lambda costs a generated class in a fresh JVM.
     */
    private RubricDescriptor find(String id, Locale locale) {
        RubricDescriptor best = null;
        for (Entry e : entries) {
            RubricDescriptor d = e.descriptor;
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

    /** Passes on errors of the virtual machine itself; anything else a provider throws is its failure. */
    private static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError) {
            throw (VirtualMachineError) t;
        }
    }

    /** A provider with the descriptor it gave at discovery (asked once). */
    private static final class Entry {
        final RubricDescriptor descriptor;
        final RubricProvider provider;

        Entry(RubricDescriptor descriptor, RubricProvider provider) {
            this.descriptor = descriptor;
            this.provider = provider;
        }

        String className() {
            return provider.getClass().getName();
        }
    }

    /**
     * One pass of the service loader. It walks the loader's {@link ServiceLoader.Provider}s, so that a
     * provider's class is known before it is instantiated, and carries on after each failure, as the
     * service loader allows.
     */
    private static final class Discovery implements Consumer<ServiceLoader.Provider<RubricProvider>> {
        final List<Entry> entries = new ArrayList<>();
        final List<ProviderProblem> problems = new ArrayList<>();

        void run(ClassLoader loader) {
            Spliterator<ServiceLoader.Provider<RubricProvider>> found;
            try {
                found = ServiceLoader.load(RubricProvider.class, loader).stream().spliterator();
            } catch (Throwable t) {
                rethrowIfFatal(t);
                problems.add(ProviderProblem.lookupFailed(t));
                return;
            }
            ProviderProblem previous = null;
            int repeated = 0;
            while (true) {
                try {
                    if (!found.tryAdvance(this)) {
                        return;
                    }
                    previous = null;
                } catch (Throwable t) {
                    rethrowIfFatal(t);
                    ProviderProblem problem = ProviderProblem.lookupFailed(t);
                    if (previous != null && previous.message().equals(problem.message())) {
                        if (++repeated == MAX_REPEATED_FAILURES) {
                            problems.add(ProviderProblem.lookupStopped(problem, repeated + 1));
                            return;
                        }
                    } else {
                        problems.add(problem);
                        previous = problem;
                        repeated = 0;
                    }
                }
            }
        }

        @Override
        public void accept(ServiceLoader.Provider<RubricProvider> found) {
            String name = found.type().getName();
            RubricProvider provider;
            try {
                provider = found.get();
            } catch (Throwable t) {
                rethrowIfFatal(t);
                problems.add(ProviderProblem.instantiationFailed(name, t));
                return;
            }
            RubricDescriptor d;
            try {
                d = provider.descriptor();
            } catch (Throwable t) {
                rethrowIfFatal(t);
                problems.add(ProviderProblem.descriptorThrew(name, t));
                return;
            }
            if (d == null) {
                problems.add(ProviderProblem.descriptorNull(name));
                return;
            }
            entries.add(new Entry(d, provider));
        }
    }

    /** A provider's failed load, carried out of {@link ConcurrentHashMap#computeIfAbsent}. */
    private static final class LoadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final transient ProviderProblem problem;

        LoadFailure(ProviderProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** Loads a rubric for {@link #loaded}: a class rather than a lambda, for the same reason as {@link #find}. */
    private final class Loader implements Function<RubricDescriptor, Rubric> {
        @Override
        public Rubric apply(RubricDescriptor key) {
            RubricProvider provider = null;
            for (Entry e : entries) {
                if (e.descriptor.equals(key)) {
                    provider = e.provider;
                    break;
                }
            }
            if (provider == null) {
                throw new IllegalStateException("no provider describes " + key);
            }
            String name = provider.getClass().getName();
            Rubric rubric;
            try {
                rubric = provider.load();
            } catch (InvalidRubricException e) {
                throw e;
            } catch (Throwable t) {
                rethrowIfFatal(t);
                throw new LoadFailure(ProviderProblem.loadThrew(name, key, t));
            }
            if (rubric == null) {
                throw new LoadFailure(ProviderProblem.loadNull(name, key));
            }
            RubricDescriptor actual = new RubricDescriptor(rubric.id(), rubric.edition(), rubric.locale());
            if (!actual.equals(key)) {
                throw new LoadFailure(ProviderProblem.loadMismatch(name, key, actual));
            }
            return rubric;
        }
    }
}
