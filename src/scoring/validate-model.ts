/**
 * Reading a scoring model from untrusted JSON: structural checks (types, known ids, ranges) and the
 * model lint (gaps and overlaps in bands, unreachable levels, all-zero weights, incomplete or
 * non-monotone grids, rules and criteria that can never hold, rules that could make levels fall as
 * ratings rise). Every problem has a path, a code and a message in every locale.
 */
import { isFactorId } from '../factors/factors.js';
import type { LocalizedText } from '../i18n/locale.js';
import {
  FACTOR_IDS,
  LEVEL_IDS,
  POWER_CATEGORIES,
  RANKS,
  RATING_MAX,
  RATING_MIN,
  RISK_CATEGORIES,
  compareLevels,
  type FactorId,
  type Level,
} from '../model/enums.js';
import { InvalidInputError, joinPath, problem, type Checked, type Problem } from '../validate/problem.js';
import { conditionFactors, neverHolds } from './condition.js';
import { MODEL_MESSAGES, TYPE_NAMES, type ModelProblemCode } from './messages.js';
import {
  CONDITION_FLAGS,
  SCORING_METHODS,
  type AggregationRule,
  type Condition,
  type ConditionFlag,
  type Criterion,
  type FactorWeights,
  type LevelBand,
  type MatrixSide,
  type MissingPolicy,
  type PostAggregation,
  type Rule,
  type RuleEffect,
  type ScoringModel,
  type SideBand,
} from './model.js';

/** The deepest nesting of `all`/`any` accepted. */
const MAX_DEPTH = 16;

type Obj = Readonly<Record<string, unknown>>;

class Reader {
  readonly problems: Problem[] = [];

  error(code: ModelProblemCode, path: string, params: Record<string, string | number | LocalizedText> = {}): undefined {
    this.problems.push(problem('error', code, path, MODEL_MESSAGES[code], params));
    return undefined;
  }

  warn(code: ModelProblemCode, path: string, params: Record<string, string | number | LocalizedText> = {}): void {
    this.problems.push(problem('warning', code, path, MODEL_MESSAGES[code], params));
  }

  wrongType(path: string, expected: keyof typeof TYPE_NAMES): undefined {
    return this.error('wrong-type', path, { expected: TYPE_NAMES[expected] });
  }

  object(x: unknown, path: string): Obj | undefined {
    if (x === undefined) return undefined; // a missing required field is reported by `field`
    if (x !== null && typeof x === 'object' && !Array.isArray(x)) return x as Obj;
    return this.wrongType(path, 'object');
  }

  array(x: unknown, path: string): readonly unknown[] | undefined {
    if (x === undefined) return undefined; // a missing required field is reported by `field`
    if (Array.isArray(x)) return x;
    return this.wrongType(path, 'array');
  }

