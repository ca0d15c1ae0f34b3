package org.psirtmaturity.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.rubric.spi.RubricProvider;

class RubricsTest {

    private final Rubrics rubrics = Rubrics.of(List.of(PlaceholderRubric.provider(Locale.JAPANESE), PlaceholderRubric.provider(Locale.ENGLISH)));

    @Test
    void forLocale_matchesByLanguageTagThenLanguage() {
        assertThat(rubrics.forLocale(Locale.JAPANESE).locale()).isEqualTo(Locale.JAPANESE);
        assertThat(rubrics.forLocale(Locale.JAPAN).locale()).isEqualTo(Locale.JAPANESE);
        assertThat(rubrics.forLocale(Locale.US).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(rubrics.forLocale(Locale.UK).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(rubrics.forLocale(Locale.forLanguageTag("en")).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void forLocale_missingLocaleListsWhatIsInstalled() {
        assertThatThrownBy(() -> rubrics.forLocale(Locale.FRENCH))
                .isInstanceOf(RubricNotFoundException.class)
                .hasMessage("no rubric installed for locale fr; installed: sisac-psirt-maturity-sheet 1.0 (en), "
                        + "sisac-psirt-maturity-sheet 1.0 (ja)")
                .satisfies(e -> assertThat(((RubricNotFoundException) e).installed()).hasSize(2));
    }

    @Test
    void forLocale_fallbackIsExplicit() {
        assertThat(rubrics.forLocale(Locale.FRENCH, Locale.ENGLISH).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(rubrics.forLocale(Locale.JAPAN, Locale.ENGLISH).locale()).isEqualTo(Locale.JAPANESE);
        assertThatThrownBy(() -> rubrics.forLocale(Locale.FRENCH, Locale.GERMAN))
                .hasMessageStartingWith("no rubric installed for locale fr or fallback de");
    }

    @Test
    void forId_findsByIdEditionAndLocale() {
        assertThat(rubrics.forId("sisac-psirt-maturity-sheet", Locale.JAPAN).locale()).isEqualTo(Locale.JAPANESE);
        assertThat(rubrics.forId("sisac-psirt-maturity-sheet", "1.0", Locale.US).locale()).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> rubrics.forId("sisac-psirt-maturity-sheet", "2.0", Locale.US))
                .isInstanceOf(RubricNotFoundException.class).hasMessageContaining("rubric sisac-psirt-maturity-sheet 2.0 in locale en-US");
        assertThatThrownBy(() -> rubrics.forId("other", Locale.US)).isInstanceOf(RubricNotFoundException.class);
    }

    /** A provider of the placeholder texts under another id or edition, in a locale. */
    private static RubricProvider provider(String id, String edition, Locale locale) {
        RubricStructure structure = new RubricStructure(id, edition, PlaceholderRubric.SHEET.source(), PlaceholderRubric.SHEET.guidance(),
                PlaceholderRubric.SHEET.numbering(), PlaceholderRubric.SHEET.areas());
        return new RubricProvider() {
            @Override
            public RubricDescriptor descriptor() {
                return new RubricDescriptor(id, edition, locale);
            }

            @Override
            public Rubric load() {
                return Rubric.assemble(structure, locale, PlaceholderRubric.texts());
            }
        };
    }

    private static String chosen(Locale wanted, RubricProvider... providers) {
        Rubric r = Rubrics.of(List.of(providers)).forLocale(wanted);
        return r.id() + " " + r.edition() + " " + r.locale().toLanguageTag();
    }

    @Test
    void forLocale_prefersTheClosestLocaleThenTheSheetThenTheLowestIdThenTheHighestEdition() {
        Locale jaJp = Locale.JAPAN;
        assertThat(chosen(jaJp, provider("a", "1", Locale.JAPANESE), provider("b", "1", jaJp))).isEqualTo("b 1 ja-JP");
        assertThat(chosen(jaJp, provider("b", "1", jaJp), provider("a", "1", Locale.JAPANESE))).isEqualTo("b 1 ja-JP");
        assertThat(chosen(Locale.JAPANESE, provider("a", "1", Locale.JAPANESE), provider("sisac-psirt-maturity-sheet", "1.0",
                Locale.JAPANESE), provider("b", "1", Locale.JAPANESE))).isEqualTo("sisac-psirt-maturity-sheet 1.0 ja");
        assertThat(chosen(Locale.JAPANESE, provider("c", "1", Locale.JAPANESE), provider("a", "1", Locale.JAPANESE),
                provider("b", "1", Locale.JAPANESE))).isEqualTo("a 1 ja");
        assertThat(chosen(Locale.JAPANESE, provider("a", "1.9", Locale.JAPANESE), provider("a", "1.10", Locale.JAPANESE),
                provider("a", "1.2", Locale.JAPANESE))).isEqualTo("a 1.10 ja");
        assertThat(chosen(Locale.JAPANESE, provider("a", "2", Locale.JAPANESE), provider("a", "10", Locale.JAPANESE)))
                .isEqualTo("a 10 ja");
        assertThat(chosen(Locale.JAPANESE, provider("a", "1.0", Locale.JAPANESE), provider("a", "1.0.1", Locale.JAPANESE)))
                .isEqualTo("a 1.0.1 ja");
        assertThat(chosen(Locale.JAPANESE, provider("a", "1.b", Locale.JAPANESE), provider("a", "1.a", Locale.JAPANESE)))
                .isEqualTo("a 1.b ja");
        assertThat(chosen(Locale.JAPANESE, provider("a", "1.1234567890", Locale.JAPANESE), provider("a", "1.999999999", Locale.JAPANESE)))
                .isEqualTo("a 1.999999999 ja");
        assertThat(chosen(Locale.JAPANESE, provider("a", "01", Locale.JAPANESE), provider("a", "2", Locale.JAPANESE)))
                .isEqualTo("a 2 ja");
        // equally good matches: the first provider
        assertThat(chosen(jaJp, provider("a", "1", Locale.forLanguageTag("ja-KR")), provider("a", "1", Locale.JAPANESE)))
                .isEqualTo("a 1 ja-KR");
        assertThat(chosen(jaJp, provider("a", "1", Locale.JAPANESE), provider("a", "1", Locale.forLanguageTag("ja-KR"))))
                .isEqualTo("a 1 ja");
    }

    @Test
    void forId_prefersTheClosestLocaleOfThatEdition() {
        Rubrics r = Rubrics.of(List.of(provider("a", "1", Locale.JAPANESE), provider("a", "1", Locale.JAPAN), provider("a", "2", Locale.JAPAN)));
        assertThat(r.forId("a", "1", Locale.JAPAN).locale()).isEqualTo(Locale.JAPAN);
        assertThat(r.forId("a", "1", Locale.forLanguageTag("ja-KR")).locale()).isEqualTo(Locale.JAPANESE);
        assertThat(r.forId("a", Locale.JAPANESE).edition()).isEqualTo("1");
        assertThat(r.forId("a", Locale.JAPAN).edition()).isEqualTo("2");
    }

    @Test
    void load_checksThatTheProviderLoadedWhatItDescribes() {
        RubricProvider wrong = new RubricProvider() {
            @Override
            public RubricDescriptor descriptor() {
                return new RubricDescriptor("a", "1", Locale.JAPANESE);
            }

            @Override
            public Rubric load() {
                return PlaceholderRubric.provider(Locale.JAPANESE).load();
            }
        };
        assertThatThrownBy(() -> Rubrics.of(List.of(wrong)).forLocale(Locale.JAPANESE)).isInstanceOf(RubricProviderException.class)
                .hasMessageContaining("describes a 1 (ja) but loaded sisac-psirt-maturity-sheet 1.0 (ja)");
    }

    @Test
    void descriptor_equalityIsByIdEditionAndLocale() {
        RubricDescriptor d = new RubricDescriptor("a", "1", Locale.JAPANESE);
        assertThat(d).isEqualTo(new RubricDescriptor("a", "1", Locale.JAPANESE)).hasSameHashCodeAs(new RubricDescriptor("a", "1", Locale.JAPANESE))
                .isNotEqualTo(new RubricDescriptor("b", "1", Locale.JAPANESE)).isNotEqualTo(new RubricDescriptor("a", "2", Locale.JAPANESE))
                .isNotEqualTo(new RubricDescriptor("a", "1", Locale.ENGLISH)).isNotEqualTo("a 1 (ja)").isNotEqualTo(null);
        assertThat(d.hashCode()).isNotEqualTo(new RubricDescriptor("a", "1", Locale.ENGLISH).hashCode())
                .isNotEqualTo(new RubricDescriptor("a", "2", Locale.JAPANESE).hashCode());
    }

    @Test
    void load_happensOncePerInstance() {
        Rubric a = rubrics.forLocale(Locale.JAPANESE);
        assertThat(rubrics.forLocale(Locale.JAPAN)).isSameAs(a);
    }

    @Test
    void of_rejectsTwoProvidersOfTheSameRubric() {
        assertThatThrownBy(() -> Rubrics.of(List.of(PlaceholderRubric.provider(Locale.JAPANESE), PlaceholderRubric.provider(Locale.JAPANESE))))
                .hasMessageContaining("two providers supply rubric sisac-psirt-maturity-sheet 1.0 (ja)");
    }

    /** A Japanese provider whose load() does what it is told. */
    private static RubricProvider loading(java.util.function.Supplier<Rubric> load) {
        return new RubricProvider() {
            @Override
            public RubricDescriptor descriptor() {
                return new RubricDescriptor(PlaceholderRubric.SHEET.id(), PlaceholderRubric.SHEET.edition(), Locale.JAPANESE);
            }

            @Override
            public Rubric load() {
                return load.get();
            }
        };
    }

    @Test
    void load_passesInvalidRubricExceptionOnUnchanged() {
        InvalidRubricException invalid = new InvalidRubricException("rubric texts x.json",
                List.of(new Problem("", "resource.missing", "resource x.json was not found next to its provider class")));
        Rubrics r = Rubrics.of(List.of(loading(() -> {
            throw invalid;
        })));
        assertThatThrownBy(() -> r.forLocale(Locale.JAPANESE)).isSameAs(invalid);
    }

    @Test
    void load_wrapsWhatAProviderThrows_butNotErrorsOfTheVirtualMachine() {
        Rubrics r = Rubrics.of(List.of(loading(() -> {
            throw new NoClassDefFoundError("com/example/Missing");
        })));
        assertThatThrownBy(() -> r.forLocale(Locale.JAPANESE)).isInstanceOf(RubricProviderException.class)
                .hasMessageEndingWith("load() of sisac-psirt-maturity-sheet 1.0 (ja) threw java.lang.NoClassDefFoundError: com/example/Missing")
                .hasCauseInstanceOf(NoClassDefFoundError.class);
        OutOfMemoryError oom = new OutOfMemoryError("test");
        Rubrics out = Rubrics.of(List.of(loading(() -> {
            throw oom;
        })));
        assertThatThrownBy(() -> out.forLocale(Locale.JAPANESE)).isSameAs(oom);
    }

    @Test
    void load_ofAProviderThatFailedIsTriedAgain_andKeptOnceItSucceeds() {
        int[] calls = {0};
        Rubrics r = Rubrics.of(List.of(loading(() -> {
            if (++calls[0] == 1) {
                throw new IllegalStateException("first time");
            }
            return PlaceholderRubric.provider(Locale.JAPANESE).load();
        })));
        assertThatThrownBy(() -> r.forLocale(Locale.JAPANESE)).hasMessageEndingWith("threw java.lang.IllegalStateException: first time");
        Rubric loaded = r.forLocale(Locale.JAPANESE);
        assertThat(r.forLocale(Locale.JAPAN)).isSameAs(loaded);
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void of_rejectsANullDescriptorAndNamesDuplicateClasses() {
        RubricProvider noDescriptor = new RubricProvider() {
            @Override
            public RubricDescriptor descriptor() {
                return null;
            }

            @Override
            public Rubric load() {
                return null;
            }
        };
        assertThatThrownBy(() -> Rubrics.of(List.of(noDescriptor))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rubric provider " + noDescriptor.getClass().getName() + ": descriptor() returned null");
        RubricProvider a = provider("a", "1", Locale.JAPANESE);
        RubricProvider b = loading(() -> null);
        assertThatThrownBy(() -> Rubrics.of(List.of(a, PlaceholderRubric.provider(Locale.ENGLISH), provider("a", "1", Locale.JAPANESE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two providers supply rubric a 1 (ja): " + a.getClass().getName() + " and " + a.getClass().getName()
                        + "; check the class path for duplicate rubric jars");
        assertThatThrownBy(() -> Rubrics.of(List.of(PlaceholderRubric.provider(Locale.JAPANESE), b)))
                .hasMessageEndingWith(" and " + b.getClass().getName() + "; check the class path for duplicate rubric jars");
        assertThat(Rubrics.of(List.of(PlaceholderRubric.provider(Locale.ENGLISH))).problems()).isEmpty();
    }

    @Test
    void available_isSortedAndEmptyWithoutProviders() {
        assertThat(rubrics.available()).extracting(d -> d.locale().toLanguageTag()).containsExactly("en", "ja");
        assertThatThrownBy(() -> Rubrics.of(List.of()).forLocale(Locale.JAPANESE))
                .hasMessageContaining("installed: none (add psirt-rubric-ja or psirt-rubric-en");
    }
}
