package org.psirtmaturity.cyclonedx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.internal.Paths;

/**
 * Reads an attestation BOM back into an {@link Assessment}, collecting every problem it finds. One
 * instance reads one document; it is not thread-safe, the static entry points are.
 */
final class BomReader {

    /** The largest document read, in bytes (or characters, for a string): 16 MiB. */
    static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** The deepest nesting of objects and arrays read, in the BOM and in a property's JSON value. */
    static final int MAX_DEPTH = 64;
    /** The longest string read, in UTF-16 code units. */
    static final int MAX_STRING_LENGTH = 4 * 1024 * 1024;
    /** The longest property name read, in UTF-16 code units. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** The longest number read, in characters as written. */
    static final int MAX_NUMBER_LENGTH = 1_000;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_NAME_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final Set<String> SPEC_VERSIONS = Set.of("1.6", "1.7");
    private static final BigDecimal FIVE = BigDecimal.valueOf(RubricLevel.MAX);
    private static final List<String> KNOWN_PROPERTIES = List.of(Names.RUBRIC_ID, Names.RUBRIC_EDITION, Names.RUBRIC_LANGUAGE,
            Names.ANSWERS, Names.EXTENSIONS, Names.FOUNDATION + "<key>", Names.ANSWER + "<framework>:" + Names.NOTE,
            Names.ANSWER + "<framework>:" + Names.EVIDENCE, Names.ANSWER + "<framework>:" + Names.ANSWER_EXTENSIONS);

    private final Bundle messages;
    private final List<Problem> problems = new ArrayList<>();

    // What the BOM's properties say.
    private final Map<String, String> singles = new HashMap<>();
    private final Map<String, Boolean> foundations = new LinkedHashMap<>();
    private final Map<String, AnswerProperties> answerProperties = new LinkedHashMap<>();
    private Map<String, Object> extensions = Map.of();

    /** The properties of one framework's answer that the BOM's properties carry. */
    private static final class AnswerProperties {
        final String path;
        Optional<String> note = Optional.empty();
        final List<String> evidence = new ArrayList<>();
        boolean hasExtensions;
        Map<String, Object> extensions = Map.of();

        AnswerProperties(String path) {
            this.path = path;
        }
    }

    private BomReader(Locale locale) {
        this.messages = Bundle.of(Bundle.MESSAGES, locale);
    }

    /**
     * Reads a stream to its end (at most {@value #MAX_DOCUMENT_BYTES} bytes are accepted).
     *
     * @throws UncheckedIOException if the stream cannot be read
     */
    static ReadResult read(InputStream in, Locale locale) {
        BomReader reader = new BomReader(locale);
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            reader.parseFailure(e);
            return reader.result(Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CycloneDX document", e);
        }
        return reader.read(root);
    }

