package org.psirtmaturity.cisoassistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The rules CISO Assistant's importer applies to a framework library, as read in
 * intuitem/ciso-assistant-community: {@code backend/core/models.py} ({@code StoredLibrary.store_library_content},
 * {@code URN_REGEX}, the field lengths of {@code ReferentialObjectMixin} and {@code LibraryMixin},
 * {@code RequirementNode.clean}) and {@code backend/library/utils.py} ({@code FrameworkImporter},
 * {@code RequirementNodeImporter}). The importer has no schema; this is its checks, plus the structural
 * ones its data model assumes (unique URNs, parents that resolve, depths that follow the parents).
 *
 * <p>The document is read with SnakeYAML's default (YAML 1.1) resolution, as the importer's PyYAML
 * {@code yaml.safe_load} reads it, so a string that YAML 1.1 would take for a number shows up here as
 * one.
 */
final class ImporterRules {

    /** core.models.URN_REGEX. */
    static final Pattern URN = Pattern.compile(
            "^urn:([a-zA-Z0-9_-]+):([a-zA-Z0-9_-]+):([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9_-]+))?:([0-9A-Za-z\\[\\]\\(\\)\\-\\._:]+)$");

    private final List<String> problems = new ArrayList<>();

    private ImporterRules() {
    }

    /** Reads a document as the importer's {@code yaml.safe_load} would. */
    static Map<String, Object> parse(String yaml) {
        Object doc = new Yaml(new LoaderOptions()).load(yaml);
        if (!(doc instanceof Map<?, ?>)) {
            throw new AssertionError("the YAML content must be a dictionary, got " + doc);
        }
        return cast(doc);
    }

    /** Every rule the document breaks, each with its path; empty if the importer would accept it. */
    static List<String> check(Map<String, Object> library) {
        ImporterRules rules = new ImporterRules();
        rules.checkLibrary(library);
        return List.copyOf(rules.problems);
    }

    private void checkLibrary(Map<String, Object> lib) {
        // StoredLibrary.REQUIRED_FIELDS, and ref_id read as library_data["ref_id"]
        for (String field : List.of("urn", "name", "version", "objects", "ref_id")) {
            require(lib, field, "library");
        }
        string(lib, "urn", "library", 255);
        if (lib.get("urn") instanceof String urn && !URN.matcher(urn.toLowerCase()).matches()) {
            problems.add("library.urn: badly formatted: " + urn);
        }
        if (!(lib.get("version") instanceof Integer)) {
            problems.add("library.version: expected an integer, got " + lib.get("version"));
        }
        string(lib, "locale", "library", 100);
        string(lib, "ref_id", "library", 100);
        string(lib, "name", "library", 200);
        string(lib, "copyright", "library", 4096);
        string(lib, "provider", "library", 200);
        string(lib, "packager", "library", 100);
        translations(lib, "library");
        if (!(lib.get("objects") instanceof Map<?, ?> objects)) {
            problems.add("library.objects: expected a mapping");
            return;
        }
        if (!(objects.get("framework") instanceof Map<?, ?> fw)) {
            problems.add("library.objects.framework: expected a mapping");
            return;
        }
        checkFramework(cast(fw));
    }

