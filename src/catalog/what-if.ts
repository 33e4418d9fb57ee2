/**
 * What-if over everything a unit can change (issue 12): one rating, one of the power's flags
 * (`collectiveDecision`, `majorMatter`), or one measure from the library put in place. For a risk
 * point or a post it finds the smallest change that lowers the level and the smallest that raises
 * it, among all of these, and names the measure that would lower the residual level most.
 *
 * Ratings and flags change what the point *is*, so they are judged on the inherent level; a measure
 * changes what is done about it, so it is judged on the residual level. Size: a rating change counts
 * its points (3 → 1 is 2), a flag or a measure counts 1; at equal size a rating comes first, then a
 * flag, then a measure, each in document or library order.
 */
import { fillAll, type LocalizedText } from '../i18n/locale.js';
import { controlEffects, DEFAULT_LIBRARY, type TemplateLibrary } from '../measures/library.js';
import type { MeasureTemplate } from '../measures/types.js';
import type { Post, Power, RiskPoint } from '../model/document.js';
import { compareLevels, LEVELS, termLabel, type Level } from '../model/enums.js';
import { factorLabel } from '../model/factors.js';
import { DEFAULT_MODEL } from '../scoring/defaults.js';
import { scorePost, scoreRiskPoint } from '../scoring/engine.js';
import type { ScoringModel } from '../scoring/model.js';
import { whatIf, whatIfPost, type FactorChange } from '../scoring/whatif.js';

/** The flags of a power a unit can change. */
export type PowerFlag = 'collectiveDecision' | 'majorMatter';

/** One change a unit can make. */
export type UnitChange =
  | { readonly kind: 'rating'; readonly riskPointId: string | null; readonly factor: FactorChange['factor']; readonly from: number; readonly to: number }
  | { readonly kind: 'flag'; readonly powerId: string; readonly flag: PowerFlag; readonly to: boolean }
  | { readonly kind: 'measure'; readonly riskPointId: string; readonly templateId: string; readonly title: LocalizedText };

/** A change and the level it gives: inherent for a rating or a flag, residual for a measure. */
export interface LevelMove {
  readonly change: UnitChange;
  readonly level: Level;
  readonly judged: 'inherent' | 'residual';
}

/** The answer for a risk point or a post. */
export interface UnitWhatIf {
  readonly id: string;
  readonly level: Level;
  readonly residualLevel: Level;
  /** The smallest change that lowers the level; `null` when none does. */
  readonly down: LevelMove | null;
  /** The smallest change that raises it; `null` when none does. */
  readonly up: LevelMove | null;
  /** The library measure that lowers the residual level most (not in place yet); `null` when none lowers it. */
  readonly bestMeasure: LevelMove | null;
  /** The answer in a sentence, in every locale. */
  readonly text: LocalizedText;
}

/** Options: the model and the template library (the defaults when absent). */
export interface UnitWhatIfOptions {
  readonly model?: ScoringModel;
  readonly templates?: TemplateLibrary;
}

const KIND_ORDER = { rating: 0, flag: 1, measure: 2 } as const;

function size(c: UnitChange): number {
  return c.kind === 'rating' ? Math.abs(c.to - c.from) : 1;
}

function smaller(a: LevelMove | null, b: LevelMove): boolean {
  if (a === null) return true;
  const d = size(b.change) - size(a.change);
  return d < 0 || (d === 0 && KIND_ORDER[b.change.kind] < KIND_ORDER[a.change.kind]);
}

const FLAGS: readonly PowerFlag[] = ['collectiveDecision', 'majorMatter'];

function withFlag(power: Power, flag: PowerFlag): Power {
  return { ...power, [flag]: !power[flag] };
}

function titleOf(t: MeasureTemplate, post: Post, power: Power, rp: RiskPoint): LocalizedText {
  return fillAll(t.title, { post: post.name, power: power.name, department: post.department, step: rp.step });
}

function ratingMove(c: FactorChange, riskPointId: string | null): LevelMove {
  return { change: { kind: 'rating', riskPointId, factor: c.factor, from: c.from, to: c.to }, level: c.level, judged: 'inherent' };
}

/**
 * What-if over ratings, flags and measures for one risk point.
 * @param post - the post holding the power
 * @param power - the power holding the risk point
 * @param riskPoint - the risk point
 * @param options - model and template library
 * @returns the smallest lowering and raising change, the best measure, and a sentence
 * @example
 * whatIfChanges(post, power, rp).down?.change // { kind: 'flag', powerId: 'w1', flag: 'collectiveDecision', to: true }
 */
