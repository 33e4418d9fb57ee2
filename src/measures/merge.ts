/**
 * The post view of measures: measures repeated across a post's risk points merged into one entry.
 */
import type { PostMeasure } from './types.js';
import type { Finding } from '../findings/types.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { Post } from '../model/document.js';
import type { Level } from '../model/enums.js';
import type { Assessment } from '../scoring/types.js';
import { DEFAULT_LIBRARY, type TemplateLibrary } from './library.js';
import { instantiate, selectionContext, selectMeasuresWith, type MeasureFill, type SelectionOptions } from './select.js';
import type { Phase, SelectedMeasure, SelectionContext } from './types.js';

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
 * points it serves (document order). The text is filled again with every power and step it serves
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
        : instantiate(
            template,
            {
              post: g.context.post.name,
              department: g.context.post.department,
              power: joined(g.powers),
              step: joined(g.steps),
            },
            status,
            fill,
          );
    byPhase[base.phase].push({ ...base, riskPointIds: g.riskPointIds });
  }
  return [...byPhase.before, ...byPhase.during, ...byPhase.after];
}

/** What {@link selectPostMeasures} returns. */
export interface PostSelection {
  /** Measures per risk point id, in document order of the risk points. */
  readonly byRiskPoint: ReadonlyMap<string, readonly SelectedMeasure[]>;
  /** The merged post view. */
  readonly merged: readonly PostMeasure[];
}

/**
 * Selects the measures of every risk point of a post and merges them. A finding applies to a risk
 * point when it is about the post as a whole (no power ids) or lists the risk point's power.
 * Risk points missing from the assessment are treated as low with the document's own ratings.
 * @param post - the post
 * @param assessment - levels and effective factors by risk point id
 * @param findings - findings of this post (others are ignored)
 * @param library - the template library
 * @param options - selection options (its `fill` applies to the risk points' measures)
 * @param mergedFill - which texts and locales of the merged measures to fill; all when absent
 * @returns measures per risk point and the merged post view
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
    for (const rp of power.riskPoints) {
      const a = assessment.riskPoints.get(rp.id);
      const level: Level = a?.level ?? 'low';
      const context = selectionContext(post, power, rp, a === undefined ? { level } : { level, effectiveFactors: a.effectiveFactors }, codes);
      const measures = selectMeasuresWith(context, library, options, memo);
      byRiskPoint.set(rp.id, measures);
      items.push({ riskPointId: rp.id, context, measures });
    }
  }
  return { byRiskPoint, merged: mergePostMeasures(items, library, mergedFill) };
}
