/**
 * The maturity sheet in English: a faithful translation of the Japanese sheet 「PSIRT Services
 * Framework Ver 1.0 Draft に基づくプロダクト脆弱性対策・対応成熟度シート」 (Software ISAC, 2019), as a
 * rubric provider.
 */
module org.psirtmaturity.rubric.en {
    requires org.psirtmaturity.rubric;

    provides org.psirtmaturity.rubric.spi.RubricProvider with org.psirtmaturity.rubric.en.EnglishRubricProvider;
}
