/**
 * The post view of measures: measures repeated across a post's risk points merged into one entry.
 */
import type { PostMeasure } from './types.js';
import type { Finding } from '../findings/types.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { Post } from '../model/document.js';
import { type Level, type Phase, PHASES } from '../model/enums.js';
import type { Assessment } from '../scoring/types.js';
import { DEFAULT_LIBRARY, type TemplateLibrary } from './library.js';
import {
  compiledTriggers,
  DEFAULT_MAX_POST_MEASURES,
  lowerTexts,
  type LowerTexts,
  instantiate,
  placeholderValues,
  selectionContext,
  selectMeasuresWith,
  type MeasureFill,
  type SelectionOptions,
} from './select.js';
import { type MeasureTemplate, type SelectedMeasure, type SelectionContext } from './types.js';

/** One risk point's selected measures, as {@link mergePostMeasures} takes them. */
export interface RiskPointMeasures {
  /** The risk point's id. */
  readonly riskPointId: string;
  /** The context it was selected with (names of the post, power and step). */
  readonly context: SelectionContext;
  /** What {@link selectMeasures} returned for it. */
  readonly measures: readonly SelectedMeasure[];
}

interface Group {
  readonly first: SelectedMeasure;
  readonly context: SelectionContext;
  readonly riskPointIds: string[];
  readonly powers: string[];
  readonly powerSeen: Set<string>;
  readonly steps: string[];
  readonly stepSeen: Set<string>;
  allInPlace: boolean;
}

function joined(values: readonly string[]): LocalizedText {
  return { 'zh-CN': values.join('、'), 'zh-TW': values.join('、'), en: values.join(', ') };
}

/**
 * Merges the measures of a post's risk points: one entry per template, with the ids of the risk
 * points it serves (document order); templates of scope `post` are left to {@link postWideMeasures}. The text is filled again with every power and step it serves
 * (`对工程款支付、材料采购的验收、支付环节……`). The merged status is `in-place` only when the measure
 * is in place at every risk point it serves. Order: phase, then first appearance. Linear in the
 * number of measures.
 * @param riskPoints - the post's risk points in document order, with their measures
 * @param library - the library the measures came from (to fill merged texts)
 * @param fill - which texts and locales of the merged measures to fill; all when absent
 * @returns the merged measures
 * @example
 * const merged = mergePostMeasures(points.map((p) => ({ riskPointId: p.id, context: p.ctx, measures: selectMeasures(p.ctx) })));
 */
export function mergePostMeasures(
  riskPoints: Iterable<RiskPointMeasures>,
  library: TemplateLibrary = DEFAULT_LIBRARY,
  fill?: MeasureFill,
): PostMeasure[] {
  const groups = new Map<string, Group>();
  for (const rp of riskPoints) {
    for (const m of rp.measures) {
      if (library.byId.get(m.templateId)?.scope === 'post') continue;
      let g = groups.get(m.templateId);
      if (g === undefined) {
        g = {
          first: m,
          context: rp.context,
          riskPointIds: [],
          powers: [],
          powerSeen: new Set(),
          steps: [],
          stepSeen: new Set(),
          allInPlace: true,
        };
        groups.set(m.templateId, g);
      }
      if (g.riskPointIds[g.riskPointIds.length - 1] !== rp.riskPointId) g.riskPointIds.push(rp.riskPointId);
      if (!g.powerSeen.has(rp.context.power.name)) {
        g.powerSeen.add(rp.context.power.name);
        g.powers.push(rp.context.power.name);
      }
      if (!g.stepSeen.has(rp.context.step)) {
        g.stepSeen.add(rp.context.step);
        g.steps.push(rp.context.step);
      }
      if (m.status !== 'in-place') g.allInPlace = false;
    }
  }

  const byPhase: Record<Phase, PostMeasure[]> = { before: [], during: [], after: [] };
  for (const [templateId, g] of groups) {
    const status: SelectedMeasure['status'] = g.allInPlace ? 'in-place' : 'proposed';
    const template = library.byId.get(templateId);
    const base: SelectedMeasure =
      template === undefined
        ? { ...g.first, status }
        : instantiate(template, { ...placeholderValues(g.context), power: joined(g.powers), step: joined(g.steps) }, status, fill, g.context.rank);
    byPhase[base.phase].push({ ...base, riskPointIds: g.riskPointIds });
  }
  return [...byPhase.before, ...byPhase.during, ...byPhase.after];
}

/** What {@link selectPostMeasures} returns. */
export interface PostSelection {
  /** Measures per risk point id, in document order of the risk points. */
  readonly byRiskPoint: ReadonlyMap<string, readonly SelectedMeasure[]>;
  /** The risk points' measures merged (scope `risk-point`). */
  readonly merged: readonly PostMeasure[];
  /** The measures listed once on the post (scope `post`: education, talks, reports, rotation, audit). */
  readonly postWide: readonly PostMeasure[];
}

/**
 * The measures listed once on a post (templates of scope `post`: integrity education, talks,
 * personal-matters reports, 述职述廉, rotation, audit…): each that applies to at least one of the
 * post's risk points, or that one of them has in place (`controls`, or an own measure adopting
 * it), with the risk points it serves. Those in place are always listed. Of the rest, at most
 * `maxPostMeasures` (default {@link DEFAULT_MAX_POST_MEASURES}): first those a finding on the post
 * calls for (rotation and audit due), then one of each phase in turn (before, during, after), each
 * phase's in library order (the library lists the post's measures most basic first). Listed by
 * phase, then library order; `{power}` and `{step}` name the first power and step served (the
 * texts say 等事项, "and the post's other matters").
 * @param items - the post's risk points with their selection contexts, in document order
 * @param library - the template library
 * @param options - `maxPostMeasures`
 * @param fill - which texts and locales to fill; all when absent
 * @returns the post-wide measures
 */
