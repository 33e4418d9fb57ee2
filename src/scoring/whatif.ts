/**
 * What-if: the smallest change of one factor's rating that would move a risk point's or a post's
 * inherent level up, and the one that would move it down. Ratings tried are the whole numbers 1-5;
 * factors left out under the `exclude` policy are not tried (they have no rating to change).
 */
import { FACTORS } from '../model/factors.js';
import { fillAll, type LocalizedText } from '../i18n/locale.js';
import type { Post, Power, Rating, RiskPoint } from '../model/document.js';
import { FACTOR_IDS, LEVEL_IDS, RATING_MAX, RATING_MIN, type FactorId, type Level } from '../model/enums.js';
import { DEFAULT_MODEL } from './defaults.js';
import { aggregateLevel, compileModel, effectiveFactors, levelFromValues, valuesOf, type CompiledModel, type ScoringOptions } from './engine.js';
import { formatCompact } from './format.js';
import { EXPLAIN_TEXT as T } from './messages.js';

/** A change of one factor's rating and the level it would give. */
export interface FactorChange {
  readonly factor: FactorId;
  /** The rating used now (rated, inherited or assumed). */
  readonly from: number;
  readonly to: Rating;
  /** The level after the change. */
  readonly level: Level;
}

/** The what-if answer for a risk point. */
export interface RiskPointWhatIf {
  readonly id: string;
  readonly level: Level;
  /** The smallest single-factor change that raises the level; `null` when none does. */
  readonly up: FactorChange | null;
  /** The smallest single-factor change that lowers the level; `null` when none does. */
  readonly down: FactorChange | null;
  readonly text: LocalizedText;
}

/** A change for a post: on one of its risk points, or on the post's own rating (`riskPointId: null`). */
export interface PostFactorChange extends FactorChange {
  readonly riskPointId: string | null;
}

/** The what-if answer for a post. */
export interface PostWhatIf {
  readonly id: string;
  readonly level: Level;
  readonly up: PostFactorChange | null;
  readonly down: PostFactorChange | null;
  readonly text: LocalizedText;
}

interface Candidate {
  readonly i: number;
  readonly from: number;
  readonly to: number;
  readonly level: number;
}

/**
 * For one risk point, the smallest raise and the smallest lowering of a single factor that moves
 * its level past `current` (levels are monotone, so the first rating that works is the smallest).
 */
function search(
  cm: CompiledModel,
  post: Post,
  power: Power,
  rp: RiskPoint,
  values: readonly number[],
  accept: (level: number, dir: 1 | -1) => boolean,
): { up: Candidate | null; down: Candidate | null } {
  let up: Candidate | null = null;
  let down: Candidate | null = null;
  const trial = [...values];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? Number.NaN;
    if (Number.isNaN(v)) continue;
    for (let t = Math.floor(v) + 1; t <= RATING_MAX; t++) {
      if (up !== null && t - v >= up.to - up.from) break;
      trial[i] = t;
      const level = levelFromValues(cm, post, power, rp, trial);
      if (accept(level, 1)) {
        up = { i, from: v, to: t, level };
        break;
      }
    }
    for (let t = Math.ceil(v) - 1; t >= RATING_MIN; t--) {
      if (down !== null && v - t >= down.from - down.to) break;
      trial[i] = t;
      const level = levelFromValues(cm, post, power, rp, trial);
      if (accept(level, -1)) {
        down = { i, from: v, to: t, level };
        break;
      }
    }
    trial[i] = v;
  }
  return { up, down };
}

function change(c: Candidate | null): FactorChange | null {
  if (c === null) return null;
  return { factor: FACTOR_IDS[c.i] as FactorId, from: c.from, to: c.to as Rating, level: LEVEL_IDS[c.level] ?? 'low' };
}

function sentenceFor(up: FactorChange | null, down: FactorChange | null, where: (c: FactorChange) => LocalizedText): LocalizedText {
  const part = (c: FactorChange | null, dir: 'up' | 'down'): LocalizedText =>
    c === null
      ? dir === 'up'
        ? T.whatIfNoUp
        : T.whatIfNoDown
      : fillAll(dir === 'up' ? T.whatIfUp : T.whatIfDown, {
          where: where(c),
          factor: FACTORS[FACTOR_IDS.indexOf(c.factor)]?.label ?? c.factor,
          from: formatCompact(c.from),
          to: c.to,
          level: T.levelName[c.level],
        });
  const a = part(up, 'up');
  const b = part(down, 'down');
  return { 'zh-CN': `${a['zh-CN']}；${b['zh-CN']}。`, 'zh-TW': `${a['zh-TW']}；${b['zh-TW']}。`, en: `${a.en}; ${b.en.charAt(0).toLowerCase()}${b.en.slice(1)}.` };
}

const NOWHERE: LocalizedText = { 'zh-CN': '', 'zh-TW': '', en: '' };