  keys(o: Obj, allowed: readonly string[], path: string): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.warn('unknown-key', joinPath(path, k), { key: k });
  }

  /** A required field: reports `required` when absent. */
  field(o: Obj, key: string, path: string): unknown {
    if (!Object.prototype.hasOwnProperty.call(o, key) || o[key] === undefined) {
      this.error('required', joinPath(path, key), { key });
      return undefined;
    }
    return o[key];
  }

  number(x: unknown, path: string, min: number, max: number, integer = false): number | undefined {
    if (x === undefined) return undefined; // a missing required field is reported by `field`
    if (typeof x !== 'number' || !Number.isFinite(x)) return this.wrongType(path, integer ? 'integer' : 'number');
    if (integer && !Number.isInteger(x)) return this.wrongType(path, 'integer');
    if (x < min || x > max) return this.error('out-of-range', path, { value: x, min, max });
    return x;
  }

  string(x: unknown, path: string): string | undefined {
    if (x === undefined) return undefined; // a missing required field is reported by `field`
    if (typeof x === 'string' && x.trim() !== '') return x;
    return this.wrongType(path, 'string');
  }

  boolean(x: unknown, path: string): boolean | undefined {
    if (x === undefined) return undefined; // a missing required field is reported by `field`
    if (typeof x === 'boolean') return x;
    return this.wrongType(path, 'boolean');
  }

  oneOf<T extends string>(x: unknown, allowed: readonly T[], path: string): T | undefined {
    if (x === undefined) return undefined; // a missing required field is reported by `field`
    if (typeof x === 'string' && (allowed as readonly string[]).includes(x)) return x as T;
    if (typeof x !== 'string') return this.wrongType(path, 'string');
    return this.error('unknown-value', path, { value: x, allowed: allowed.join(', ') });
  }

  level(x: unknown, path: string): Level | undefined {
    return this.oneOf(x, LEVEL_IDS, path);
  }

  text(x: unknown, path: string): LocalizedText | undefined {
    if (x === undefined) return undefined; // a missing required field is reported by `field`
    const o = x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : undefined;
    const zhCN = o?.['zh-CN'];
    const zhTW = o?.['zh-TW'];
    const en = o?.en;
    if (typeof zhCN === 'string' && typeof zhTW === 'string' && typeof en === 'string') return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
    return this.wrongType(path, 'text');
  }

  weights(x: unknown, path: string): FactorWeights | undefined {
    const o = this.object(x, path);
    if (o === undefined) return undefined;
    const out: { [F in FactorId]?: number } = {};
    let ok = true;
    for (const k of Object.keys(o)) {
      const p = joinPath(path, k);
      if (!isFactorId(k)) {
        ok = this.error('unknown-factor', p, { value: k }) ?? false;
        continue;
      }
      const w = this.number(o[k], p, 0, Number.MAX_VALUE);
      if (w === undefined) ok = false;
      else out[k] = w;
    }
    // Keep the table's order whatever the file's order.
    const ordered: { [F in FactorId]?: number } = {};
    for (const f of FACTOR_IDS) if (out[f] !== undefined) ordered[f] = out[f];
    return ok ? ordered : undefined;
  }

  levelBands(x: unknown, path: string): LevelBand[] | undefined {
    const a = this.array(x, path);
    if (a === undefined) return undefined;
    if (a.length === 0) return this.error('too-few', path, { min: 1 });
    const out: LevelBand[] = [];
    a.forEach((b, i) => {
      const p = joinPath(path, i);
      const o = this.object(b, p);
      if (o === undefined) return;
      this.keys(o, ['level', 'from', 'to'], p);
      const level = this.level(this.field(o, 'level', p), joinPath(p, 'level'));
      const from = this.number(this.field(o, 'from', p), joinPath(p, 'from'), -Number.MAX_VALUE, Number.MAX_VALUE);
      const to = this.number(this.field(o, 'to', p), joinPath(p, 'to'), -Number.MAX_VALUE, Number.MAX_VALUE);
      if (level !== undefined && from !== undefined && to !== undefined) out.push({ level, from, to });
    });
    return out.length === a.length ? out : undefined;
  }

  sideBands(x: unknown, path: string): SideBand[] | undefined {
    const a = this.array(x, path);
    if (a === undefined) return undefined;
    if (a.length === 0) return this.error('too-few', path, { min: 1 });
    const out: SideBand[] = [];
    a.forEach((b, i) => {
      const p = joinPath(path, i);
      const o = this.object(b, p);
      if (o === undefined) return;
      this.keys(o, ['from', 'to'], p);
      const from = this.number(this.field(o, 'from', p), joinPath(p, 'from'), -Number.MAX_VALUE, Number.MAX_VALUE);
      const to = this.number(this.field(o, 'to', p), joinPath(p, 'to'), -Number.MAX_VALUE, Number.MAX_VALUE);
      if (from !== undefined && to !== undefined) out.push({ from, to });
    });
    return out.length === a.length ? out : undefined;
  }

  idList<T extends string>(x: unknown, allowed: readonly T[], path: string): T[] | undefined {
    const a = this.array(x, path);
    if (a === undefined) return undefined;
    const out: T[] = [];
    a.forEach((v, i) => {
      const id = this.oneOf(v, allowed, joinPath(path, i));
      if (id !== undefined) out.push(id);
    });
    return out.length === a.length ? out : undefined;
  }

  condition(x: unknown, path: string, depth = 0): Condition | undefined {
    const o = this.object(x, path);
    if (o === undefined) return undefined;
    if (depth > MAX_DEPTH) return this.error('too-deep', path, { max: MAX_DEPTH });
    const kinds = ['factor', 'flag', 'categoryIn', 'rankIn', 'riskCategoryIn', 'tenureAtLeast', 'all', 'any'].filter((k) =>
      Object.prototype.hasOwnProperty.call(o, k),
    );
    if (kinds.length !== 1) return this.error('invalid-condition', path);
    const kind = kinds[0] as string;
    const p = joinPath(path, kind);
    switch (kind) {
      case 'factor': {
        this.keys(o, ['factor', 'atLeast'], path);
        const f = o.factor;
        const factor = isFactorId(f) ? f : this.error('unknown-factor', p, { value: String(f) });
        const atLeast = this.number(this.field(o, 'atLeast', path), joinPath(path, 'atLeast'), -Number.MAX_VALUE, Number.MAX_VALUE);
        return factor !== undefined && atLeast !== undefined ? { factor, atLeast } : undefined;
      }
      case 'flag': {
        this.keys(o, ['flag', 'equals'], path);
        const flag = this.oneOf<ConditionFlag>(o.flag, CONDITION_FLAGS, p);
        const equals = this.boolean(this.field(o, 'equals', path), joinPath(path, 'equals'));
        return flag !== undefined && equals !== undefined ? { flag, equals } : undefined;
      }
      case 'categoryIn': {
        this.keys(o, ['categoryIn'], path);
        const v = this.idList(o.categoryIn, POWER_CATEGORIES.map((t) => t.id), p);
        return v === undefined ? undefined : { categoryIn: v };
      }
      case 'rankIn': {
        this.keys(o, ['rankIn'], path);
        const v = this.idList(o.rankIn, RANKS.map((t) => t.id), p);
        return v === undefined ? undefined : { rankIn: v };
      }
      case 'riskCategoryIn': {
        this.keys(o, ['riskCategoryIn'], path);
        const v = this.idList(o.riskCategoryIn, RISK_CATEGORIES.map((t) => t.id), p);
        return v === undefined ? undefined : { riskCategoryIn: v };
      }
      case 'tenureAtLeast': {
        this.keys(o, ['tenureAtLeast'], path);
        const v = this.number(o.tenureAtLeast, p, 0, Number.MAX_VALUE);
        return v === undefined ? undefined : { tenureAtLeast: v };
      }
      default: {
        this.keys(o, [kind], path);
        const a = this.array(o[kind], p);
        if (a === undefined) return undefined;
        const parts: Condition[] = [];
        a.forEach((c, i) => {
          const got = this.condition(c, joinPath(p, i), depth + 1);
          if (got !== undefined) parts.push(got);
        });
        if (parts.length !== a.length) return undefined;
        return kind === 'all' ? { all: parts } : { any: parts };
      }
    }
  }

  rule(x: unknown, path: string): Rule | undefined {
    const o = this.object(x, path);
    if (o === undefined) return undefined;
    this.keys(o, ['id', 'when', 'effect', 'level', 'appliesTo', 'label'], path);
    const id = this.string(this.field(o, 'id', path), joinPath(path, 'id'));
    const when = this.condition(this.field(o, 'when', path), joinPath(path, 'when'));
    const effect = this.oneOf<RuleEffect>(this.field(o, 'effect', path), ['minimum', 'maximum', 'set'], joinPath(path, 'effect'));
    const level = this.level(this.field(o, 'level', path), joinPath(path, 'level'));
    const appliesTo = o.appliesTo === undefined ? 'both' : this.oneOf(o.appliesTo, ['both', 'inherent'] as const, joinPath(path, 'appliesTo'));
    const label = o.label === undefined ? null : this.text(o.label, joinPath(path, 'label'));
    if (id === undefined || when === undefined || effect === undefined || level === undefined || appliesTo === undefined || label === undefined) return undefined;
    return label === null ? { id, when, effect, level, appliesTo } : { id, when, effect, level, appliesTo, label };
  }

  criterion(x: unknown, path: string): Criterion | undefined {
    const o = this.object(x, path);
    if (o === undefined) return undefined;
    this.keys(o, ['id', 'when', 'label'], path);
    const id = this.string(this.field(o, 'id', path), joinPath(path, 'id'));
    const when = this.condition(this.field(o, 'when', path), joinPath(path, 'when'));
    const label = o.label === undefined ? null : this.text(o.label, joinPath(path, 'label'));
    if (id === undefined || when === undefined || label === undefined) return undefined;
    return label === null ? { id, when } : { id, when, label };
  }

  list<T>(x: unknown, path: string, item: (v: unknown, p: string) => T | undefined): T[] | undefined {
    const a = this.array(x, path);
    if (a === undefined) return undefined;
    const out: T[] = [];
    a.forEach((v, i) => {
      const got = item(v, joinPath(path, i));
      if (got !== undefined) out.push(got);
    });
    return out.length === a.length ? out : undefined;
  }

  missing(x: unknown, path: string): MissingPolicy | undefined {
    if (x === undefined) return { policy: 'assume', rating: 3 };
    const o = this.object(x, path);
    if (o === undefined) return undefined;
    this.keys(o, ['policy', 'rating'], path);
    const policy = this.oneOf(this.field(o, 'policy', path), ['assume', 'exclude'] as const, joinPath(path, 'policy'));
    const rating = o.rating === undefined ? 3 : this.number(o.rating, joinPath(path, 'rating'), RATING_MIN, RATING_MAX);
    return policy !== undefined && rating !== undefined ? { policy, rating } : undefined;
  }

  aggregation(x: unknown, path: string): PostAggregation | undefined {
    if (x === undefined) return { method: 'highest', score: 'max' };
    const o = this.object(x, path);
    if (o === undefined) return undefined;
    const method = this.oneOf(this.field(o, 'method', path), ['highest', 'count'] as const, joinPath(path, 'method'));
    const score = o.score === undefined ? 'max' : this.oneOf(o.score, ['max', 'mean'] as const, joinPath(path, 'score'));
    if (method === 'highest') {
      this.keys(o, ['method', 'score'], path);
      return score === undefined ? undefined : { method, score };
    }
    this.keys(o, ['method', 'score', 'rules'], path);
    const rules = this.list(this.field(o, 'rules', path), joinPath(path, 'rules'), (v, p): AggregationRule | undefined => {
      const r = this.object(v, p);
      if (r === undefined) return undefined;
      this.keys(r, ['level', 'atLeast', 'of'], p);
      const level = this.level(this.field(r, 'level', p), joinPath(p, 'level'));
      const atLeast = this.number(this.field(r, 'atLeast', p), joinPath(p, 'atLeast'), 1, Number.MAX_SAFE_INTEGER, true);
      const of = this.level(this.field(r, 'of', p), joinPath(p, 'of'));
      return level !== undefined && atLeast !== undefined && of !== undefined ? { level, atLeast, of } : undefined;
    });
    if (method === undefined || score === undefined || rules === undefined) return undefined;
    return { method, score, rules };
  }

  side(x: unknown, path: string): MatrixSide | undefined {
    const o = this.object(x, path);
    if (o === undefined) return undefined;
    this.keys(o, ['weights', 'bands'], path);
    const weights = this.weights(this.field(o, 'weights', path), joinPath(path, 'weights'));
    const bands = this.sideBands(this.field(o, 'bands', path), joinPath(path, 'bands'));
    return weights !== undefined && bands !== undefined ? { weights, bands } : undefined;
  }

  grid(x: unknown, path: string): Level[][] | undefined {
    return this.list(x, path, (row, p) => this.list(row, p, (cell, q) => this.level(cell, q)));
  }
}

