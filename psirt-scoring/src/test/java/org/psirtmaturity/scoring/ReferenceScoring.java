package org.psirtmaturity.scoring;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.internal.Messages;
import org.psirtmaturity.scoring.internal.Paths;

/**
 * The validation and scoring as they were written before the hot path was optimised (maps of ids,
 * paths built for every answer, band edges compared as {@link BigDecimal}s), kept as a plainly
 * readable oracle: the library must give exactly the same results, problems and exceptions.
 */
final class ReferenceScoring {

    private ReferenceScoring() {
    }

    static ValidationResult validate(Assessment assessment, Rubric rubric, Locale messagesLocale, ValidationOptions options) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(options, "options");
        Messages m = Messages.of(AssessmentValidator.class, messagesLocale);
        List<ValidationProblem> out = new ArrayList<>();

        RubricRef ref = assessment.rubric();
        if (!ref.id().equals(rubric.id())) {
            out.add(error("rubric.id", "rubric.mismatch", m.format("rubric.mismatch.id", AssessmentValidator.quote(ref.id()), rubric.id())));
        }
        if (!ref.edition().equals(rubric.edition())) {
            out.add(error("rubric.edition", "rubric.mismatch",
                    m.format("rubric.mismatch.edition", AssessmentValidator.quote(ref.edition()), rubric.edition())));
        }

        Map<FrameworkId, Integer> firstIndex = new HashMap<>();
        Set<FrameworkId> covered = new HashSet<>();
        List<FrameworkAnswer> answers = assessment.answers();
        for (int i = 0; i < answers.size(); i++) {
            FrameworkAnswer fa = answers.get(i);
            String path = Paths.answer(fa.framework(), i);
            Optional<Framework> framework = Optional.empty();
            if (!FrameworkId.isWellFormed(fa.framework())) {
                out.add(error(path + ".framework", "answer.framework.malformed", malformed(m, fa.framework())));
            } else {
                FrameworkId id = FrameworkId.parse(fa.framework());
                framework = rubric.framework(id);
                if (framework.isEmpty()) {
                    out.add(error(path + ".framework", "answer.framework.unknown",
                            m.format("answer.framework.unknown", fa.framework(), rubric.id() + " " + rubric.edition(), knownFrameworks(rubric))));
                }
                Integer first = firstIndex.putIfAbsent(id, i);
                if (first != null) {
                    out.add(error(path, "answer.duplicate", m.format("answer.duplicate", fa.framework(), String.valueOf(first))));
                }
            }
            boolean inRange = true;
            if (fa.answer() instanceof Answer.Scored s && (s.level() < RubricLevel.MIN || s.level() > RubricLevel.MAX)) {
                inRange = false;
                out.add(error(path + ".level", "answer.level.range", m.format("answer.level.range", String.valueOf(s.level()))));
            }
            if (framework.isEmpty()) {
                continue;
            }
            Framework f = framework.get();
            if (f.outOfScope()) {
                if (!(fa.answer() instanceof Answer.Unanswered)) {
                    String key = fa.answer() instanceof Answer.Scored ? "answer.out-of-scope.scored" : "answer.out-of-scope.excluded";
                    out.add(error(path, "answer.out-of-scope", m.format(key, f.id().toString())));
                }
                continue;
            }
            if (fa.answer() instanceof Answer.Scored s && inRange && !f.level(s.level()).isDefined()) {
                out.add(new ValidationProblem(AssessmentValidator.undefinedLevel(m, f, s.level(), path),
                        options.strict() ? Severity.ERROR : Severity.WARNING));
            }
            if (!(fa.answer() instanceof Answer.Unanswered)) {
                covered.add(f.id());
            }
        }

