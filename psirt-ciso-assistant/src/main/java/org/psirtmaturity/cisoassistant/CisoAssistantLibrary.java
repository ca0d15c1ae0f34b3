package org.psirtmaturity.cisoassistant;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;

/**
 * Writes a rubric as a <a href="https://github.com/intuitem/ciso-assistant-community">CISO Assistant</a>
 * framework library: a YAML document that CISO Assistant imports as it is (Libraries, "Add library").
 *
 * <p><b>Content.</b> One library holding one framework scored from {@value #MIN_SCORE} to
 * {@value #MAX_SCORE}. Its requirement nodes are, in rubric order, each service area (depth 1, not
 * assessable) followed by its frameworks (depth 2, assessable, {@code parent_urn} the area). A framework
 * node has the framework id as {@code ref_id} (always a YAML string), the title as {@code name}, the
 * objective as {@code description}, and the footnotes as {@code annotation}, one per line. Its level
 * texts are the entries of {@code scores_definition.alternatives["levels-<id>"]}, which the node names
 * in {@code scores_definition_ref}: one entry for every score 0 to 5, named "Level n" ("レベル n"), with
 * the rubric's text of that level, or a sentence saying that the sheet leaves the level undefined (「─」),
 * or, for every level of a framework the sheet marks out of scope (6.3), a sentence saying that the
 * framework is out of scope and is not scored (which its annotation also says). The framework's default
 * {@code scores_definition.scale} names the six levels.
 *
 * <p><b>Languages.</b> The primary rubric's language is the library's {@code locale} and gives every
 * name, description and annotation; the optional translation (the same rubric id and edition in another
 * language) gives, under {@code translations.<language>}, the same fields of the library, the framework,
 * every node and every score entry. The phrases this class adds (level names, undefined and out-of-scope
 * levels, the descriptions) are Japanese for the language {@code ja} and English otherwise.
 *
 * <p><b>Identifiers.</b> URNs are lower case and stable across versions of this module: with
 * {@code <slug>} the rubric id, a hyphen and the edition ({@code sisac-psirt-maturity-sheet-1.0}),
 * {@code urn:psirtmaturity:risk:library:<slug>}, {@code urn:psirtmaturity:risk:framework:<slug>} and
 * {@code urn:psirtmaturity:risk:req_node:<slug>:<area or framework id>}. The library's integer
 * {@code version} is {@value #LIBRARY_VERSION}; it grows whenever the library's content changes, so that
 * CISO Assistant offers the update.
 *
 * <p><b>Output.</b> UTF-8 YAML, lines ending in {@code \n}, long lines not folded, no document start
 * marker. Every string is double-quoted, line breaks written as {@code \n} (a literal block would not
 * keep a text that starts with an empty line), so that YAML 1.1 (CISO Assistant's PyYAML) reads each
 * back as the same string: {@code ref_id: "2.1"} never
 * becomes a number. The output depends on the arguments alone: the same rubrics always give the same
 * bytes. Every method is static and thread-safe; nothing is logged.
 */
public final class CisoAssistantLibrary {

    /** The library's {@code version}: CISO Assistant keeps the highest version of a library URN and locale. */
    public static final int LIBRARY_VERSION = 1;
    /** The lowest score of every framework, {@link RubricLevel#MIN}. */
    public static final int MIN_SCORE = RubricLevel.MIN;
    /** The highest score of every framework, {@link RubricLevel#MAX}. */
    public static final int MAX_SCORE = RubricLevel.MAX;

