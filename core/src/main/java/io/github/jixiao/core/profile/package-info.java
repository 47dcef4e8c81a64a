/**
 * Rule profiles: a region's rulebook for scoring a 项目支出绩效自评表 as a named, versioned value. A {@link
 * io.github.jixiao.core.profile.RuleProfile} is built over a base from the {@link
 * io.github.jixiao.core.profile.ProfileSetting}s it changes and resolves to the {@link
 * io.github.jixiao.core.scoring.ScoringPolicy} the scorers apply; {@link
 * io.github.jixiao.core.profile.Presets} ships the presets. This package depends on scoring, never
 * the other way.
 */
package io.github.jixiao.core.profile;