        Set<String> foundationKeys = Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1());
        for (String key : assessment.foundations().keySet()) {
            if (!foundationKeys.contains(key)) {
                out.add(error(Paths.foundation(AssessmentValidator.quote(key)), "foundation.unknown",
                        m.format("foundation.unknown", AssessmentValidator.quote(key), String.join(", ", foundationKeys))));
            }
        }

        if (options.requireComplete()) {
            for (Framework f : rubric.frameworks()) {
                if (!f.outOfScope() && !covered.contains(f.id())) {
                    out.add(error(Paths.answer(f.id()), "answer.missing", m.format("answer.missing", f.id().toString())));
                }
            }
        }
        return new ValidationResult(out);
    }

    static ScoreReport score(Assessment assessment, Rubric rubric, ScoringOptions options) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(options, "options");
        ValidationResult check = validate(assessment, rubric, options.messagesLocale(), options.validationOptions());
        if (!check.isValid()) {
            throw new InvalidAssessmentException(check.errors());
        }
        TargetProfile targets = options.targets();
        for (FrameworkId id : targets.targets().keySet()) {
            if (rubric.framework(id).isEmpty()) {
                throw new IllegalArgumentException("the target profile names framework " + id + ", which rubric "
                        + rubric.id() + " " + rubric.edition() + " does not have");
            }
        }

        List<FrameworkAnswer> given = assessment.answers();
        Map<FrameworkId, Answer> answers = new HashMap<>();
        for (FrameworkAnswer a : given) {
            answers.put(FrameworkId.parse(a.framework()), a.answer());
        }
        TargetBand band = options.targetBand().isPresent() ? options.targetBand().get() : TargetBand.of(rubric.guidance());
        int defaultTarget = options.defaultTargetLevel();
        Messages messages = Messages.of(AssessmentValidator.class, options.messagesLocale());

        List<Framework> all = rubric.frameworks();
        List<FrameworkResult> frameworks = new ArrayList<>();
        List<AreaResult> areas = new ArrayList<>();
        List<Problem> flags = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        long totalSum = 0;
        int totalCount = 0;
        Fraction sumOfAreaMeans = Fraction.ZERO;
        int areasWithData = 0;
        int excluded = 0;
        int unanswered = 0;
        int outOfScope = 0;
        for (ServiceArea area : rubric.areas()) {
            long sum = 0;
            int count = 0;
            for (Framework f : area.frameworks()) {
                Answer answer = answers.get(f.id());
                int target = targets.targetOr(f.id(), defaultTarget);
                if (f.outOfScope()) {
                    outOfScope++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.OUT_OF_SCOPE, Optional.empty(), Optional.empty(), target));
                } else if (answer instanceof Answer.Scored s) {
                    int level = s.level();
                    sum += level;
                    count++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.SCORED, Optional.of(level), Optional.empty(), target));
                    if (!f.level(level).isDefined()) {
                        flags.add(AssessmentValidator.undefinedLevel(messages, f, level, Paths.answer(f.id())));
                    }
                    if (level < target) {
                        gaps.add(new Gap(f.id(), level, target, level1Frameworks().contains(f.id()), f.levels().subList(level + 1, target + 1)));
                    }
                } else if (answer instanceof Answer.Excluded e) {
                    excluded++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.EXCLUDED, Optional.empty(), e.reason(), target));
                } else {
                    unanswered++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.UNANSWERED, Optional.empty(), Optional.empty(), target));
                }
            }
            Optional<Fraction> mean = count == 0 ? Optional.empty() : Optional.of(Fraction.of(sum, count));
            areas.add(new AreaResult(area.number(), area.title(), new BandedAverage(mean, count, status(band, mean))));
            totalSum += sum;
            totalCount += count;
            if (mean.isPresent()) {
                sumOfAreaMeans = sumOfAreaMeans.plus(mean.get());
                areasWithData++;
            }
        }

        Optional<Fraction> overall;
        if (totalCount == 0) {
            overall = Optional.empty();
        } else if (options.averaging() == AveragingMethod.FRAMEWORK_MEAN) {
            overall = Optional.of(Fraction.of(totalSum, totalCount));
        } else {
            overall = Optional.of(sumOfAreaMeans.dividedBy(areasWithData));
        }
        gaps.sort((a, b) -> {
            int c = Integer.compare(b.size(), a.size());
            if (c == 0) {
                c = Boolean.compare(b.requiredByFirstLevel1(), a.requiredByFirstLevel1());
            }
            return c != 0 ? c : a.framework().compareTo(b.framework());
        });
        return new ScoreReport(
                Provenance.of(rubric, options),
                assessment.context(),
                new BandedAverage(overall, totalCount, status(band, overall)),
                band,
                new Completeness(all.size(), totalCount, excluded, unanswered, outOfScope),
                areas,
                frameworks,
                gaps,
                evaluate(MaturityProfile.firstLevel1(), assessment, options.level1Threshold()),
                flags);
    }

    static Level1Assessment evaluate(MaturityProfile profile, Assessment assessment, int threshold) {
        Map<FrameworkId, Answer> byFramework = new HashMap<>();
        for (FrameworkAnswer a : assessment.answers()) {
            if (FrameworkId.isWellFormed(a.framework())) {
                byFramework.putIfAbsent(FrameworkId.parse(a.framework()), a.answer());
            }
        }
        List<RequirementOutcome> outcomes = new ArrayList<>();
        for (Requirement r : profile.requirements()) {
            if (r.service().isPresent()) {
                Answer answer = byFramework.getOrDefault(Level1Assessment.frameworkOf(r.service().get()), Answer.unanswered());
                if (answer instanceof Answer.Scored s) {
                    outcomes.add(new RequirementOutcome(r, s.level() >= threshold ? RequirementStatus.MET : RequirementStatus.MISSING,
                            Optional.of(s.level())));
                } else {
                    outcomes.add(new RequirementOutcome(r,
                            answer instanceof Answer.Excluded ? RequirementStatus.MISSING : RequirementStatus.UNKNOWN, Optional.empty()));
                }
            } else {
                Boolean yes = assessment.foundations().get(r.key());
                RequirementStatus status = yes == null ? RequirementStatus.UNKNOWN : yes ? RequirementStatus.MET : RequirementStatus.MISSING;
                outcomes.add(new RequirementOutcome(r, status, Optional.empty()));
            }
        }
        return new Level1Assessment(threshold, outcomes);
    }

    /** The band check with the edges as decimals: {@code numerator} against {@code edge × denominator}. */
    static BandStatus status(TargetBand band, Optional<Fraction> average) {
        if (average.isEmpty()) {
            return BandStatus.NO_DATA;
        }
        if (compare(average.get(), band.minimum()) < 0) {
            return BandStatus.BELOW;
        }
        return compare(average.get(), band.maximum()) > 0 ? BandStatus.ABOVE : BandStatus.WITHIN;
    }

    static int compare(Fraction f, BigDecimal value) {
        return new BigDecimal(f.numerator()).compareTo(value.multiply(new BigDecimal(f.denominator())));
    }

    private static Set<FrameworkId> level1Frameworks() {
        Set<FrameworkId> ids = new HashSet<>();
        for (Requirement r : MaturityProfile.firstLevel1().requirements()) {
            r.service().ifPresent(s -> ids.add(Level1Assessment.frameworkOf(s)));
        }
        return ids;
    }

    private static String malformed(Messages m, String framework) {
        String candidate = Normalizer.normalize(framework, Normalizer.Form.NFKC).strip();
        return FrameworkId.isWellFormed(candidate)
                ? m.format("answer.framework.malformed.suggestion", AssessmentValidator.quote(framework), candidate)
                : m.format("answer.framework.malformed", AssessmentValidator.quote(framework));
    }

    private static ValidationProblem error(String path, String code, String message) {
        return new ValidationProblem(new Problem(path, code, message), Severity.ERROR);
    }

    private static String knownFrameworks(Rubric rubric) {
        List<String> parts = new ArrayList<>();
        for (ServiceArea a : rubric.areas()) {
            List<Framework> fs = a.frameworks();
            if (fs.isEmpty()) {
                continue;
            }
            FrameworkId first = fs.get(0).id();
            FrameworkId last = fs.get(fs.size() - 1).id();
            parts.add(first.equals(last) ? first.toString() : first + "\u2013" + last);
        }
        return String.join(", ", parts);
    }
}
