/**
 * The JSON format of assessments ({@code psirt-assessment/1}) and score reports
 * ({@code psirt-score-report/1}): strict readers that return every problem as a value, and writers
 * with a fixed property order. The mapping is explicit code over Jackson's streaming parser and tree
 * model, with a private factory and mapper: no annotations on the domain types, no default typing, no
 * reflection. {@link org.psirtmaturity.scoring.json.ReportJsonWriter} writes many reports scored
 * against one rubric with that rubric's texts encoded once.
 */
package org.psirtmaturity.scoring.json;
