package org.psirtmaturity.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.FirstCatalog;
import org.psirtmaturity.model.first.FirstId;
import org.psirtmaturity.model.first.FrameworkNumbering;
import org.psirtmaturity.model.structure.AreaStructure;
import org.psirtmaturity.model.structure.FrameworkStructure;
import org.psirtmaturity.model.structure.LevelStructure;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.model.structure.TextKeys;

/**
 * A rubric: one edition of the maturity sheet in one language. It joins a language-independent
 * {@link RubricStructure} with the texts of one language, and answers lookups both ways between
 * levels and the FIRST ids they cite.
 *
 * <p>Instances are created by {@link #assemble}, which checks every text against the structure and
 * reports every mismatch at once. A rubric is immutable and thread-safe; its lookups do no I/O.
 * Two rubrics are equal when their structure, locale and texts are equal.
 */
public final class Rubric {

    private final RubricStructure structure;
    private final Locale locale;
    private final Map<String, String> texts;
    private final List<ServiceArea> areas;
    private final Map<FrameworkId, Framework> frameworks;
    private final List<Framework> frameworkList;
    /**
     * The levels citing each FIRST id, built on first use: scoring and reports never look levels up
     * by FIRST id, and building the index (ranges expanded, every draft id translated through the
     * catalogue) is a sizeable part of loading a rubric.
     */
    private volatile Map<FirstId, List<RubricLevel>> citing;
    /** Computed on first use: a rubric read only for its texts never needs it. */
    private volatile String digest;

    private Rubric(RubricStructure structure, Locale locale, Map<String, String> texts) {
        this.structure = structure;
        this.locale = locale;
        this.texts = texts;
        List<ServiceArea> builtAreas = new ArrayList<>();
        Map<FrameworkId, Framework> byId = new LinkedHashMap<>();
        for (AreaStructure a : structure.areas()) {
            List<Framework> fws = new ArrayList<>();
            for (FrameworkStructure fs : a.frameworks()) {
                Framework f = buildFramework(fs);
                fws.add(f);
                byId.put(f.id(), f);
            }
            builtAreas.add(new ServiceArea(a.number(), texts.get(TextKeys.areaTitle(a.number())), a.firstArea(), fws));
        }
        this.areas = List.copyOf(builtAreas);
        this.frameworks = Collections.unmodifiableMap(byId);
        this.frameworkList = List.copyOf(byId.values());
    }

    /** The index of citing levels, built on first use (a benign race: every thread builds the same index). */
    private Map<FirstId, List<RubricLevel>> citing() {
        Map<FirstId, List<RubricLevel>> c = citing;
        if (c == null) {
            c = buildCitingIndex();
            citing = c;
        }
        return c;
    }