const COMMON_KEYS = ['id', 'name', 'method', 'missing', 'rules', 'aggregation'];

function read(input: unknown, r: Reader): ScoringModel | undefined {
  if (input === undefined) return r.wrongType('', 'object');
  const o = r.object(input, '');
  if (o === undefined) return undefined;
  const methodRaw = r.field(o, 'method', '');
  if (methodRaw === undefined) return undefined;
  if (typeof methodRaw !== 'string' || !(SCORING_METHODS as readonly string[]).includes(methodRaw)) {
    return r.error('unknown-method', 'method', { value: String(methodRaw) });
  }
  const id = o.id === undefined ? null : r.string(o.id, 'id');
  const name = o.name === undefined ? null : r.text(o.name, 'name');
  const missing = r.missing(o.missing, 'missing');
  const rules = o.rules === undefined ? [] : r.list(o.rules, 'rules', (v, p) => r.rule(v, p));
  const aggregation = r.aggregation(o.aggregation, 'aggregation');
  let specific: Record<string, unknown> | undefined;
  if (methodRaw === 'weighted') {
    r.keys(o, [...COMMON_KEYS, 'weights', 'bands'], '');
    const weights = r.weights(r.field(o, 'weights', ''), 'weights');
    const bands = r.levelBands(r.field(o, 'bands', ''), 'bands');
    if (weights !== undefined && bands !== undefined) specific = { method: 'weighted', weights, bands };
  } else if (methodRaw === 'matrix') {
    r.keys(o, [...COMMON_KEYS, 'likelihood', 'impact', 'grid'], '');
    const likelihood = r.side(r.field(o, 'likelihood', ''), 'likelihood');
    const impact = r.side(r.field(o, 'impact', ''), 'impact');
    const grid = r.grid(r.field(o, 'grid', ''), 'grid');
    if (likelihood !== undefined && impact !== undefined && grid !== undefined) specific = { method: 'matrix', likelihood, impact, grid };
  } else {
    r.keys(o, [...COMMON_KEYS, 'criteria', 'bands'], '');
    const criteria = r.list(r.field(o, 'criteria', ''), 'criteria', (v, p) => r.criterion(v, p));
    if (criteria !== undefined && criteria.length === 0) r.error('too-few', 'criteria', { min: 1 });
    const bands = r.levelBands(r.field(o, 'bands', ''), 'bands');
    if (criteria !== undefined && criteria.length > 0 && bands !== undefined) specific = { method: 'count', criteria, bands };
  }
  if (id === undefined || name === undefined || missing === undefined || rules === undefined || aggregation === undefined || specific === undefined) {
    return undefined;
  }
  const model: Record<string, unknown> = {};
  if (id !== null) model.id = id;
  if (name !== null) model.name = name;
  Object.assign(model, specific, { missing, rules, aggregation });
  return model as unknown as ScoringModel;
}