    /** Reads a document held in a string. */
    static ReadResult read(String json, Locale locale) {
        BomReader reader = new BomReader(locale);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            reader.parseFailure(e);
            return reader.result(Optional.empty());
        }
        return reader.read(root);
    }

    private ReadResult read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            problem("", "json.empty");
            return result(Optional.empty());
        }
        if (!root.isObject()) {
            typeProblem("", "expected.object", root);
            return result(Optional.empty());
        }
        Optional<Assessment> assessment = assessment(root);
        return result(problems.isEmpty() ? assessment : Optional.empty());
    }

    private ReadResult result(Optional<Assessment> assessment) {
        return new ReadResult(problems.isEmpty() ? assessment : Optional.empty(), problems);
    }

    // ---------------------------------------------------------------- the document

    private Optional<Assessment> assessment(JsonNode root) {
        string(root, "bomFormat", "bomFormat", true).ifPresent(f -> {
            if (!f.equals("CycloneDX")) {
                problem("bomFormat", "bom-format", Paths.quote(f));
            }
        });
        string(root, "specVersion", "specVersion", true).ifPresent(v -> {
            if (!SPEC_VERSIONS.contains(v)) {
                problem("specVersion", "spec-version", Paths.quote(v));
            }
        });
        properties(root);
        Optional<String> rubricId = required(Names.RUBRIC_ID);
        Optional<String> edition = required(Names.RUBRIC_EDITION);

        Optional<Map<String, Optional<String>>> requirements = Optional.empty();
        if (rubricId.isPresent() && edition.isPresent()) {
            requirements = standard(root, new BomRefs(rubricId.get(), edition.get()));
        }

        Optional<LocalDate> date = Optional.empty();
        Optional<JsonNode> metadata = object(root, "metadata", "metadata");
        if (metadata.isPresent()) {
            date = string(metadata.get(), "timestamp", "metadata.timestamp", false).flatMap(this::date);
        }

        Declarations d = new Declarations(requirements);
        Optional<JsonNode> declarations = object(root, "declarations", "declarations");
        if (declarations.isPresent()) {
            d.read(declarations.get());
        } else {
            problem("declarations", "attestation.count", "0");
        }
        List<FrameworkAnswer> answers = answers(d.attested);

        if (!problems.isEmpty() || rubricId.isEmpty() || edition.isEmpty()) {
            return Optional.empty();
        }
        Optional<AssessmentContext> context = d.organization.isPresent() || d.assessor.isPresent() || date.isPresent()
                ? Optional.of(new AssessmentContext(d.organization, d.assessor, date))
                : Optional.empty();
        return Optional.of(new Assessment(new RubricRef(rubricId.get(), edition.get()), context, answers, foundations, extensions));
    }

    private Optional<LocalDate> date(String timestamp) {
        try {
            return Optional.of(LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(timestamp)));
        } catch (DateTimeParseException e) {
            problem("metadata.timestamp", "timestamp", Paths.quote(timestamp));
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- properties

    private void properties(JsonNode root) {
        Optional<JsonNode> properties = array(root, "properties", "properties");
        if (properties.isEmpty()) {
            return;
        }
        for (int i = 0; i < properties.get().size(); i++) {
            String path = "properties[" + i + "]";
            JsonNode p = properties.get().get(i);
            if (!p.isObject()) {
                typeProblem(path, "expected.object", p);
                continue;
            }
            Optional<String> name = string(p, "name", path + ".name", true);
            Optional<String> value = string(p, "value", path + ".value", false);
            if (name.isPresent() && name.get().startsWith(Names.PREFIX)) {
                property(path, name.get(), value);
            }
        }
    }

    private void property(String path, String name, Optional<String> value) {
        if (value.isEmpty()) {
            if (isKnown(name)) {
                problem(path + ".value", "property.value.missing", Paths.quote(name));
            } else {
                unknownProperty(path, name);
            }
            return;
        }
        String v = value.get();
        if (name.equals(Names.RUBRIC_ID) || name.equals(Names.RUBRIC_EDITION) || name.equals(Names.RUBRIC_LANGUAGE)
                || name.equals(Names.ANSWERS) || name.equals(Names.EXTENSIONS)) {
            if (singles.putIfAbsent(name, v) != null) {
                problem(path, "property.duplicate", Paths.quote(name));
            } else if (name.equals(Names.EXTENSIONS)) {
                extensions = jsonObject(path, name, v);
            }
        } else if (name.startsWith(Names.FOUNDATION) && name.length() > Names.FOUNDATION.length()) {
            String key = text(name.substring(Names.FOUNDATION.length()), path + ".name");
            if (!v.equals("true") && !v.equals("false")) {
                problem(path + ".value", "property.boolean", Paths.quote(name), Paths.quote(v));
            } else if (foundations.putIfAbsent(key, Boolean.valueOf(v)) != null) {
                problem(path, "property.duplicate", Paths.quote(name));
            }
        } else if (name.startsWith(Names.ANSWER) && name.lastIndexOf(':') > Names.ANSWER.length()) {
            answerProperty(path, name, v);
        } else {
            unknownProperty(path, name);
        }
    }

    private void answerProperty(String path, String name, String value) {
        int colon = name.lastIndexOf(':');
        String framework = name.substring(Names.ANSWER.length(), colon);
        String what = name.substring(colon + 1);
        if (!what.equals(Names.NOTE) && !what.equals(Names.EVIDENCE) && !what.equals(Names.ANSWER_EXTENSIONS)) {
            unknownProperty(path, name);
            return;
        }
        if (!FrameworkId.isWellFormed(framework)) {
            problem(path + ".name", "property.framework", Paths.quote(name), Paths.quote(framework));
            return;
        }
        AnswerProperties a = answerProperties.computeIfAbsent(framework, k -> new AnswerProperties(path));
        switch (what) {
            case Names.NOTE -> {
                if (a.note.isPresent()) {
                    problem(path, "property.duplicate", Paths.quote(name));
                } else {
                    a.note = Optional.of(text(value, path + ".value"));
                }
            }
            case Names.EVIDENCE -> a.evidence.add(text(value, path + ".value"));
            default -> {
                if (a.hasExtensions) {
                    problem(path, "property.duplicate", Paths.quote(name));
                } else {
                    a.hasExtensions = true;
                    a.extensions = jsonObject(path, name, value);
                }
            }
        }
    }

    private static boolean isKnown(String name) {
        return name.equals(Names.RUBRIC_ID) || name.equals(Names.RUBRIC_EDITION) || name.equals(Names.RUBRIC_LANGUAGE)
                || name.equals(Names.ANSWERS) || name.equals(Names.EXTENSIONS)
                || name.startsWith(Names.FOUNDATION) && name.length() > Names.FOUNDATION.length()
                || name.startsWith(Names.ANSWER) && (name.endsWith(":" + Names.NOTE) || name.endsWith(":" + Names.EVIDENCE)
                        || name.endsWith(":" + Names.ANSWER_EXTENSIONS));
    }

    private void unknownProperty(String path, String name) {
        problem(path + ".name", "property.unknown", Paths.quote(name), String.join(", ", KNOWN_PROPERTIES));
    }

    private Optional<String> required(String name) {
        String v = singles.get(name);
        if (v == null) {
            problem("properties", "property.missing", name);
            return Optional.empty();
        }
        return Optional.of(text(v, "properties[" + name + "]"));
    }

    /** Parses a property's JSON value, which must be an object, into JSON-like values. */
    private Map<String, Object> jsonObject(String path, String name, String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problem(path + ".value", "extensions", Paths.quote(name), location(at));
            return Map.of();
        }
        if (node == null || !node.isObject()) {
            problem(path + ".value", "extensions", Paths.quote(name), location(null));
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value(node, path + ".value");
        return object;
    }

    /** Converts a tree into JSON-like values: integers as Long or BigInteger, other numbers as BigDecimal. */
    private Object value(JsonNode node, String path) {
        if (node.isObject()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                object.put(text(e.getKey(), path), value(e.getValue(), path));
            }
            return object;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(value(element, path)));
            return list;
        }
        if (node.isTextual()) {
            return text(node.textValue(), path);
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isBigInteger()) {
            return node.bigIntegerValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return null;
    }

    // ---------------------------------------------------------------- the standard

    /**
     * Finds the rubric's standard and returns its requirements: bom-ref to identifier. Empty if the
     * standard is missing, which is a problem.
     */
    private Optional<Map<String, Optional<String>>> standard(JsonNode root, BomRefs refs) {
        Optional<JsonNode> definitions = object(root, "definitions", "definitions");
        Optional<JsonNode> standards = definitions.flatMap(n -> array(n, "standards", "definitions.standards"));
        JsonNode found = null;
        String foundPath = null;
        if (standards.isPresent()) {
            for (int i = 0; i < standards.get().size(); i++) {
                JsonNode s = standards.get().get(i);
                String path = "definitions.standards[" + i + "]";
                if (!s.isObject()) {
                    typeProblem(path, "expected.object", s);
                } else if (s.path("bom-ref").isTextual() && s.path("bom-ref").textValue().equals(refs.standard())) {
                    if (found != null) {
                        problem(path + ".bom-ref", "ref.duplicate", Paths.quote(refs.standard()), "definitions.standards");
                    }
                    found = s;
                    foundPath = path;
                }
            }
        }
        if (found == null) {
            problem("definitions.standards", "standard.missing", Paths.quote(refs.standard()), Paths.quote(refs.rubricId()),
                    Paths.quote(refs.edition()));
            return Optional.empty();
        }
        Map<String, Optional<String>> requirements = new HashMap<>();
        Optional<JsonNode> list = array(found, "requirements", foundPath + ".requirements");
        if (list.isPresent()) {
            for (int i = 0; i < list.get().size(); i++) {
                JsonNode r = list.get().get(i);
                String path = foundPath + ".requirements[" + i + "]";
                if (!r.isObject()) {
                    typeProblem(path, "expected.object", r);
                    continue;
                }
                Optional<String> ref = string(r, "bom-ref", path + ".bom-ref", false);
                Optional<String> identifier = string(r, "identifier", path + ".identifier", false);
                if (ref.isPresent() && requirements.put(ref.get(), identifier) != null) {
                    problem(path + ".bom-ref", "ref.duplicate", Paths.quote(ref.get()), foundPath + ".requirements");
                }
            }
        }
        return Optional.of(requirements);
    }

    // ---------------------------------------------------------------- the declarations

    /** One attested framework: its answer, note and evidence as the declarations say. */
    private record Attested(String framework, Answer answer, Optional<String> note, List<String> evidence, String path) {
    }

    /** Reads {@code declarations}: the target, the assessor, and the attestation's map with its claims and evidence. */
    private final class Declarations {
        final Optional<Map<String, Optional<String>>> requirements;
        Optional<String> organization = Optional.empty();
        Optional<String> assessor = Optional.empty();
        final List<Attested> attested = new ArrayList<>();

        private Optional<String> organizationRef = Optional.empty();
        private final Map<String, JsonNode> assessors = new HashMap<>();
        private final Map<String, JsonNode> claims = new HashMap<>();
        private final Map<String, JsonNode> evidence = new HashMap<>();

        Declarations(Optional<Map<String, Optional<String>>> requirements) {
            this.requirements = requirements;
        }

        void read(JsonNode declarations) {
            byRef(declarations, "assessors", assessors);
            byRef(declarations, "claims", claims);
            byRef(declarations, "evidence", evidence);
            Optional<JsonNode> targets = object(declarations, "targets", "declarations.targets");
            Optional<JsonNode> organizations = targets.flatMap(t -> array(t, "organizations", "declarations.targets.organizations"));
            if (organizations.isPresent() && organizations.get().size() > 1) {
                problem("declarations.targets.organizations", "target.count", String.valueOf(organizations.get().size()));
            } else if (organizations.isPresent() && organizations.get().size() == 1) {
                String path = "declarations.targets.organizations[0]";
                JsonNode o = organizations.get().get(0);
                if (!o.isObject()) {
                    typeProblem(path, "expected.object", o);
                } else {
                    organizationRef = string(o, "bom-ref", path + ".bom-ref", false);
                    organization = string(o, "name", path + ".name", true).map(n -> text(n, path + ".name"));
                }
            }

            Optional<JsonNode> attestations = array(declarations, "attestations", "declarations.attestations");
            int count = attestations.map(JsonNode::size).orElse(0);
            if (count != 1) {
                problem("declarations.attestations", "attestation.count", String.valueOf(count));
                return;
            }
            String path = "declarations.attestations[0]";
            JsonNode attestation = attestations.get().get(0);
            if (!attestation.isObject()) {
                typeProblem(path, "expected.object", attestation);
                return;
            }
            Optional<String> assessorRef = string(attestation, "assessor", path + ".assessor", false);
            if (assessorRef.isPresent()) {
                JsonNode a = resolve(assessors, assessorRef.get(), path + ".assessor", "declarations.assessors");
                if (a != null) {
                    String at = "declarations.assessors[" + assessorRef.get() + "]";
                    assessor = object(a, "organization", at + ".organization")
                            .flatMap(o -> string(o, "name", at + ".organization.name", true))
                            .map(n -> text(n, at + ".organization.name"));
                    if (a.path("organization").isMissingNode()) {
                        problem(at, "required", "organization");
                    }
                }
            }
            Optional<JsonNode> map = array(attestation, "map", path + ".map");
            if (map.isPresent()) {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < map.get().size(); i++) {
                    mapEntry(map.get().get(i), path + ".map[" + i + "]", seen);
                }
            }
        }

        /** Indexes the objects of an array under declarations by their bom-ref. */
        private void byRef(JsonNode declarations, String field, Map<String, JsonNode> index) {
            String where = "declarations." + field;
            Optional<JsonNode> list = array(declarations, field, where);
            if (list.isEmpty()) {
                return;
            }
            for (int i = 0; i < list.get().size(); i++) {
                JsonNode n = list.get().get(i);
                String path = where + "[" + i + "]";
                if (!n.isObject()) {
                    typeProblem(path, "expected.object", n);
                    continue;
                }
                Optional<String> ref = string(n, "bom-ref", path + ".bom-ref", false);
                if (ref.isPresent() && index.put(ref.get(), n) != null) {
                    problem(path + ".bom-ref", "ref.duplicate", Paths.quote(ref.get()), where);
                }
            }
        }

        private JsonNode resolve(Map<String, JsonNode> index, String ref, String path, String where) {
            JsonNode n = index.get(ref);
            if (n == null) {
                problem(path, "ref.dangling", Paths.quote(ref), where);
            }
            return n;
        }

        private void mapEntry(JsonNode entry, String path, Set<String> seen) {
            if (!entry.isObject()) {
                typeProblem(path, "expected.object", entry);
                return;
            }
            Optional<String> framework = string(entry, "requirement", path + ".requirement", true).flatMap(ref -> framework(ref, path));
            if (framework.isPresent() && !seen.add(framework.get())) {
                problem(path + ".requirement", "map.duplicate", framework.get());
            }

            Optional<String> note = Optional.empty();
            List<String> evidenceTexts = new ArrayList<>();
            Optional<JsonNode> claimRefs = array(entry, "claims", path + ".claims");
            if (claimRefs.isEmpty()) {
                if (entry.path("claims").isMissingNode()) {
                    problem(path + ".claims", "map.claims", "0");
                }
            } else if (claimRefs.get().size() != 1) {
                problem(path + ".claims", "map.claims", String.valueOf(claimRefs.get().size()));
            } else if (!claimRefs.get().get(0).isTextual()) {
                typeProblem(path + ".claims[0]", "expected.string", claimRefs.get().get(0));
            } else {
                String ref = claimRefs.get().get(0).textValue();
                JsonNode claim = resolve(claims, ref, path + ".claims[0]", "declarations.claims");
                if (claim != null) {
                    String at = "declarations.claims[" + ref + "]";
                    Optional<String> target = string(claim, "target", at + ".target", false);
                    if (target.isPresent() && !target.equals(organizationRef)) {
                        problem(at + ".target", "ref.dangling", Paths.quote(target.get()), "declarations.targets.organizations");
                    }
                    note = string(claim, "reasoning", at + ".reasoning", false).map(r -> text(r, at + ".reasoning"));
                    Optional<JsonNode> refs = array(claim, "evidence", at + ".evidence");
                    if (refs.isPresent()) {
                        for (int i = 0; i < refs.get().size(); i++) {
                            JsonNode r = refs.get().get(i);
                            if (!r.isTextual()) {
                                typeProblem(at + ".evidence[" + i + "]", "expected.string", r);
                                continue;
                            }
                            JsonNode e = resolve(evidence, r.textValue(), at + ".evidence[" + i + "]", "declarations.evidence");
                            if (e != null) {
                                String ep = "declarations.evidence[" + r.textValue() + "].description";
                                string(e, "description", ep, true).ifPresent(t -> evidenceTexts.add(text(t, ep)));
                            }
                        }
                    }
                }
            }

            Answer answer = Answer.excluded();
            Optional<JsonNode> conformance = object(entry, "conformance", path + ".conformance");
            if (conformance.isPresent()) {
                JsonNode score = conformance.get().path("score");
                Optional<String> rationale = string(conformance.get(), "rationale", path + ".conformance.rationale", false);
                if (!score.isMissingNode()) {
                    answer = score(score, path + ".conformance.score").map(Answer::scored).orElse(answer);
                } else if (rationale.isPresent()) {
                    answer = Answer.excluded(text(rationale.get(), path + ".conformance.rationale"));
                }
            }
            if (framework.isPresent()) {
                attested.add(new Attested(framework.get(), answer, note, evidenceTexts, path));
            }
        }

        /** The framework id a requirement's identifier names, if the requirement is a framework of the standard. */
        private Optional<String> framework(String ref, String path) {
            if (requirements.isEmpty()) {
                return Optional.empty(); // the standard is missing, which is reported already
            }
            Optional<String> identifier = requirements.get().get(ref);
            if (identifier == null) {
                problem(path + ".requirement", "ref.dangling", Paths.quote(ref), "definitions.standards[].requirements");
                return Optional.empty();
            }
            if (identifier.isEmpty() || !FrameworkId.isWellFormed(identifier.get())) {
                problem(path + ".requirement", "map.requirement", Paths.quote(ref),
                        identifier.map(i -> "\"" + Paths.quote(i) + "\"").orElseGet(() -> messages.format("none")));
                return Optional.empty();
            }
            return identifier;
        }
    }

    /** A conformance score that is a level divided by 5, as that level. */
    private Optional<Integer> score(JsonNode score, String path) {
        if (!score.isNumber()) {
            typeProblem(path, "expected.number", score);
            return Optional.empty();
        }
        BigDecimal level = score.decimalValue().multiply(FIVE).stripTrailingZeros();
        if (level.scale() > 0 || level.signum() < 0 || level.compareTo(FIVE) > 0) {
            problem(path, "score.range", score.decimalValue().toString());
            return Optional.empty();
        }
        return Optional.of(level.intValueExact());
    }

    // ---------------------------------------------------------------- the answers

    /** Puts the attested frameworks and the unanswered ones in the order the BOM's properties give. */
    private List<FrameworkAnswer> answers(List<Attested> attested) {
        Map<String, Attested> byFramework = new LinkedHashMap<>();
        attested.forEach(a -> byFramework.putIfAbsent(a.framework(), a));
        List<String> order = new ArrayList<>();
        String orderText = singles.get(Names.ANSWERS);
        if (orderText == null) {
            order.addAll(byFramework.keySet());
        } else {
            Set<String> seen = new HashSet<>();
            for (String id : orderText.split(" ", -1)) {
                if (!FrameworkId.isWellFormed(id)) {
                    problem("properties[" + Names.ANSWERS + "]", "answers.framework", Paths.quote(id));
                } else if (!seen.add(id)) {
                    problem("properties[" + Names.ANSWERS + "]", "answers.duplicate", id);
                } else {
                    order.add(id);
                }
            }
            for (Attested a : byFramework.values()) {
                if (!seen.contains(a.framework())) {
                    problem(a.path() + ".requirement", "answers.missing", a.framework());
                }
            }
        }
        for (Map.Entry<String, AnswerProperties> e : answerProperties.entrySet()) {
            AnswerProperties p = e.getValue();
            if (!order.contains(e.getKey())) {
                coded(p.path, "property.misplaced", "property.no-answer", Paths.quote(Names.ANSWER + e.getKey()),
                        e.getKey(), order.isEmpty() ? messages.format("none") : String.join(" ", order));
            } else if (byFramework.containsKey(e.getKey()) && (p.note.isPresent() || !p.evidence.isEmpty())) {
                coded(p.path, "property.misplaced", "property.attested", Paths.quote(Names.ANSWER + e.getKey()), e.getKey());
            }
        }
        List<FrameworkAnswer> answers = new ArrayList<>();
        for (String id : order) {
            Attested a = byFramework.get(id);
            AnswerProperties p = answerProperties.getOrDefault(id, new AnswerProperties(""));
            answers.add(a != null
                    ? new FrameworkAnswer(id, a.answer(), a.note(), a.evidence(), p.extensions)
                    : new FrameworkAnswer(id, Answer.unanswered(), p.note, p.evidence, p.extensions));
        }
        return answers;
    }

    // ---------------------------------------------------------------- JSON access and problems

    private Optional<String> string(JsonNode parent, String field, String path, boolean required) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode()) {
            if (required) {
                problem(path, "required", field);
            }
            return Optional.empty();
        }
        if (!n.isTextual()) {
            typeProblem(path, "expected.string", n);
            return Optional.empty();
        }
        return Optional.of(n.textValue());
    }

    private Optional<JsonNode> array(JsonNode parent, String field, String path) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode()) {
            return Optional.empty();
        }
        if (!n.isArray()) {
            typeProblem(path, "expected.array", n);
            return Optional.empty();
        }
        return Optional.of(n);
    }

    private Optional<JsonNode> object(JsonNode parent, String field, String path) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode()) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            typeProblem(path, "expected.object", n);
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /** Returns a text taken into the assessment, reporting it if it is not well-formed Unicode. */
    private String text(String value, String path) {
        if (!Texts.isUnicode(value)) {
            problem(path, "text.unpaired-surrogate");
        }
        return value;
    }

    private void typeProblem(String path, String expectedKey, JsonNode actual) {
        String got;
        if (actual.isTextual()) {
            got = messages.format("actual.string", Paths.quote(actual.textValue()));
        } else if (actual.isNumber()) {
            got = messages.format("actual.number", Paths.quote(actual.asText()));
        } else if (actual.isBoolean()) {
            got = messages.format("actual.boolean", actual.asText());
        } else if (actual.isArray()) {
            got = messages.format("actual.array");
        } else if (actual.isObject()) {
            got = messages.format("actual.object");
        } else {
            got = messages.format("actual.null");
        }
        problem(path, "type", messages.format(expectedKey), got);
    }

    /** Adds a problem whose code is {@code cyclonedx.} and the message key. */
    private void problem(String path, String key, String... arguments) {
        problems.add(new Problem(path, "cyclonedx." + key, messages.format(key, arguments)));
    }

    /** Adds a problem whose code ({@code cyclonedx.} and {@code code}) differs from its message key. */
    private void coded(String path, String code, String key, String... arguments) {
        problems.add(new Problem(path, "cyclonedx." + code, messages.format(key, arguments)));
    }

    private String location(JsonLocation at) {
        return at == null ? "?" : messages.format("location", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
    }

    /**
     * Turns a parser failure into one problem of the whole document, with the line and column:
     * a limit exceeded, a duplicate key, trailing content, or malformed JSON. Jackson's own message
     * is never shown; it is only inspected to tell these cases apart.
     */
    private void parseFailure(JsonProcessingException e) {
        String where = location(e.getLocation());
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            problem("", "json.limit", where, String.valueOf(MAX_DOCUMENT_BYTES), String.valueOf(MAX_DEPTH),
                    String.valueOf(MAX_STRING_LENGTH), String.valueOf(MAX_NAME_LENGTH), String.valueOf(MAX_NUMBER_LENGTH));
        } else if (original.startsWith("Duplicate field") || original.startsWith("Duplicate Object property")) {
            problem("", "json.duplicate-key", where);
        } else if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            problem("", "json.trailing-content", where);
        } else {
            problem("", "json.syntax", where);
        }
    }
}
