package org.psirtmaturity.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.FrameworkNumbering;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.AveragingMethod;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.BandedAverage;
import org.psirtmaturity.scoring.Completeness;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.FrameworkStatus;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.scoring.Provenance;
import org.psirtmaturity.scoring.RequirementOutcome;
import org.psirtmaturity.scoring.RequirementStatus;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetBand;
import org.psirtmaturity.scoring.TargetProfile;

/**
 * Reports made at random from a seed, through the records' constructors, so that they hold what
 * scoring never gives: any Unicode in every text (controls, quotes, non-ASCII, astral characters,
 * and, if asked for, unpaired surrogates), long texts, numbers
 * of every length and sign, decimals in scientific notation, empty and full lists, absent and
 * present optional values. Each call to {@link #report()} gives a new report.
 */
final class ReportSamples {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.forLanguageTag("pt-BR"),
            Locale.forLanguageTag("zh-Hant-TW"), Locale.forLanguageTag("en-US-x-lvariant-POSIX"), Locale.ROOT);
    private static final List<String> DECIMALS = List.of("0", "0.0", "2.50", "3", "3.0", "5", "1.2345", "0E+1", "5E-1", "0.000001",
            "1E-7", "4.99999999999999999999",
            "1E-3000", "0E-5000", "4." + "9".repeat(9000));
    /** Characters that JSON escapes or that look as if it might: quote, backslash, slash, the short escapes, DEL. */
    private static final String SPECIAL = "\"\\/\n\t\r\b\f\u007f";
    private static final MaturityProfile PROFILE = MaturityProfile.firstLevel1();
    private static final Citation CITATION = Citation.parse("3.1.1-3.1.1.1", FrameworkNumbering.V1_0_DRAFT);

    private final Random random;
    /** The longest text made, in characters; now and then a text is this long. */
    private final int longest;
    /** Whether texts may hold unpaired surrogates. */
    private final boolean unpaired;

    ReportSamples(long seed, int longest, boolean unpaired) {
        this.random = new Random(seed);
        this.longest = longest;
        this.unpaired = unpaired;
    }

    /** A text: any Unicode, and unpaired surrogates if this sampler was made to give them. */
    String text() {
        return text(unpaired);
    }

    /** A text of the rubric (a title, a level's description): as {@link #text()}. */
    String rubricText() {
        return text(unpaired);
    }

    private String text(boolean withUnpaired) {
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> longest == 0 ? 1 : random.nextInt(longest + 1);
            default -> random.nextInt(24);
        };
        // Most texts mix a few kinds of characters, as real texts do; some mix them all.
        int kinds = random.nextInt(4) == 0 ? 8 : 1 + random.nextInt(3);
        int[] mix = new int[kinds];
        for (int i = 0; i < kinds; i++) {
            mix[i] = random.nextInt(8);
        }
        StringBuilder text = new StringBuilder(length + 2);
        while (text.length() < length) {
            int kind = mix[random.nextInt(kinds)];
            switch (kind) {
                case 0 -> text.append((char) (0x20 + random.nextInt(0x5F)));
                case 1 -> text.append((char) random.nextInt(0x20));
                case 2 -> text.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                case 3 -> text.append((char) (0x80 + random.nextInt(0x780)));
                case 4 -> text.append((char) (0x3040 + random.nextInt(0x6FC0)));
                case 5 -> text.append((char) (0xE000 + random.nextInt(0x2000)));
                case 6 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                default -> {
                    if (withUnpaired) {
                        text.append((char) (0xD800 + random.nextInt(0x800)));
                    } else {
                        text.append((char) (0x800 + random.nextInt(0xD000)));
                    }
                }
            }
        }
        return text.toString();
    }

    private boolean chance() {
        return random.nextBoolean();
    }

    private int level() {
        return random.nextInt(RubricLevel.MAX + 1);
    }

    private long anyLong() {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(10);
            case 1 -> random.nextInt(1000);
            case 2 -> random.nextLong();
            case 3 -> Long.MAX_VALUE - random.nextInt(3);
            case 4 -> -random.nextInt(1000);
            default -> (long) Math.pow(10, random.nextInt(19)) - random.nextInt(2);
        };
    }

    private FrameworkId frameworkId() {
        return new FrameworkId(1 + random.nextInt(99), 1 + random.nextInt(99));
    }

    private BigDecimal decimal() {
        return new BigDecimal(DECIMALS.get(random.nextInt(DECIMALS.size())));
    }

    private TargetBand targetBand() {
        BigDecimal a = decimal();
        BigDecimal b = decimal();
        return a.compareTo(b) <= 0 ? new TargetBand(a, b) : new TargetBand(b, a);
    }

    private Fraction fraction() {
        long denominator = Math.max(1, Math.abs(anyLong()));
        return Fraction.of(anyLong(), random.nextInt(3) == 0 ? 1 + random.nextInt(8) : denominator);
    }

    private BandedAverage average() {
        if (random.nextInt(4) == 0) {
            return new BandedAverage(Optional.empty(), random.nextInt(3), BandStatus.NO_DATA);
        }
        BandStatus band = List.of(BandStatus.BELOW, BandStatus.WITHIN, BandStatus.ABOVE).get(random.nextInt(3));
        return new BandedAverage(Optional.of(fraction()), 1 + random.nextInt(40), band);
    }

    private <T> List<T> list(int most, java.util.function.Supplier<T> element) {
        int n = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(most);
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(element.get());
        }
        return list;
    }

    private <T> Optional<T> maybe(java.util.function.Supplier<T> value) {
        return chance() ? Optional.of(value.get()) : Optional.empty();
    }

    private ScoringOptions options() {
        Map<FrameworkId, Integer> targets = new TreeMap<>();
        for (int i = random.nextInt(3) == 0 ? 0 : random.nextInt(5); i > 0; i--) {
            targets.put(frameworkId(), level());
        }
        return new ScoringOptions(AveragingMethod.values()[random.nextInt(AveragingMethod.values().length)], maybe(this::targetBand),
                new TargetProfile(targets), level(), level(), chance(), chance(), LOCALES.get(random.nextInt(LOCALES.size())));
    }

    private Provenance provenance() {
        return new Provenance(text(), text(), LOCALES.get(random.nextInt(LOCALES.size())), text(),
                FrameworkNumbering.values()[random.nextInt(FrameworkNumbering.values().length)], text(), options());
    }

    private FrameworkResult frameworkResult() {
        FrameworkStatus status = FrameworkStatus.values()[random.nextInt(FrameworkStatus.values().length)];
        Optional<Integer> level = status == FrameworkStatus.SCORED ? Optional.of(level()) : Optional.empty();
        Optional<String> reason = status == FrameworkStatus.EXCLUDED ? maybe(this::text) : Optional.empty();
        return new FrameworkResult(frameworkId(), status, level, reason, level());
    }

    /** A gap: defined steps above {@code current}, some levels skipped as undefined ones are, the last at the target. */
    private Gap gap() {
        FrameworkId id = frameworkId();
        int current = random.nextInt(RubricLevel.MAX);
        int target = current + 1 + random.nextInt(RubricLevel.MAX - current);
        List<RubricLevel> steps = new ArrayList<>();
        for (int l = current + 1; l <= target; l++) {
            if (l == target || chance()) {
                List<Citation> citations = list(3, () -> new Citation(text(), CITATION.first(), CITATION.last()));
                steps.add(new RubricLevel(id, l, Optional.of(rubricText()), citations));
            }
        }
        return new Gap(id, current, target, level(), chance(), steps);
    }

    private RequirementOutcome outcome(Requirement r) {
        RequirementStatus status = RequirementStatus.values()[random.nextInt(RequirementStatus.values().length)];
        Optional<Integer> level = r.service().isPresent() ? maybe(this::level) : Optional.empty();
        return new RequirementOutcome(r, status, level);
    }

    private LocalDate date() {
        return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(4_000_000) - 800_000);
    }

    /** A new report. */
    ScoreReport report() {
        Optional<AssessmentContext> context = maybe(() -> new AssessmentContext(maybe(this::text), maybe(this::text), maybe(this::date)));
        int[] counts = {random.nextInt(30), random.nextInt(5), random.nextInt(30), random.nextInt(3)};
        Completeness completeness = new Completeness(counts[0] + counts[1] + counts[2] + counts[3], counts[0], counts[1], counts[2],
                counts[3]);
        List<AreaResult> areas = list(10, () -> new AreaResult(random.nextInt(5) == 0 ? (int) anyLong() : 1 + random.nextInt(10),
                rubricText(), average()));
        List<RequirementOutcome> outcomes = new ArrayList<>();
        for (Requirement r : PROFILE.requirements()) {
            if (chance()) {
                outcomes.add(outcome(r));
            }
        }
        if (random.nextInt(5) == 0) {
            outcomes.clear();
        }
        return new ScoreReport(provenance(), context, average(), targetBand(), completeness, areas, list(30, this::frameworkResult),
                list(6, this::gap), new Level1Assessment(level(), outcomes),
                list(5, () -> new Problem(text(), "c" + text(), list(3, this::text), text())));
    }
}
