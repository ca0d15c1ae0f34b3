/**
 * The Japanese text of the maturity sheet 「PSIRT Services Framework Ver 1.0 Draft
 * に基づくプロダクト脆弱性対策・対応成熟度シート」 (Software ISAC, 2019), as a rubric provider.
 */
module org.psirtmaturity.rubric.ja {
    requires org.psirtmaturity.rubric;

    provides org.psirtmaturity.rubric.spi.RubricProvider with org.psirtmaturity.rubric.ja.JapaneseRubricProvider;
}