export function postWideMeasures(
  items: readonly RiskPointMeasures[],
  library: TemplateLibrary = DEFAULT_LIBRARY,
  options: SelectionOptions = {},
  fill?: MeasureFill,
): PostMeasure[] {
  interface Found {
    readonly template: MeasureTemplate;
    readonly index: number;
    readonly served: RiskPointMeasures[];
    readonly inPlace: boolean;
    readonly called: boolean;
  }
  const found: Found[] = [];
  const lowers = items.map((item) => lowerTexts(item.context));
  library.templates.forEach((template, index) => {
    if (template.scope !== 'post') return;
    const t = compiledTriggers(template.triggers);
    let inPlace = false;
    let applies = false;
    const served: RiskPointMeasures[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as RiskPointMeasures;
      const ctx = item.context;
      const adopted = ctx.controls.includes(template.id) || (ctx.ownMeasures ?? []).some((m) => m.template === template.id);
      const fits = t.test(ctx, lowers[i] as LowerTexts);
      if (!adopted && !fits) continue;
      inPlace ||= adopted;
      applies ||= fits;
      served.push(item);
    }
    if (served.length === 0) return;
    found.push({ template, index, served, inPlace, called: applies && template.triggers.findingCodes !== undefined });
  });
  const cap = Math.max(0, Math.floor(options.maxPostMeasures ?? DEFAULT_MAX_POST_MEASURES));
  const kept = found.filter((f) => f.inPlace);
  const open = found.filter((f) => !f.inPlace);
  const proposals: Found[] = open.filter((f) => f.called).slice(0, cap);
  const queues = PHASES.map((phase) => open.filter((f) => !f.called && f.template.phase === phase));
  while (proposals.length < cap && queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      const next = q.shift();
      if (next !== undefined && proposals.length < cap) proposals.push(next);
    }
  }
  kept.push(...proposals);
  kept.sort((a, b) => PHASES.indexOf(a.template.phase) - PHASES.indexOf(b.template.phase) || a.index - b.index);
  return kept.map((f) => {
    // Texts of the whole post name its first power and say "and the post's other matters"
    // (…等事项): listing every power would repeat the post's card.
    const first = f.served[0] as RiskPointMeasures;
    const m = instantiate(f.template, placeholderValues(first.context), f.inPlace ? 'in-place' : 'proposed', fill, first.context.rank);
    return { ...m, riskPointIds: f.served.map((s) => s.riskPointId) };
  });
}

/**
 * Selects the measures of every risk point of a post and merges them. A finding applies to a risk
 * point when it is about the post as a whole (no power ids) or lists the risk point's power.
 * Risk points missing from the assessment are treated as low with the document's own ratings.
 * @param post - the post
 * @param assessment - levels and effective factors by risk point id
 * @param findings - findings of this post (others are ignored)
 * @param library - the template library
 * @param options - selection options (its `fill` applies to the risk points' measures; its `model`
 *   is the scoring model the risk points were graded with)
 * @param mergedFill - which texts and locales of the merged and post-wide measures to fill; all when absent
 * @returns measures per risk point (without the measures of the whole post, even those in place
 *   there), the merged post view and the post-wide measures
 */
export function selectPostMeasures(
  post: Post,
  assessment: Pick<Assessment, 'riskPoints'>,
  findings: readonly Finding[] = [],
  library: TemplateLibrary = DEFAULT_LIBRARY,
  options: SelectionOptions = {},
  mergedFill?: MeasureFill,
): PostSelection {
  const postWide: string[] = [];
  const byPower = new Map<string, string[]>();
  for (const f of findings) {
    if (f.postId !== post.id) continue;
    if (f.powerIds.length === 0) postWide.push(f.code);
    for (const id of f.powerIds) {
      const list = byPower.get(id) ?? [];
      list.push(f.code);
      byPower.set(id, list);
    }
  }
  const byRiskPoint = new Map<string, readonly SelectedMeasure[]>();
  const items: RiskPointMeasures[] = [];
  const memo = new Map<string, SelectedMeasure>();
  for (const power of post.powers) {
    const codes = [...postWide, ...(byPower.get(power.id) ?? [])];
    // Templates fitting the whole power alike are listed once per power (see `listedOnPower`).
    const listed: string[] = [];
    for (const rp of power.riskPoints) {
      const a = assessment.riskPoints.get(rp.id);
      const level: Level = a?.level ?? 'low';
      const context = selectionContext(post, power, rp, a === undefined ? { level } : { level, effectiveFactors: a.effectiveFactors }, codes, options.model);
      const selected = selectMeasuresWith(listed.length === 0 ? context : { ...context, listedOnPower: [...listed] }, library, options, memo);
      for (const m of selected) if (!listed.includes(m.templateId)) listed.push(m.templateId);
      // A measure of the whole post stays off the row even where the unit lists it in place: the post
      // lists it once, in place (see postWideMeasures).
      const measures = selected.some((m) => library.byId.get(m.templateId)?.scope === 'post')
        ? selected.filter((m) => library.byId.get(m.templateId)?.scope !== 'post')
        : selected;
      byRiskPoint.set(rp.id, measures);
      items.push({ riskPointId: rp.id, context, measures });
    }
  }
  return { byRiskPoint, merged: mergePostMeasures(items, library, mergedFill), postWide: postWideMeasures(items, library, options, mergedFill) };
}