    private static final String URN_PREFIX = "urn:psirtmaturity:risk:";
    private static final String PACKAGER = "PSIRT Maturity SDK";
    /** What CISO Assistant's URN pattern allows in a URN's last part (minus the colon, which separates ids here). */
    private static final Pattern SLUG = Pattern.compile("[0-9a-z()\\[\\]._-]+");

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build());

    private CisoAssistantLibrary() {
    }

    /**
     * Writes the library of one rubric, in its language only.
     *
     * @param primary the rubric; its language is the library's locale
     * @param out     where to write the UTF-8 YAML; flushed, not closed
     * @throws IOException              if writing to {@code out} fails
     * @throws IllegalArgumentException if the rubric's locale has no language, or its id and edition
     *                                  cannot form a URN (lower-case letters, digits, {@code ._-()[]})
     * @throws NullPointerException     if an argument is null
     */
    public static void write(Rubric primary, OutputStream out) throws IOException {
        write(primary, Optional.empty(), out);
    }

    /**
     * Writes the library of a rubric with a translation.
     *
     * @param primary     the rubric; its language is the library's locale
     * @param translation the same rubric id and edition in another language, written under
     *                    {@code translations}
     * @param out         where to write the UTF-8 YAML; flushed, not closed
     * @throws IOException              if writing to {@code out} fails
     * @throws IllegalArgumentException if the translation has another rubric id or edition, or the same
     *                                  language as the primary; or as {@link #write(Rubric, OutputStream)}
     * @throws NullPointerException     if an argument is null
     */
    public static void write(Rubric primary, Rubric translation, OutputStream out) throws IOException {
        write(primary, Optional.of(Objects.requireNonNull(translation, "translation")), out);
    }

    /**
     * Writes the library of a rubric, with a translation if one is given; for callers holding an
     * optional translation, e.g. a command line whose second language may be absent.
     *
     * @param primary     the rubric; its language is the library's locale
     * @param translation the same rubric id and edition in another language, or empty
     * @param out         where to write the UTF-8 YAML; flushed, not closed
     * @throws IOException              if writing to {@code out} fails
     * @throws IllegalArgumentException as {@link #write(Rubric, Rubric, OutputStream)}
     * @throws NullPointerException     if an argument is null
     */
    public static void write(Rubric primary, Optional<Rubric> translation, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        ObjectNode library = library(primary, translation);
        YAML.writeValue(out, library);
        out.flush();
    }

    /**
     * Returns the library of one rubric, in its language only, as YAML text.
     *
     * @param primary the rubric; its language is the library's locale
     * @return the YAML document, as {@link #write(Rubric, OutputStream)} writes it
     * @throws IllegalArgumentException as {@link #write(Rubric, OutputStream)}
     * @throws NullPointerException     if the argument is null
     */
    public static String toYaml(Rubric primary) {
        return toYaml(primary, Optional.empty());
    }

    /**
     * Returns the library of a rubric with a translation, as YAML text.
     *
     * @param primary     the rubric; its language is the library's locale
     * @param translation the same rubric id and edition in another language
     * @return the YAML document, as {@link #write(Rubric, Rubric, OutputStream)} writes it
     * @throws IllegalArgumentException as {@link #write(Rubric, Rubric, OutputStream)}
     * @throws NullPointerException     if an argument is null
     */
    public static String toYaml(Rubric primary, Rubric translation) {
        return toYaml(primary, Optional.of(Objects.requireNonNull(translation, "translation")));
    }

    /**
     * Returns the library of a rubric, with a translation if one is given, as YAML text.
     *
     * @param primary     the rubric; its language is the library's locale
     * @param translation the same rubric id and edition in another language, or empty
     * @return the YAML document, as {@link #write(Rubric, Optional, OutputStream)} writes it
     * @throws IllegalArgumentException as {@link #write(Rubric, Rubric, OutputStream)}
     * @throws NullPointerException     if an argument is null
     */
    public static String toYaml(Rubric primary, Optional<Rubric> translation) {
        ObjectNode library = library(primary, translation);
        try {
            return YAML.writeValueAsString(library);
        } catch (JsonProcessingException e) {
            // a tree of strings, integers and booleans always serialises
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the URN of a rubric's library, e.g.
     * {@code urn:psirtmaturity:risk:library:sisac-psirt-maturity-sheet-1.0}.
     *
     * @param rubric the rubric, in any language
     * @return the URN, the same for every language of the rubric's id and edition
     * @throws IllegalArgumentException if the rubric's id and edition cannot form a URN
     * @throws NullPointerException     if the argument is null
     */
    public static String libraryUrn(Rubric rubric) {
        return URN_PREFIX + "library:" + slug(rubric);
    }

    /**
     * Returns the URN of a rubric's framework, e.g.
     * {@code urn:psirtmaturity:risk:framework:sisac-psirt-maturity-sheet-1.0}.
     *
     * @param rubric the rubric, in any language
     * @return the URN
     * @throws IllegalArgumentException if the rubric's id and edition cannot form a URN
     * @throws NullPointerException     if the argument is null
     */
    public static String frameworkUrn(Rubric rubric) {
        return URN_PREFIX + "framework:" + slug(rubric);
    }

    /**
     * Returns the URN of a service area's requirement node, e.g.
     * {@code urn:psirtmaturity:risk:req_node:sisac-psirt-maturity-sheet-1.0:2}.
     *
     * @param rubric the rubric, in any language
     * @param area   the area number
     * @return the URN
     * @throws IllegalArgumentException if the rubric has no such area, or its id and edition cannot form a URN
     * @throws NullPointerException     if the rubric is null
     */
    public static String areaUrn(Rubric rubric, int area) {
        if (rubric.area(area).isEmpty()) {
            throw new IllegalArgumentException("rubric " + rubric + " has no service area " + area);
        }
        return nodeUrn(slug(rubric), Integer.toString(area));
    }

    /**
     * Returns the URN of a framework's requirement node, e.g.
     * {@code urn:psirtmaturity:risk:req_node:sisac-psirt-maturity-sheet-1.0:2.1}.
     *
     * @param rubric    the rubric, in any language
     * @param framework the framework id
     * @return the URN
     * @throws IllegalArgumentException if the rubric has no such framework, or its id and edition cannot
     *                                  form a URN
     * @throws NullPointerException     if an argument is null
     */
    public static String requirementUrn(Rubric rubric, FrameworkId framework) {
        if (rubric.framework(framework).isEmpty()) {
            throw new IllegalArgumentException("rubric " + rubric + " has no framework " + framework);
        }
        return nodeUrn(slug(rubric), framework.toString());
    }

    /** The key of a framework's level texts in {@code scores_definition.alternatives}. */
    static String alternativeKey(FrameworkId id) {
        return "levels-" + id;
    }

    private static String slug(Rubric rubric) {
        String slug = (rubric.id() + "-" + rubric.edition()).toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("rubric id and edition \"" + rubric.id() + "\", \"" + rubric.edition()
                    + "\" cannot form a CISO Assistant URN; expected letters, digits and ._-()[] only");
        }
        return slug;
    }

    private static String nodeUrn(String slug, String ref) {
        return URN_PREFIX + "req_node:" + slug + ":" + ref;
    }

    private static String language(Rubric rubric) {
        String language = rubric.locale().getLanguage();
        if (language.isEmpty()) {
            throw new IllegalArgumentException("rubric " + rubric + " has no language; CISO Assistant needs a locale such as ja or en");
        }
        return language;
    }

    /** Builds the library's tree, in the order it is written. */
    private static ObjectNode library(Rubric primary, Optional<Rubric> translation) {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(translation, "translation");
        String slug = slug(primary);
        String locale = language(primary);
        Optional<Lang> other = Optional.empty();
        if (translation.isPresent()) {
            Rubric t = translation.get();
            if (!t.id().equals(primary.id()) || !t.edition().equals(primary.edition()) || !t.structure().equals(primary.structure())) {
                throw new IllegalArgumentException("the translation " + t + " is not the primary rubric " + primary
                        + " in another language; expected the same rubric id, edition and structure");
            }
            if (language(t).equals(locale)) {
                throw new IllegalArgumentException("the translation " + t + " has the primary rubric's language " + locale
                        + "; expected another language");
            }
            other = Optional.of(new Lang(t));
        }
        Lang main = new Lang(primary);
        JsonNodeFactory nodes = JsonNodeFactory.instance;

        List<Locale> translatedInto = new ArrayList<>();
        for (Rubric r : other.isPresent() ? List.of(primary, other.get().rubric()) : List.of(primary)) {
            if (!r.locale().getLanguage().equals(Locale.forLanguageTag(r.source().language()).getLanguage())) {
                translatedInto.add(Locale.forLanguageTag(r.locale().getLanguage()));
            }
        }

        ObjectNode library = nodes.objectNode();
        library.put("urn", URN_PREFIX + "library:" + slug);
        library.put("locale", locale);
        library.put("ref_id", slug);
        library.put("name", primary.title());
        library.put("description", main.phrases().description(primary));
        library.put("copyright", main.phrases().copyright(primary.source(), translatedInto));
        library.put("version", LIBRARY_VERSION);
        library.put("provider", primary.source().publisher());
        library.put("packager", PACKAGER);
        other.ifPresent(o -> translations(library, o, o.rubric().title(), o.phrases().description(o.rubric()), null));

        ObjectNode framework = library.putObject("objects").putObject("framework");
        framework.put("urn", URN_PREFIX + "framework:" + slug);
        framework.put("ref_id", slug);
        framework.put("name", primary.title());
        framework.put("description", main.phrases().description(primary));
        framework.put("min_score", MIN_SCORE);
        framework.put("max_score", MAX_SCORE);
        other.ifPresent(o -> translations(framework, o, o.rubric().title(), o.phrases().description(o.rubric()), null));

        ObjectNode scores = framework.putObject("scores_definition");
        ArrayNode scale = scores.putArray("scale");
        for (int level = MIN_SCORE; level <= MAX_SCORE; level++) {
            ObjectNode entry = scale.addObject();
            entry.put("score", level);
            entry.put("name", main.phrases().levelName(level));
            int l = level;
            other.ifPresent(o -> translations(entry, o, o.phrases().levelName(l), null, null));
        }
        ObjectNode alternatives = scores.putObject("alternatives");

        ArrayNode requirements = framework.putArray("requirement_nodes");
        for (ServiceArea area : primary.areas()) {
            String areaUrn = nodeUrn(slug, Integer.toString(area.number()));
            ObjectNode areaNode = requirements.addObject();
            areaNode.put("urn", areaUrn);
            areaNode.put("assessable", false);
            areaNode.put("depth", 1);
            areaNode.put("ref_id", Integer.toString(area.number()));
            areaNode.put("name", area.title());
            other.ifPresent(o -> translations(areaNode, o, o.rubric().area(area.number()).orElseThrow().title(), null, null));

            for (Framework f : area.frameworks()) {
                Optional<Framework> tf = other.map(o -> o.rubric().framework(f.id()).orElseThrow());
                ObjectNode node = requirements.addObject();
                node.put("urn", nodeUrn(slug, f.id().toString()));
                node.put("assessable", true);
                node.put("depth", 2);
                node.put("parent_urn", areaUrn);
                node.put("ref_id", f.id().toString());
                node.put("name", f.title());
                node.put("description", f.objective());
                annotation(f, main).ifPresent(a -> node.put("annotation", a));
                node.put("scores_definition_ref", alternativeKey(f.id()));
                other.ifPresent(o -> translations(node, o, tf.orElseThrow().title(), tf.orElseThrow().objective(),
                        annotation(tf.orElseThrow(), o).orElse(null)));

                ArrayNode levels = alternatives.putArray(alternativeKey(f.id()));
                for (RubricLevel level : f.levels()) {
                    ObjectNode entry = levels.addObject();
                    entry.put("score", level.level());
                    entry.put("name", main.phrases().levelName(level.level()));
                    entry.put("description", levelText(f, level, main));
                    other.ifPresent(o -> translations(entry, o, o.phrases().levelName(level.level()),
                            levelText(tf.orElseThrow(), tf.orElseThrow().level(level.level()), o), null));
                }
            }
        }
        return library;
    }

    private static String levelText(Framework f, RubricLevel level, Lang lang) {
        if (f.outOfScope()) {
            return lang.phrases().outOfScopeLevel();
        }
        return level.description().orElseGet(() -> lang.phrases().undefinedLevel(level.level()));
    }

    /** The node's annotation: the out-of-scope statement, then the footnotes, one per line; empty if neither. */
    private static Optional<String> annotation(Framework f, Lang lang) {
        List<String> lines = new ArrayList<>();
        if (f.outOfScope()) {
            lines.add(lang.phrases().outOfScopeNote());
        }
        lines.addAll(f.notes());
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** Adds {@code translations: {<language>: {name, description, annotation}}}, leaving out null fields. */
    private static void translations(ObjectNode target, Lang lang, String name, String description, String annotation) {
        ObjectNode fields = target.putObject("translations").putObject(lang.language());
        fields.put("name", name);
        if (description != null) {
            fields.put("description", description);
        }
        if (annotation != null) {
            fields.put("annotation", annotation);
        }
    }

    /** A rubric with its CISO Assistant language code and the phrases of that language. */
    private record Lang(Rubric rubric, String language, Phrases phrases) {
        Lang(Rubric rubric) {
            this(rubric, CisoAssistantLibrary.language(rubric), Phrases.of(rubric.locale()));
        }
    }
}
