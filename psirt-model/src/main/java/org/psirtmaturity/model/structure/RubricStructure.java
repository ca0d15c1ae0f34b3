package org.psirtmaturity.model.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.SourceDocument;
import org.psirtmaturity.model.UsageGuidance;
import org.psirtmaturity.model.first.FrameworkNumbering;

/**
 * The language-independent structure of one rubric edition.
 *
 * @param id         the rubric's stable id, lower-case words joined by hyphens, shared by every
 *                   translation of the edition, e.g. {@code "sisac-psirt-maturity-sheet"}
 * @param edition    the edition of the rubric, e.g. {@code "1.0"}
 * @param source     the document the edition was taken from
 * @param guidance   the edition's usage guidance (target band, re-scoring interval)
 * @param numbering  the FIRST numbering the level texts cite
 * @param areas      the service areas in order; copied
 */
public record RubricStructure(
        String id,
        String edition,
        SourceDocument source,
        UsageGuidance guidance,
        FrameworkNumbering numbering,
        List<AreaStructure> areas) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the id is malformed, the edition blank, there are no
     *                                  areas, or area numbers or framework ids repeat
     * @throws NullPointerException     if an argument is null
     */
    public RubricStructure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(numbering, "numbering");
        areas = List.copyOf(areas);
        if (!isWordsJoinedByHyphens(id)) {
            throw new IllegalArgumentException("rubric id \"" + id + "\" must be lower-case words joined by hyphens");
        }
        if (edition.isBlank()) {
            throw new IllegalArgumentException("rubric edition is blank");
        }
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("a rubric needs at least one area");
        }
        Set<Integer> areaNumbers = new HashSet<>();
        Set<FrameworkId> ids = new HashSet<>();
        for (AreaStructure a : areas) {
            if (!areaNumbers.add(a.number())) {
                throw new IllegalArgumentException("area " + a.number() + " appears twice");
            }
            for (FrameworkStructure f : a.frameworks()) {
                if (!ids.add(f.id())) {
                    throw new IllegalArgumentException("framework " + f.id() + " appears twice");
                }
            }
        }
    }

    /**
     * Reads {@code [a-z0-9]+(-[a-z0-9]+)*} without a regular expression (structures are built at
     * start-up).
     */
    private static boolean isWordsJoinedByHyphens(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!word && (c != '-' || id.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns every framework of every area, in order.
     *
     * @return the frameworks
     */
    public List<FrameworkStructure> frameworks() {
        List<FrameworkStructure> all = new ArrayList<>();
        for (AreaStructure a : areas) {
            all.addAll(a.frameworks());
        }
        return List.copyOf(all);
    }

    /**
     * Looks a framework up.
     *
     * @param id the framework id
     * @return the framework's structure, or empty if this edition has no such framework
     */
    public Optional<FrameworkStructure> framework(FrameworkId id) {
        for (AreaStructure a : areas) {
            for (FrameworkStructure f : a.frameworks()) {
                if (f.id().equals(id)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every text key a language module must supply for this structure, in document order
     * (see {@link TextKeys}).
     *
     * @return the keys
     */
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(TextKeys.RUBRIC_TITLE);
        for (AreaStructure a : areas) {
            keys.add(TextKeys.areaTitle(a.number()));
            for (FrameworkStructure f : a.frameworks()) {
                keys.add(TextKeys.frameworkTitle(f.id()));
                keys.add(TextKeys.objective(f.id()));
                for (LevelStructure l : f.levels()) {
                    if (l.defined()) {
                        keys.add(TextKeys.level(f.id(), l.level()));
                    }
                }
                for (int n = 1; n <= f.noteCount(); n++) {
                    keys.add(TextKeys.note(f.id(), n));
                }
            }
        }
        return List.copyOf(keys);
    }
}
