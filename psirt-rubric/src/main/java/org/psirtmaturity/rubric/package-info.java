/**
 * Finding installed rubrics: {@link org.psirtmaturity.rubric.Rubrics} discovers the
 * {@link org.psirtmaturity.rubric.spi.RubricProvider rubric providers} through
 * {@link java.util.ServiceLoader} and returns a rubric by locale or id.
 *
 * <p>Discovery never fails because of a provider. A provider that cannot be loaded or instantiated, or
 * whose descriptor throws or is null, is skipped; it and every rubric that two providers describe are
 * recorded as {@link org.psirtmaturity.rubric.ProviderProblem}s, which
 * {@link org.psirtmaturity.rubric.Rubrics#problems()} lists and which are logged through SLF4J at WARN
 * level. A request that meets a broken provider (the matching rubric has two providers, or its provider
 * fails to load it, or nothing matches while some provider could not describe its rubric) throws
 * {@link org.psirtmaturity.rubric.RubricProviderException}, a
 * {@link org.psirtmaturity.rubric.RubricNotFoundException} whose one-line message names the provider
 * class(es) and what each did. A request that nothing matches otherwise throws
 * {@link org.psirtmaturity.rubric.RubricNotFoundException}; a rubric whose data is invalid,
 * {@link org.psirtmaturity.model.InvalidRubricException}.
 */
package org.psirtmaturity.rubric;
