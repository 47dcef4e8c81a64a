/**
 * Scoring and reconciliation: {@link io.github.jixiao.core.scoring.ProjectScorer} turns a {@link
 * io.github.jixiao.core.model.Project} into a {@link io.github.jixiao.core.scoring.Scorecard} of
 * figures and findings, under a {@link io.github.jixiao.core.scoring.ScoringPolicy}. Stateless and
 * pure; a problem in a form is a finding, never an exception.
 */
package io.github.jixiao.core.scoring;
