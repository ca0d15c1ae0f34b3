package org.psirtmaturity.model.structure;

import java.util.ArrayList;
import java.util.List;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.SourceDocument;
import org.psirtmaturity.model.UsageGuidance;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.FirstService;
import org.psirtmaturity.model.first.FirstServiceArea;
import org.psirtmaturity.model.first.FrameworkNumbering;

/**
 * The structure of the maturity sheet 「PSIRT Services Framework Ver 1.0 Draft
 * に基づくプロダクト脆弱性対策・対応成熟度シート」 (Software ISAC, version 1.0, 2019): 6 service areas,
 * 28 frameworks, which of their levels the sheet defines, and the FIRST ids (2017 draft numbering)
 * each level cites, in order.
 *
 * <p>This is the single definition of that structure; the language modules supply only texts keyed
 * by it. The citation lists were generated from the Japanese texts by
 * {@code tools/sheet-extraction/gen_structure.py}; tests check that every language's texts cite the
 * same ids in the same order.
 */
public final class SoftwareIsacSheet {

    /** The rubric id shared by every language of the sheet. */
    public static final String ID = "sisac-psirt-maturity-sheet";
    /** The edition of the sheet. */
    public static final String EDITION = "1.0";

    /** The source document. */
    public static final SourceDocument SOURCE = new SourceDocument(
            "PSIRT Services Framework Ver 1.0 Draft に基づくプロダクト脆弱性対策・対応成熟度シート",
            "Software ISAC", "1.0", 2019, "ja");

    private static final boolean IN_SCOPE = false;
    private static final boolean OUT_OF_SCOPE = true;