/**
 * The smallest single-factor rating changes that would move a risk point's inherent level up and down.
 * @param post - the post holding the power
 * @param power - the power holding the risk point
 * @param riskPoint - the risk point
 * @param options - the model (control effects are not used: what-if is about the inherent level)
 * @returns both changes (or `null`) with a sentence in every locale
 * @example
 * whatIf(post, power, riskPoint).up // { factor: 'discretion', from: 3, to: 4, level: 'high' }
 */
export function whatIf(post: Post, power: Power, riskPoint: RiskPoint, options?: ScoringOptions): RiskPointWhatIf {
  const cm = compileModel(options?.model ?? DEFAULT_MODEL);
  const values = valuesOf(cm, effectiveFactors(post, riskPoint));
  const current = levelFromValues(cm, post, power, riskPoint, values);
  const found = search(cm, post, power, riskPoint, values, (l, dir) => (dir === 1 ? l > current : l < current));
  const up = change(found.up);
  const down = change(found.down);
  return { id: riskPoint.id, level: LEVEL_IDS[current] ?? 'low', up, down, text: sentenceFor(up, down, () => NOWHERE) };
}

function better(a: PostFactorChange | null, b: PostFactorChange): boolean {
  return a === null || Math.abs(b.to - b.from) < Math.abs(a.to - a.from);
}

/**
 * The smallest single-factor rating changes, on any of the post's risk points or on the post's own
 * `importance`/`influence`, that would move the post's inherent level up and down. Linear in the
 * number of the post's risk points (each candidate updates the level counts, not the whole post).
 * @param post - the post
 * @param options - the model
 * @returns both changes (or `null`) with a sentence in every locale
 */
export function whatIfPost(post: Post, options?: ScoringOptions): PostWhatIf {
  const cm = compileModel(options?.model ?? DEFAULT_MODEL);
  const items: { power: Power; rp: RiskPoint; level: number }[] = [];
  const counts = [0, 0, 0];
  for (const power of post.powers) {
    for (const rp of power.riskPoints) {
      const level = levelFromValues(cm, post, power, rp, valuesOf(cm, effectiveFactors(post, rp)));
      items.push({ power, rp, level });
      counts[level] = (counts[level] ?? 0) + 1;
    }
  }
  const current = aggregateLevel(cm.model, counts);
  const postLevelWith = (from: number, to: number): number => {
    counts[from] = (counts[from] ?? 0) - 1;
    counts[to] = (counts[to] ?? 0) + 1;
    const l = aggregateLevel(cm.model, counts);
    counts[from] = (counts[from] ?? 0) + 1;
    counts[to] = (counts[to] ?? 0) - 1;
    return l;
  };
  let up: PostFactorChange | null = null;
  let down: PostFactorChange | null = null;
  for (const it of items) {
    const values = valuesOf(cm, effectiveFactors(post, it.rp));
    const found = search(cm, post, it.power, it.rp, values, (l, dir) => {
      const p = postLevelWith(it.level, l);
      return dir === 1 ? p > current : p < current;
    });
    for (const [c, dir] of [[found.up, 1], [found.down, -1]] as const) {
      if (c === null) continue;
      const cand: PostFactorChange = {
        riskPointId: it.rp.id,
        factor: FACTOR_IDS[c.i] as FactorId,
        from: c.from,
        to: c.to as Rating,
        level: LEVEL_IDS[postLevelWith(it.level, c.level)] ?? 'low',
      };
      if (dir === 1 && better(up, cand)) up = cand;
      if (dir === -1 && better(down, cand)) down = cand;
    }
  }
  // The post's own ratings reach every risk point that does not rate the factor itself.
  for (const f of ['importance', 'influence'] as const) {
    const own = post.factors[f];
    const from = own ?? (cm.model.missing.policy === 'assume' ? cm.model.missing.rating : undefined);
    if (from === undefined) continue;
    for (let t = RATING_MIN; t <= RATING_MAX; t++) {
      if (t === from) continue;
      const changed: Post = { ...post, factors: { ...post.factors, [f]: t as Rating } };
      const c2 = [0, 0, 0];
      for (const it of items) {
        const l = it.rp.factors[f] !== undefined ? it.level : levelFromValues(cm, changed, it.power, it.rp, valuesOf(cm, effectiveFactors(changed, it.rp)));
        c2[l] = (c2[l] ?? 0) + 1;
      }
      const p = aggregateLevel(cm.model, c2);
      const cand: PostFactorChange = { riskPointId: null, factor: f, from, to: t as Rating, level: LEVEL_IDS[p] ?? 'low' };
      if (t > from && p > current && better(up, cand)) up = cand;
      if (t < from && p < current && better(down, cand)) down = cand;
    }
  }
  const where = (c: FactorChange): LocalizedText => {
    const id = (c as PostFactorChange).riskPointId;
    return id === null ? T.wherePost : fillAll(T.whereRiskPoint, { id });
  };
  return { id: post.id, level: LEVEL_IDS[current] ?? 'low', up, down, text: sentenceFor(up, down, where) };
}