function lintBands(
  r: Reader,
  bands: readonly (LevelBand | SideBand)[],
  path: string,
  min: number,
  max: number,
): void {
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first === undefined || last === undefined) return;
  if (first.from > min) r.error('band-gap', joinPath(joinPath(path, 0), 'from'), { from: min, to: first.from });
  else if (first.from < min) r.error('out-of-range', joinPath(joinPath(path, 0), 'from'), { value: first.from, min, max });
  if (last.to < max) r.error('band-gap', joinPath(joinPath(path, bands.length - 1), 'to'), { from: last.to, to: max });
  else if (last.to > max) r.error('out-of-range', joinPath(joinPath(path, bands.length - 1), 'to'), { value: last.to, min, max });
  bands.forEach((b, i) => {
    // A last band may be a single value (e.g. all criteria met); it includes its `to`.
    if (b.from > b.to || (b.from === b.to && i < bands.length - 1)) r.error('band-empty', joinPath(path, i), { from: b.from, to: b.to });
    const prev = bands[i - 1];
    if (prev === undefined) return;
    if (b.from > prev.to) r.error('band-gap', joinPath(joinPath(path, i), 'from'), { from: prev.to, to: b.from });
    else if (b.from < prev.to) r.error('band-overlap', joinPath(joinPath(path, i), 'from'), { from: b.from, to: prev.to });
    if ('level' in b && 'level' in prev && compareLevels(b.level, prev.level) < 0) {
      r.error('bands-not-ascending', joinPath(joinPath(path, i), 'level'), { before: prev.level, after: b.level });
    }
  });
}