export function whatIfChanges(post: Post, power: Power, riskPoint: RiskPoint, options: UnitWhatIfOptions = {}): UnitWhatIf {
  const model = options.model ?? DEFAULT_MODEL;
  const library = options.templates ?? DEFAULT_LIBRARY;
  const effects = controlEffects(library);
  const now = scoreRiskPoint(post, power, riskPoint, { model, controlEffects: effects });
  const ratings = whatIf(post, power, riskPoint, { model });
  let down = ratings.down === null ? null : ratingMove(ratings.down, riskPoint.id);
  let up = ratings.up === null ? null : ratingMove(ratings.up, riskPoint.id);
  for (const flag of FLAGS) {
    const p2 = withFlag(power, flag);
    const level = scoreRiskPoint(post, p2, riskPoint, { model }).level;
    const move: LevelMove = { change: { kind: 'flag', powerId: power.id, flag, to: p2[flag] }, level, judged: 'inherent' };
    const c = compareLevels(level, now.level);
    if (c < 0 && smaller(down, move)) down = move;
    if (c > 0 && smaller(up, move)) up = move;
  }
  let best: LevelMove | null = null;
  let bestScore = now.residualScore;
  for (const t of library.templates) {
    if (riskPoint.controls.includes(t.id)) continue;
    const rp2: RiskPoint = { ...riskPoint, controls: [...riskPoint.controls, t.id] };
    const s = scoreRiskPoint(post, power, rp2, { model, controlEffects: effects });
    if (compareLevels(s.residualLevel, now.residualLevel) >= 0) continue;
    const lower = best === null || compareLevels(s.residualLevel, best.level) < 0 || (s.residualLevel === best.level && s.residualScore < bestScore);
    if (lower) {
      best = { change: { kind: 'measure', riskPointId: riskPoint.id, templateId: t.id, title: titleOf(t, post, power, riskPoint) }, level: s.residualLevel, judged: 'residual' };
      bestScore = s.residualScore;
    }
  }
  if (best !== null && smaller(down, best)) down = best;
  return { id: riskPoint.id, level: now.level, residualLevel: now.residualLevel, down, up, bestMeasure: best, text: sentence(down, up, best, post) };
}

/**
 * What-if over ratings, flags and measures for a post: a rating of one of its risk points or the
 * post's own, a flag of one of its powers, or one measure on one of its risk points.
 * @param post - the post
 * @param options - model and template library
 * @returns the smallest lowering and raising change, the best measure, and a sentence
 */
export function whatIfPostChanges(post: Post, options: UnitWhatIfOptions = {}): UnitWhatIf {
  const model = options.model ?? DEFAULT_MODEL;
  const library = options.templates ?? DEFAULT_LIBRARY;
  const effects = controlEffects(library);
  const now = scorePost(post, { model, controlEffects: effects });
  const ratings = whatIfPost(post, { model });
  let down = ratings.down === null ? null : ratingMove(ratings.down, ratings.down.riskPointId);
  let up = ratings.up === null ? null : ratingMove(ratings.up, ratings.up.riskPointId);
  for (const [wi, power] of post.powers.entries()) {
    for (const flag of FLAGS) {
      const p2 = withFlag(power, flag);
      const post2: Post = { ...post, powers: post.powers.map((w, k) => (k === wi ? p2 : w)) };
      const level = scorePost(post2, { model }).level;
      const move: LevelMove = { change: { kind: 'flag', powerId: power.id, flag, to: p2[flag] }, level, judged: 'inherent' };
      const c = compareLevels(level, now.level);
      if (c < 0 && smaller(down, move)) down = move;
      if (c > 0 && smaller(up, move)) up = move;
    }
  }
  let best: LevelMove | null = null;
  let bestScore = now.residualScore;
  for (const [wi, power] of post.powers.entries()) {
    for (const [ri, rp] of power.riskPoints.entries()) {
      for (const t of library.templates) {
        if (rp.controls.includes(t.id)) continue;
        const rp2: RiskPoint = { ...rp, controls: [...rp.controls, t.id] };
        const p2: Power = { ...power, riskPoints: power.riskPoints.map((x, k) => (k === ri ? rp2 : x)) };
        const post2: Post = { ...post, powers: post.powers.map((w, k) => (k === wi ? p2 : w)) };
        const s = scorePost(post2, { model, controlEffects: effects });
        if (compareLevels(s.residualLevel, now.residualLevel) >= 0) continue;
        if (best === null || compareLevels(s.residualLevel, best.level) < 0 || (s.residualLevel === best.level && s.residualScore < bestScore)) {
          best = { change: { kind: 'measure', riskPointId: rp.id, templateId: t.id, title: titleOf(t, post, power, rp) }, level: s.residualLevel, judged: 'residual' };
          bestScore = s.residualScore;
        }
      }
    }
  }
  if (best !== null && smaller(down, best)) down = best;
  return { id: post.id, level: now.level, residualLevel: now.residualLevel, down, up, bestMeasure: best, text: sentence(down, up, best, post) };
}

