/**
 * integrity-risk: post integrity-risk prevention and control (岗位廉政风险防控).
 * The public API, listed explicitly. Data flows one way:
 * document → validation → assessment → measures and findings → catalog → renderers.
 * @packageDocumentation
 */
export * from './i18n/locale.js';
export * from './model/enums.js';
export type * from './model/document.js';
export * from './validate/problem.js';
export type * from './scoring/types.js';
export { FACTORS, factorDefinition, factorLabel, isFactorId, ratingMeaning } from './factors/factors.js';
export type { FactorAnchors, FactorDefinition } from './factors/factors.js';
export { CONDITION_FLAGS, SCORING_METHODS } from './scoring/model.js';
export type {
  AggregationRule,
  Condition,
  ConditionFlag,
  ControlEffects,
  CountModel,
  Criterion,
  FactorWeights,
  LevelBand,
  MatrixModel,
  MatrixSide,
  MissingPolicy,
  ModelBase,
  PostAggregation,
  Rule,
  RuleEffect,
  ScoringModel,
  SideBand,
  WeightedModel,
} from './scoring/model.js';
export { DEFAULT_MODEL, EXAMPLE_MODELS, MATRIX_5X5_MODEL, UNIVERSITY_COUNT_MODEL } from './scoring/defaults.js';
export { assess, effectiveFactors, explainPost, explainRiskPoint, scorePost, scoreRiskPoint } from './scoring/engine.js';
export type { ScoringOptions } from './scoring/engine.js';
export { whatIf, whatIfPost } from './scoring/whatif.js';
export type { FactorChange, PostFactorChange, PostWhatIf, RiskPointWhatIf } from './scoring/whatif.js';
export { lintModel, parseModel, validateModel } from './scoring/validate-model.js';
export { MODEL_MESSAGES } from './scoring/messages.js';
export type { ModelProblemCode } from './scoring/messages.js';
export { describeCondition } from './scoring/condition.js';
export * from './measures/types.js';
export * from './findings/types.js';
export * from './catalog/types.js';