    private Map<FirstId, List<RubricLevel>> buildCitingIndex() {
        Map<FirstId, List<RubricLevel>> index = new LinkedHashMap<>();
        for (Framework f : frameworkList) {
            for (RubricLevel l : f.levels()) {
                Set<FirstId> ids = new LinkedHashSet<>();
                for (Citation c : l.citations()) {
                    for (FirstId id : c.expand()) {
                        ids.add(id);
                        if (id.numbering() == FrameworkNumbering.V1_0_DRAFT) {
                            Optional<FirstId> v11 = FirstCatalog.correspondence(id).v11Equivalent();
                            if (v11.isPresent()) {
                                ids.add(v11.get());
                            }
                        }
                    }
                }
                for (FirstId id : ids) {
                    List<RubricLevel> citingLevels = index.get(id);
                    if (citingLevels == null) {
                        citingLevels = new ArrayList<>();
                        index.put(id, citingLevels);
                    }
                    citingLevels.add(l);
                }
            }
        }
        Map<FirstId, List<RubricLevel>> frozen = new LinkedHashMap<>();
        for (Map.Entry<FirstId, List<RubricLevel>> e : index.entrySet()) {
            frozen.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Collections.unmodifiableMap(frozen);
    }

    private Framework buildFramework(FrameworkStructure fs) {
        List<RubricLevel> levels = new ArrayList<>();
        for (LevelStructure ls : fs.levels()) {
            Optional<String> description = ls.defined()
                    ? Optional.of(texts.get(TextKeys.level(fs.id(), ls.level())))
                    : Optional.empty();
            levels.add(new RubricLevel(fs.id(), ls.level(), description, ls.citations()));
        }
        List<String> notes = new ArrayList<>();
        for (int n = 1; n <= fs.noteCount(); n++) {
            notes.add(texts.get(TextKeys.note(fs.id(), n)));
        }
        return new Framework(fs.id(), texts.get(TextKeys.frameworkTitle(fs.id())), texts.get(TextKeys.objective(fs.id())),
                fs.firstService(), fs.outOfScope(), notes, levels);
    }

    /**
     * Checks texts against a structure without building a rubric. The texts must hold exactly the
     * keys of {@link RubricStructure#textKeys()}, none blank, and each level text must make exactly
     * the citations the structure lists for that level, in the same order.
     *
     * @param structure the structure
     * @param texts     the texts by key
     * @return every problem found, in key order, empty if the texts fit; paths are text keys
     */
    public static List<Problem> check(RubricStructure structure, Map<String, String> texts) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(texts, "texts");
        List<Problem> problems = new ArrayList<>();
        List<String> expected = structure.textKeys();
        for (String key : expected) {
            String text = texts.get(key);
            if (text == null) {
                problems.add(new Problem(key, "text.missing", "no text for " + describe(key) + "; every key of the structure needs a text"));
            } else if (text.isBlank()) {
                problems.add(new Problem(key, "text.blank", "the text of " + describe(key) + " is blank"));
            }
        }
        for (FrameworkStructure fs : structure.frameworks()) {
            for (LevelStructure ls : fs.levels()) {
                if (!ls.defined()) {
                    continue;
                }
                String key = TextKeys.level(fs.id(), ls.level());
                String text = texts.get(key);
                if (text == null || citesExactly(text, ls.citations())) {
                    continue;
                }
                try {
                    // the brackets are balanced (else findAll throws) but hold other citations than the structure's
                    List<Citation> found = Citation.findAll(text, structure.numbering());
                    List<String> got = found.stream().map(Citation::toString).toList();
                    List<String> want = ls.citations().stream().map(Citation::toString).toList();
                    problems.add(new Problem(key, "text.citations-mismatch",
                            "the text cites " + (got.isEmpty() ? "nothing" : String.join(" ", got)) + " but the structure expects "
                                    + (want.isEmpty() ? "no citation" : String.join(" ", want)) + ", in that order"));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(key, "citation.malformed", e.getMessage()));
                }
            }
        }
        Set<String> expectedSet = new HashSet<>(expected);
        List<String> unexpected = new ArrayList<>();
        for (String key : texts.keySet()) {
            if (!expectedSet.contains(key)) {
                unexpected.add(key);
            }
        }
        Collections.sort(unexpected);
        for (String key : unexpected) {
            problems.add(unexpectedKey(structure, key));
        }
        return List.copyOf(problems);
    }

    /**
     * Whether a level text cites exactly these citations, written alike and in this order: its
     * brackets balanced as {@link Citation#findAll} requires (no stray {@code ]}, none unclosed or
     * nested) and each holding the text of the next citation. {@link Citation#findAll} would then
     * find these very citations (each parses, since the structure's did), so {@link #check} does not
     * parse the texts that fit, which is nearly all of the work of loading a rubric. A text that does
     * not fit either has unbalanced brackets or malformed citations ({@link Citation#findAll} says
     * which) or cites other citations than the structure's.
     *
     * @param text     a level text
     * @param expected the citations the structure lists for the level
     * @return true if the text cites exactly {@code expected}; false if it may not
     */
    static boolean citesExactly(String text, List<Citation> expected) {
        int found = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                if (open >= 0) {
                    return false;
                }
                open = i;
            } else if (c == ']') {
                if (open < 0 || found == expected.size()) {
                    return false;
                }
                String want = expected.get(found++).text();
                if (i - open - 1 != want.length() || !text.regionMatches(open + 1, want, 0, want.length())) {
                    return false;
                }
                open = -1;
            }
        }
        return open < 0 && found == expected.size();
    }

    private static Problem unexpectedKey(RubricStructure structure, String key) {
        String[] parts = key.split("\\.");
        if (parts.length >= 4 && parts[0].equals("framework")) {
            String idText = parts[1] + "." + parts[2];
            if (!FrameworkId.isWellFormed(idText) || structure.framework(FrameworkId.parse(idText)).isEmpty()) {
                return new Problem(key, "text.unknown-framework",
                        "framework " + idText + " does not exist in " + structure.id() + " " + structure.edition());
            }
            FrameworkStructure fs = structure.framework(FrameworkId.parse(idText)).orElseThrow();
            if (parts.length == 5 && parts[3].equals("level") && parts[4].matches("[0-5]")
                    && !fs.level(Integer.parseInt(parts[4])).defined()) {
                return new Problem(key, "text.undefined-level", "level " + parts[4] + " of framework " + idText
                        + " is undefined (「─」) in the structure and takes no text");
            }
            if (parts.length == 5 && parts[3].equals("note")) {
                return new Problem(key, "text.unexpected", "framework " + idText + " has " + fs.noteCount()
                        + (fs.noteCount() == 1 ? " note" : " notes") + "; no text is expected under this key");
            }
        }
        return new Problem(key, "text.unexpected", "unknown text key; expected only the keys of the structure (rubric.title, "
                + "area.<n>.title, framework.<id>.title|objective|level.<n>|note.<k>)");
    }

    private static String describe(String key) {
        return "\"" + key + "\"";
    }

    /**
     * Joins a structure with the texts of one language.
     *
     * @param structure the structure of the edition
     * @param locale    the texts' language, e.g. {@link Locale#JAPANESE}
     * @param texts     the texts by key, see {@link TextKeys}; copied
     * @return the rubric
     * @throws InvalidRubricException if {@link #check} finds any problem; it lists them all
     * @throws NullPointerException   if an argument, key or text is null
     */
    public static Rubric assemble(RubricStructure structure, Locale locale, Map<String, String> texts) {
        Objects.requireNonNull(locale, "locale");
        List<Problem> problems = check(structure, texts);
        if (!problems.isEmpty()) {
            throw new InvalidRubricException("rubric " + structure.id() + " " + structure.edition() + " (" + locale.toLanguageTag() + ")",
                    problems);
        }
        return new Rubric(structure, locale, Map.copyOf(texts));
    }

    /**
     * Returns the rubric's id, shared by all languages of the edition.
     *
     * @return e.g. {@code "sisac-psirt-maturity-sheet"}
     */
    public String id() {
        return structure.id();
    }

    /**
     * Returns the edition.
     *
     * @return e.g. {@code "1.0"}
     */
    public String edition() {
        return structure.edition();
    }

    /**
     * Returns the language of the texts.
     *
     * @return the locale, e.g. {@code ja}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the rubric's title in its language.
     *
     * @return the title
     */
    public String title() {
        return texts.get(TextKeys.RUBRIC_TITLE);
    }

    /**
     * Returns the document the edition was taken from.
     *
     * @return the source document
     */
    public SourceDocument source() {
        return structure.source();
    }

    /**
     * Returns the edition's usage guidance: the target band and the re-scoring interval.
     *
     * @return the guidance
     */
    public UsageGuidance guidance() {
        return structure.guidance();
    }

    /**
     * Returns the language-independent structure.
     *
     * @return the structure
     */
    public RubricStructure structure() {
        return structure;
    }

    /**
     * Returns the FIRST numbering the level texts cite.
     *
     * @return the numbering, {@link FrameworkNumbering#V1_0_DRAFT} for the maturity sheet
     */
    public FrameworkNumbering numbering() {
        return structure.numbering();
    }

    /**
     * Returns the service areas in order.
     *
     * @return the areas
     */
    public List<ServiceArea> areas() {
        return areas;
    }

    /**
     * Looks an area up by number.
     *
     * @param number the area number
     * @return the area, or empty if there is none
     */
    public Optional<ServiceArea> area(int number) {
        for (ServiceArea a : areas) {
            if (a.number() == number) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every framework in order, out-of-scope ones included.
     *
     * @return the frameworks
     */
    public List<Framework> frameworks() {
        return frameworkList;
    }

    /**
     * Looks a framework up.
     *
     * @param id the framework id
     * @return the framework, or empty if the rubric has none with that id
     */
    public Optional<Framework> framework(FrameworkId id) {
        return Optional.ofNullable(frameworks.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns one level of one framework.
     *
     * @param id    the framework id
     * @param level 0 to 5
     * @return the level, or empty if the rubric has no such framework
     * @throws IllegalArgumentException if {@code level} is outside 0 to 5
     */
    public Optional<RubricLevel> level(FrameworkId id, int level) {
        RubricLevel.requireLevel(level);
        Framework f = frameworks.get(Objects.requireNonNull(id, "id"));
        return f == null ? Optional.empty() : Optional.of(f.level(level));
    }

    /**
     * Returns every level, of any framework, that cites {@code id}: exactly, or inside a range.
     * An id in version 1.1 numbering also finds the levels whose draft citations have it as their
     * established version 1.1 equivalent ({@link FirstCatalog#correspondence}).
     *
     * @param id a FIRST id in the rubric's numbering or in version 1.1 numbering
     * @return the citing levels in rubric order, empty if none
     */
    public List<RubricLevel> levelsCiting(FirstId id) {
        return citing().getOrDefault(Objects.requireNonNull(id, "id"), List.of());
    }

    /**
     * Returns every level that cites {@code id} or any id below it (e.g. {@code 2.1} finds levels
     * citing {@code 2.1.1.1}).
     *
     * @param id a FIRST id in the rubric's numbering or in version 1.1 numbering
     * @return the citing levels in rubric order, each once, empty if none
     */
    public List<RubricLevel> levelsCitingWithin(FirstId id) {
        Objects.requireNonNull(id, "id");
        Set<RubricLevel> found = new LinkedHashSet<>();
        citing().forEach((cited, levels) -> {
            if (id.contains(cited)) {
                found.addAll(levels);
            }
        });
        List<RubricLevel> ordered = new ArrayList<>(found);
        ordered.sort((a, b) -> {
            int c = a.framework().compareTo(b.framework());
            return c != 0 ? c : Integer.compare(a.level(), b.level());
        });
        return List.copyOf(ordered);
    }

    /**
     * Returns every FIRST id the rubric cites (ranges expanded), with version 1.1 equivalents, in
     * order.
     *
     * @return the distinct cited ids, sorted
     */
    public List<FirstId> citedIds() {
        return citing().keySet().stream().sorted().toList();
    }

    /**
     * Returns the text under a key, for tools that work with the raw texts.
     *
     * @param key a key of {@link RubricStructure#textKeys()}
     * @return the text, or empty if the key is not one of the rubric's
     */
    public Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /**
     * Returns a SHA-256 digest of the rubric's content (id, edition, locale, the structure's
     * framework marks and every text in key order), as 64 lower-case hex digits. Two rubrics with the
     * same digest have the same content; a score report records it as provenance.
     *
     * @return the hex digest
     */
    public String contentDigest() {
        String d = digest;
        if (d == null) {
            d = computeDigest(); // a benign race: every thread computes the same value
            digest = d;
        }
        return d;
    }

    private String computeDigest() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform supports SHA-256", e);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(structure.id()).append('\0').append(structure.edition()).append('\0').append(locale.toLanguageTag()).append('\0')
                .append(structure.numbering()).append('\0');
        for (FrameworkStructure fs : structure.frameworks()) {
            sb.append(fs.id()).append('|').append(fs.firstService().id()).append('|').append(fs.outOfScope()).append('\0');
        }
        for (String key : structure.textKeys()) {
            sb.append(key).append('\0').append(texts.get(key)).append('\0');
        }
        return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rubric r && structure.equals(r.structure) && locale.equals(r.locale) && texts.equals(r.texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(structure, locale, texts);
    }

    /**
     * Returns e.g. {@code Rubric[sisac-psirt-maturity-sheet 1.0 ja]}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "Rubric[" + id() + " " + edition() + " " + locale.toLanguageTag() + "]";
    }
}
