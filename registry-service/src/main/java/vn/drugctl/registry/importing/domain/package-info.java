/**
 * Reading the annual review (rà soát) that officers upload as a CSV file: the file format ({@link
 * vn.drugctl.registry.importing.domain.SurveyColumn}, {@link vn.drugctl.registry.importing.domain.SurveyCsvFormat}),
 * a streaming parser that turns each row into a typed {@link vn.drugctl.registry.importing.domain.SurveyRow} or into
 * the list of its {@link vn.drugctl.registry.importing.domain.SurveyRowError}s, and the import key that recognises a
 * row imported before. Plain Java: no framework, no storage; the use case that registers the rows lives elsewhere.
 */
package vn.drugctl.registry.importing.domain;