function lintWeights(r: Reader, w: FactorWeights, path: string): void {
  if (!FACTOR_IDS.some((f) => (w[f] ?? 0) > 0)) r.error('all-zero-weights', path);
}

function readsFactors(c: Condition): boolean {
  const s = new Set<FactorId>();
  conditionFactors(c, s);
  return s.size > 0;
}

/**
 * Lints a structurally valid model: problems that make it unusable (errors) or suspicious (warnings).
 * @param model - a model
 * @returns every problem found, with paths
 */
export function lintModel(model: ScoringModel): Problem[] {
  const r = new Reader();
  const reachable = new Set<Level>();
  if (model.method === 'weighted') {
    lintWeights(r, model.weights, 'weights');
    lintBands(r, model.bands, 'bands', 0, 100);
    model.bands.forEach((b, i) => {
      if (b.from < b.to || (b.from === b.to && i === model.bands.length - 1)) reachable.add(b.level);
    });
  } else if (model.method === 'matrix') {
    lintWeights(r, model.likelihood.weights, 'likelihood.weights');
    lintWeights(r, model.impact.weights, 'impact.weights');
    for (const f of FACTOR_IDS) {
      if ((model.likelihood.weights[f] ?? 0) > 0 && (model.impact.weights[f] ?? 0) > 0) {
        r.error('factor-on-both-sides', joinPath('impact.weights', f), { factor: f });
      }
    }
    lintBands(r, model.likelihood.bands, 'likelihood.bands', RATING_MIN, RATING_MAX);
    lintBands(r, model.impact.bands, 'impact.bands', RATING_MIN, RATING_MAX);
    const rows = model.likelihood.bands.length;
    const cols = model.impact.bands.length;
    if (model.grid.length !== rows) r.error('grid-size', 'grid', { expected: rows, actual: model.grid.length });
    model.grid.forEach((row, i) => {
      if (row.length !== cols) r.error('grid-size', joinPath('grid', i), { expected: cols, actual: row.length });
      row.forEach((cell, j) => {
        reachable.add(cell);
        const up = model.grid[i - 1]?.[j];
        const left = row[j - 1];
        const worse = [up, left].find((n) => n !== undefined && compareLevels(cell, n) < 0);
        if (worse !== undefined) r.error('grid-not-monotone', joinPath(joinPath('grid', i), j), { neighbour: worse });
      });
    });
  } else {
    const ids = new Set<string>();
    model.criteria.forEach((c, i) => {
      if (ids.has(c.id)) r.error('duplicate-id', joinPath(joinPath('criteria', i), 'id'), { id: c.id });
      ids.add(c.id);
      if (neverHolds(c.when)) r.error('criterion-never-met', joinPath(joinPath('criteria', i), 'when'), { id: c.id });
    });
    lintBands(r, model.bands, 'bands', 0, model.criteria.length);
    model.bands.forEach((b, i) => {
      if (b.from < b.to || (b.from === b.to && i === model.bands.length - 1)) reachable.add(b.level);
    });
  }
  const ruleIds = new Set<string>();
  model.rules.forEach((rule, i) => {
    const p = joinPath('rules', i);
    if (ruleIds.has(rule.id)) r.error('duplicate-id', joinPath(p, 'id'), { id: rule.id });
    ruleIds.add(rule.id);
    if (neverHolds(rule.when)) {
      r.error('rule-never-fires', joinPath(p, 'when'), { id: rule.id });
      return;
    }
    reachable.add(rule.level);
    if ((rule.effect === 'minimum' && rule.level === 'low') || (rule.effect === 'maximum' && rule.level === 'high')) {
      r.warn('rule-no-effect', p, { id: rule.id });
    }
    if (rule.effect !== 'minimum' && rule.level !== 'high' && readsFactors(rule.when)) {
      r.error('rule-not-monotone', joinPath(p, 'when'), { id: rule.id });
    }
  });
  for (const level of LEVEL_IDS) {
    if (!reachable.has(level)) r.error('unreachable-level', model.method === 'matrix' ? 'grid' : 'bands', { level });
  }
  return r.problems;
}

/**
 * Checks a scoring model read from JSON: its shape, then the lint. Never throws.
 * @param input - anything, e.g. `JSON.parse` of a model file
 * @returns the model with defaults filled when there is no error, and every problem found
 * @example
 * const checked = validateModel(JSON.parse(text));
 * if (!checked.ok) for (const p of checked.problems) console.log(p.path, p.message.en);
 */
export function validateModel(input: unknown): Checked<ScoringModel> {
  const r = new Reader();
  const model = read(input, r);
  const problems = model === undefined ? r.problems : [...r.problems, ...lintModel(model)];
  if (model === undefined || problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, value: model, problems };
}

/**
 * Reads a scoring model, throwing when it has errors.
 * @param input - anything, e.g. `JSON.parse` of a model file
 * @returns the model with defaults filled
 * @throws {@link InvalidInputError} with every problem
 */
export function parseModel(input: unknown): ScoringModel {
  const checked = validateModel(input);
  if (!checked.ok) throw new InvalidInputError('scoring model', checked.problems);
  return checked.value;
}