/** Words of the sentences, in the three locales. */
export const WHAT_IF_TEXT = {
  down: { 'zh-CN': '降级：{change}，{judged}变为{level}', 'zh-TW': '降級：{change}，{judged}變為{level}', en: 'Down: {change}, and the {judged} becomes {level}' },
  up: { 'zh-CN': '升级：{change}，{judged}变为{level}', 'zh-TW': '升級：{change}，{judged}變為{level}', en: 'Up: {change}, and the {judged} becomes {level}' },
  noDown: { 'zh-CN': '降级：没有单项改变能降低等级', 'zh-TW': '降級：沒有單項改變能降低等級', en: 'Down: no single change lowers the level' },
  noUp: { 'zh-CN': '升级：没有单项改变能提高等级', 'zh-TW': '升級：沒有單項改變能提高等級', en: 'Up: no single change raises the level' },
  best: {
    'zh-CN': '最能降低剩余风险的措施：“{title}”（剩余风险变为{level}）',
    'zh-TW': '最能降低剩餘風險的措施：「{title}」（剩餘風險變為{level}）',
    en: 'The measure that lowers the residual level most: "{title}" (residual level {level})',
  },
  noBest: { 'zh-CN': '库中没有单项措施能降低剩余风险', 'zh-TW': '庫中沒有單項措施能降低剩餘風險', en: 'No single library measure lowers the residual level' },
  inherent: { 'zh-CN': '固有风险', 'zh-TW': '固有風險', en: 'inherent level' },
  residual: { 'zh-CN': '剩余风险', 'zh-TW': '剩餘風險', en: 'residual level' },
  rating: { 'zh-CN': '{where}{factor}由{from}分改为{to}分', 'zh-TW': '{where}{factor}由{from}分改為{to}分', en: '{where}{factor} from {from} to {to}' },
  wherePoint: { 'zh-CN': '风险点 {id} 的', 'zh-TW': '風險點 {id} 的', en: 'risk point {id}: ' },
  wherePost: { 'zh-CN': '岗位的', 'zh-TW': '崗位的', en: "the post's " },
  collectiveDecision_true: { 'zh-CN': '“{power}”改为经集体决策', 'zh-TW': '「{power}」改為經集體決策', en: '"{power}" decided collectively' },
  collectiveDecision_false: { 'zh-CN': '“{power}”不再经集体决策', 'zh-TW': '「{power}」不再經集體決策', en: '"{power}" no longer decided collectively' },
  majorMatter_true: { 'zh-CN': '“{power}”列为“三重一大”事项', 'zh-TW': '「{power}」列為「三重一大」事項', en: '"{power}" treated as a major matter' },
  majorMatter_false: { 'zh-CN': '“{power}”不再列为“三重一大”事项', 'zh-TW': '「{power}」不再列為「三重一大」事項', en: '"{power}" no longer a major matter' },
  measure: { 'zh-CN': '在风险点 {id} 落实“{title}”', 'zh-TW': '在風險點 {id} 落實「{title}」', en: 'put "{title}" in place on risk point {id}' },
} as const satisfies Record<string, LocalizedText>;

function changeText(c: UnitChange, post: Post): LocalizedText {
  if (c.kind === 'rating') {
    const where = c.riskPointId === null ? WHAT_IF_TEXT.wherePost : fillAll(WHAT_IF_TEXT.wherePoint, { id: c.riskPointId });
    const factor = { 'zh-CN': factorLabel(c.factor, 'zh-CN'), 'zh-TW': factorLabel(c.factor, 'zh-TW'), en: factorLabel(c.factor, 'en') };
    return fillAll(WHAT_IF_TEXT.rating, { where, factor, from: c.from, to: c.to });
  }
  if (c.kind === 'flag') {
    const power = post.powers.find((w) => w.id === c.powerId)?.name ?? c.powerId;
    return fillAll(WHAT_IF_TEXT[`${c.flag}_${c.to ? 'true' : 'false'}`], { power });
  }
  return fillAll(WHAT_IF_TEXT.measure, { id: c.riskPointId, title: c.title });
}

function levelText(l: Level): LocalizedText {
  return { 'zh-CN': termLabel(LEVELS, l, 'zh-CN'), 'zh-TW': termLabel(LEVELS, l, 'zh-TW'), en: termLabel(LEVELS, l, 'en').toLowerCase() };
}

function sentence(down: LevelMove | null, up: LevelMove | null, best: LevelMove | null, post: Post): LocalizedText {
  const move = (m: LevelMove | null, key: 'down' | 'up'): LocalizedText =>
    m === null
      ? WHAT_IF_TEXT[key === 'down' ? 'noDown' : 'noUp']
      : fillAll(WHAT_IF_TEXT[key], { change: changeText(m.change, post), judged: WHAT_IF_TEXT[m.judged], level: levelText(m.level) });
  const b = best === null ? WHAT_IF_TEXT.noBest : fillAll(WHAT_IF_TEXT.best, { title: best.change.kind === 'measure' ? best.change.title : '', level: levelText(best.level) });
  const parts = [move(down, 'down'), move(up, 'up'), b];
  return {
    'zh-CN': `${parts.map((p) => p['zh-CN']).join('；')}。`,
    'zh-TW': `${parts.map((p) => p['zh-TW']).join('；')}。`,
    en: `${parts.map((p) => p.en).join('; ')}.`,
  };
}