    private static final RubricStructure STRUCTURE = new RubricStructure(ID, EDITION, SOURCE, UsageGuidance.MATURITY_SHEET,
            FrameworkNumbering.V1_0_DRAFT, List.of(
        area(1, FirstServiceArea.STAKEHOLDER_ECOSYSTEM_MANAGEMENT,
                framework("1.1", IN_SCOPE, 0,
                        defined(),
                        defined(),
                        defined(),
                        defined("1.1.1", "1.1.3.1"),
                        defined("1.1.1.3", "1.1.1.4", "1.1.1.5", "1.1.1.6"),
                        defined("1.1.3.2", "1.1.3.4", "1.1.3.5")),
                framework("1.2", IN_SCOPE, 0,
                        defined(),
                        defined("1.2.1.1", "1.2.1.2", "1.2.1.3"),
                        defined(),
                        defined("1.2.1.1", "1.2.1.2", "1.2.1.3"),
                        defined("1.2.1.1", "1.2.1.2", "1.2.1.3"),
                        defined()),
                framework("1.3", IN_SCOPE, 0,
                        defined(),
                        defined(),
                        defined("1.3.1.2"),
                        defined("1.3.2.2", "1.3.2.1", "1.3.5.1"),
                        defined("1.3.2.3"),
                        defined()),
                framework("1.4", IN_SCOPE, 0,
                        defined(),
                        defined(),
                        defined(),
                        defined("1.4.1.2", "1.4.1.1"),
                        defined("1.4.1.2", "1.4.1.1"),
                        defined()),
                framework("1.5", IN_SCOPE, 0,
                        defined(),
                        defined(),
                        defined(),
                        defined("1.5.2.2", "1.5.3.2"),
                        defined("1.5.1.3", "1.5.4.2"),
                        defined()),
                framework("1.6", IN_SCOPE, 0,
                        defined(),
                        defined(),
                        defined("1.6.1.2"),
                        defined("1.6.2.1", "1.6.2.2", "1.6.2.3"),
                        defined("1.6.2.1"),
                        defined("1.6.2.1")),
                framework("1.7", IN_SCOPE, 0,
                        defined(),
                        defined(),
                        defined(),
                        defined("1.7.2.2", "1.7.1.1", "1.7.1.2"),
                        defined("1.7.3.1", "1.7.3.2"),
                        defined("1.7.4.2"))),
        area(2, FirstServiceArea.VULNERABILITY_DISCOVERY,
                framework("2.1", IN_SCOPE, 0,
                        defined(),
                        defined(),
                        defined("2.1.1.1"),
                        defined("2.1.1.1", "2.1.1.2", "2.1.1.3"),
                        defined("2.1.2.2"),
                        defined("2.1.2.1")),
                framework("2.2", IN_SCOPE, 0,
                        defined(),
                        defined("2.2.1"),
                        defined("2.2.2", "2.2.1"),
                        defined("2.2.1", "2.2.2", "2.2.3", "2.2.4"),
                        defined("2.2.1", "2.2.2", "2.2.3", "2.2.4"),
                        defined()),
                framework("2.3", IN_SCOPE, 1,
                        defined(),
                        defined("2.3.1"),
                        defined("2.3.2", "2.3.5"),
                        defined("2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.3.5"),
                        defined("2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.3.5"),
                        defined()),
                framework("2.4", IN_SCOPE, 3,
                        defined(),
                        defined(),
                        defined("2.4.1"),
                        defined("2.4.1", "2.4.2"),
                        defined("2.4.1", "2.4.2"),
                        defined("2.4.2.1")),
                framework("2.5", IN_SCOPE, 1,
                        defined(),
                        defined(),
                        defined(),
                        defined("2.5.1.1", "2.5.1.2", "2.5.1.3", "2.5.1.4", "2.5.2.1", "2.5.2.2", "2.5.2.3", "2.5.2.4"),
                        defined("2.5.1.1", "2.5.1.2", "2.5.1.3", "2.5.1.4"),
                        defined("2.5.2.1", "2.5.2.2", "2.5.2.3", "2.5.2.4"))),
        area(3, FirstServiceArea.VULNERABILITY_TRIAGE_AND_ANALYSIS,
                framework("3.1", IN_SCOPE, 0,
                        defined("3.1", "3.1.1-3.1.2"),
                        defined("3.1", "3.1.2-3.1.2.1"),
                        defined("3.1", "3.1.1.1-3.1.1.2", "3.1.2.1"),
                        defined("3.1.1-3.1.1.1", "3.1.2", "3.1.2.1"),
                        defined("3.1.1-3.1.1.1", "3.1.2.1"),
                        defined()),
                framework("3.2", IN_SCOPE, 0,
                        defined("3.2.2", "3.2.3", "3.2.4"),
                        defined("3.2.1", "3.2.3", "3.2.4"),
                        defined("3.2.1", "3.2.2", "3.2.4"),
                        defined("3.2.1", "3.2.2", "3.2.3", "3.2.4"),
                        defined("3.2.1", "3.2.2", "3.2.3"),
                        defined("3.2.2", "3.2.3", "3.2.4")),
                framework("3.3", IN_SCOPE, 0,
                        defined("3.3", "3.3.1"),
                        defined("3.3.2", "3.3.4", "3.3.3"),
                        defined("3.3.2-4", "3.3.1", "3.3.5"),
                        defined("3.3.1-5"),
                        defined(),
                        defined())),
        area(4, FirstServiceArea.REMEDIATION,
                framework("4.1", IN_SCOPE, 1,
                        defined(),
                        defined("4.1.1.1", "4.1.1.3"),
                        defined("4.1.2.1", "4.1.2.3"),
                        defined("4.1.3.1", "4.1.3.2"),
                        defined(),
                        defined("4.1.1")),
                framework("4.2", IN_SCOPE, 0,
                        defined(),
                        defined("4.2.1.4", "4.2.1.1", "4.2.1.5"),
                        defined("4.2.1.2", "4.2.1.3", "4.2.1.6", "4.2.2.1"),
                        defined("4.2.1.8", "4.2.1.7", "4.2.2.2", "4.2.2.3", "4.2.3.1"),
                        defined("4.2.4.2", "4.2.4.3", "4.2.4.4", "4.2.4.5"),
                        defined()),
                framework("4.3", IN_SCOPE, 0,
                        defined(),
                        defined("4.3.1.2", "4.3.3.1", "4.3.1.1"),
                        defined("4.3.2.1", "4.3.2.2"),
                        defined("4.3.2.2", "4.3.2.3", "4.3.3.2"),
                        defined("4.3.2.4", "4.3.2.5"),
                        defined("4.3.3.4")),
                framework("4.4", IN_SCOPE, 0,
                        undefined(),
                        undefined(),
                        undefined(),
                        undefined(),
                        defined("4.4.1.1", "4.4.1.2", "4.4.1.3", "4.4.2.5", "4.4.2.3", "4.4.2.1", "4.4.2.2", "4.4.2.4"),
                        defined())),
        area(5, FirstServiceArea.VULNERABILITY_DISCLOSURE,
                framework("5.1", IN_SCOPE, 0,
                        defined(),
                        defined("5.1.1.1"),
                        defined("5.1.1.4", "5.1.1.3"),
                        defined("5.1.2.1", "5.1.3"),
                        defined("5.1.2.2"),
                        defined("5.1.2.2")),
                framework("5.2", IN_SCOPE, 0,
                        defined(),
                        defined("5.2.1.1", "5.2.1.2"),
                        defined("5.2.1.3", "5.2.1.4"),
                        defined("5.2.2.1", "5.2.2.2", "5.2.2.3", "5.2.2.4", "5.2.2.6"),
                        defined(),
                        undefined()),
                framework("5.3", IN_SCOPE, 0,
                        defined(),
                        defined("5.3.1.1", "5.3.1.2", "5.3.1.3"),
                        defined("5.3.2.1", "5.3.2.2"),
                        defined("5.3.2.4", "5.3.2.5", "5.3.2.6", "5.3.2.7"),
                        defined("5.3.3.1", "5.3.3.2", "5.3.3.3", "5.3.4"),
                        undefined()),
                framework("5.4", IN_SCOPE, 0,
                        undefined(),
                        undefined(),
                        undefined(),
                        undefined(),
                        defined("5.4.1.1", "5.4.1.2", "5.4.1.3"),
                        defined())),
        area(6, FirstServiceArea.TRAINING_AND_EDUCATION,
                framework("6.1", IN_SCOPE, 0,
                        defined(),
                        defined(),
                        defined("6.1.1"),
                        defined("6.1.2", "6.1.3"),
                        defined("6.1.4.1", "6.1.4.2"),
                        defined()),
                framework("6.2", IN_SCOPE, 0,
                        defined(),
                        defined("6.2.1"),
                        defined(),
                        defined(),
                        defined(),
                        undefined()),
                framework("6.3", OUT_OF_SCOPE, 0,
                        undefined(),
                        undefined(),
                        undefined(),
                        undefined(),
                        undefined(),
                        undefined()),
                framework("6.4", IN_SCOPE, 0,
                        defined(),
                        defined("6.4.6", "6.4.7"),
                        defined("6.4.2", "6.4.5"),
                        defined("6.4.1", "6.4.3"),
                        defined(),
                        defined()),
                framework("6.5", IN_SCOPE, 0,
                        defined(),
                        defined(),
                        defined(),
                        defined(),
                        defined(),
                        defined()))));

    private SoftwareIsacSheet() {
    }

    /**
     * Returns the structure of edition 1.0 of the sheet.
     *
     * @return the shared, immutable structure
     */
    public static RubricStructure structure() {
        return STRUCTURE;
    }

    private static AreaStructure area(int number, FirstServiceArea firstArea, FrameworkStructure... frameworks) {
        return new AreaStructure(number, firstArea, List.of(frameworks));
    }

    private static FrameworkStructure framework(String id, boolean outOfScope, int notes, LevelSpec... levels) {
        List<LevelStructure> built = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            List<Citation> citations = new ArrayList<>();
            for (String c : levels[i].citations) {
                citations.add(Citation.parse(c, FrameworkNumbering.V1_0_DRAFT));
            }
            built.add(new LevelStructure(i, levels[i].defined, citations));
        }
        return new FrameworkStructure(FrameworkId.parse(id), FirstService.byId(id).orElseThrow(), outOfScope, notes, built);
    }

    private static LevelSpec defined(String... citations) {
        return new LevelSpec(true, citations);
    }

    private static LevelSpec undefined() {
        return new LevelSpec(false, new String[0]);
    }

    private record LevelSpec(boolean defined, String[] citations) {
    }
}