    private void checkFramework(Map<String, Object> fw) {
        String path = "framework";
        require(fw, "urn", path);
        require(fw, "ref_id", path);
        string(fw, "urn", path, 255);
        string(fw, "ref_id", path, 100);
        string(fw, "name", path, 200);
        translations(fw, path);
        Object min = fw.getOrDefault("min_score", 0);
        Object max = fw.getOrDefault("max_score", 100);
        if (!(min instanceof Integer mn) || !(max instanceof Integer mx)) {
            problems.add(path + ": min_score and max_score must be integers");
            return;
        }
        if (mn > mx || mn < 0 || mx < 0 || mn.equals(mx)) {
            problems.add(path + ": minimum score must be less than maximum score and equal or greater than 0");
        }
        Map<String, List<Map<String, Object>>> alternatives = new HashMap<>();
        Object sd = fw.get("scores_definition");
        if (sd instanceof Map<?, ?> sdMap) {
            scoreEntries(sdMap.get("scale"), path + ".scores_definition.scale", mn, mx);
            if (sdMap.get("alternatives") instanceof Map<?, ?> alt) {
                for (Map.Entry<?, ?> e : alt.entrySet()) {
                    String altPath = path + ".scores_definition.alternatives." + e.getKey();
                    if (!(e.getKey() instanceof String key)) {
                        problems.add(altPath + ": key must be a string");
                        continue;
                    }
                    alternatives.put(key, scoreEntries(e.getValue(), altPath, null, null));
                }
            } else if (sdMap.containsKey("alternatives")) {
                problems.add(path + ".scores_definition.alternatives: expected a mapping");
            }
        } else if (sd instanceof List<?>) {
            scoreEntries(sd, path + ".scores_definition", mn, mx);
        } else if (sd != null) {
            problems.add(path + ".scores_definition: expected a list or a mapping");
        }
        if (!(fw.get("requirement_nodes") instanceof List<?> nodes) || nodes.isEmpty()) {
            problems.add(path + ".requirement_nodes: no object detected");
            return;
        }
        Set<String> urns = new HashSet<>();
        urns.add(String.valueOf(fw.get("urn")).toLowerCase());
        Map<String, Integer> depthByUrn = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String np = path + ".requirement_nodes[" + i + "]";
            if (!(nodes.get(i) instanceof Map<?, ?> raw)) {
                problems.add(np + ": expected a mapping");
                continue;
            }
            Map<String, Object> node = cast(raw);
            require(node, "urn", np);
            string(node, "urn", np, 255);
            string(node, "ref_id", np, 100);
            string(node, "name", np, 200);
            string(node, "description", np, Integer.MAX_VALUE);
            string(node, "annotation", np, Integer.MAX_VALUE);
            string(node, "scores_definition_ref", np, 100);
            translations(node, np);
            if (!(node.get("urn") instanceof String urn)) {
                continue;
            }
            urn = urn.toLowerCase();
            if (!URN.matcher(urn).matches()) {
                problems.add(np + ".urn: badly formatted: " + urn);
            }
            if (!urns.add(urn)) {
                problems.add(np + ".urn: already used: " + urn);
            }
            if (!(node.get("assessable") instanceof Boolean)) {
                problems.add(np + ".assessable: expected a boolean");
            }
            Object depth = node.get("depth");
            if (!(depth instanceof Integer d)) {
                problems.add(np + ".depth: expected an integer");
                continue;
            }
            Object parent = node.get("parent_urn");
            if (parent == null) {
                if (d != 1) {
                    problems.add(np + ".depth: a node without parent has depth 1, got " + d);
                }
            } else if (!(parent instanceof String p) || !depthByUrn.containsKey(p.toLowerCase())) {
                problems.add(np + ".parent_urn: does not resolve to an earlier node: " + parent);
            } else if (d != depthByUrn.get(p.toLowerCase()) + 1) {
                problems.add(np + ".depth: expected the parent's depth + 1 = " + (depthByUrn.get(p.toLowerCase()) + 1) + ", got " + d);
            }
            depthByUrn.put(urn, d);
            // RequirementNode.clean(): the referenced alternative exists and covers the effective range
            int nodeMin = node.get("min_score") instanceof Integer v ? v : mn;
            int nodeMax = node.get("max_score") instanceof Integer v ? v : mx;
            if (nodeMin >= nodeMax) {
                problems.add(np + ": max_score must be strictly greater than min_score");
            }
            if (node.get("scores_definition_ref") instanceof String ref) {
                List<Map<String, Object>> entries = alternatives.get(ref);
                if (entries == null) {
                    problems.add(np + ".scores_definition_ref: '" + ref + "' does not exist in the framework's alternatives");
                } else {
                    Set<Object> covered = new HashSet<>();
                    entries.forEach(e -> covered.add(e.get("score")));
                    for (int s = nodeMin; s <= nodeMax; s++) {
                        if (!covered.contains(s)) {
                            problems.add(np + ".scores_definition_ref: alternative '" + ref + "' does not cover score " + s);
                        }
                    }
                }
            }
        }
    }

    /** A list of {score, name, description?, translations?}; with bounds, every score lies within them. */
    private List<Map<String, Object>> scoreEntries(Object value, String path, Integer min, Integer max) {
        List<Map<String, Object>> entries = new ArrayList<>();
        if (!(value instanceof List<?> list)) {
            problems.add(path + ": expected a list of score entries");
            return entries;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String ep = path + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                problems.add(ep + ": expected a mapping");
                continue;
            }
            Map<String, Object> entry = cast(raw);
            entries.add(entry);
            if (!(entry.get("score") instanceof Integer score)) {
                problems.add(ep + ".score: expected an integer");
                continue;
            }
            if (!seen.add(score)) {
                problems.add(ep + ".score: " + score + " appears twice");
            }
            if (min != null && (score < min || score > max)) {
                problems.add(ep + ".score: " + score + " outside " + min + " to " + max);
            }
            require(entry, "name", ep);
            string(entry, "name", ep, Integer.MAX_VALUE);
            string(entry, "description", ep, Integer.MAX_VALUE);
            translations(entry, ep);
        }
        return entries;
    }

    private void translations(Map<String, Object> object, String path) {
        Object t = object.get("translations");
        if (t == null) {
            return;
        }
        if (!(t instanceof Map<?, ?> byLocale)) {
            problems.add(path + ".translations: expected a mapping of locales");
            return;
        }
        for (Map.Entry<?, ?> e : byLocale.entrySet()) {
            String tp = path + ".translations." + e.getKey();
            if (!(e.getKey() instanceof String) || !(e.getValue() instanceof Map<?, ?> fields)) {
                problems.add(tp + ": expected a locale mapped to fields");
                continue;
            }
            for (Map.Entry<?, ?> f : fields.entrySet()) {
                if (!(f.getValue() instanceof String)) {
                    problems.add(tp + "." + f.getKey() + ": expected a string, got " + f.getValue());
                }
            }
        }
    }

    private void require(Map<String, Object> object, String field, String path) {
        if (!object.containsKey(field)) {
            problems.add(path + ": missing field " + field);
        }
    }

    /** An optional field that must be a string (not a number or a boolean) no longer than the column. */
    private void string(Map<String, Object> object, String field, String path, int maxLength) {
        Object value = object.get(field);
        if (value == null) {
            return;
        }
        if (!(value instanceof String s)) {
            problems.add(path + "." + field + ": expected a string, got " + value.getClass().getSimpleName() + " " + value);
        } else if (s.length() > maxLength) {
            problems.add(path + "." + field + ": " + s.length() + " characters, the column holds " + maxLength);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
