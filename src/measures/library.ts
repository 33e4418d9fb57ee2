/**
 * A template library: the templates in library order, looked up by id, with a fallback per phase.
 * The built-in library is {@link DEFAULT_LIBRARY}; user libraries come from `resolveTemplates`.
 */
import type { FactorReductions } from '../scoring/model.js';
import { type MeasureTemplate, type MeasureTriggers } from './types.js';
import { BUILTIN_TEMPLATES } from './templates.js';
import { type Phase, PHASES } from '../model/enums.js';

/** A set of templates ready for selection. Build one with {@link createLibrary}. */
export interface TemplateLibrary {
  /** Every template, in library order. */
  readonly templates: readonly MeasureTemplate[];
  /** Templates by id. */
  readonly byId: ReadonlyMap<string, MeasureTemplate>;
  /**
   * Per phase, the template selection falls back to when a high risk point needs a measure in that
   * phase and none applies: the first template of the phase with no trigger condition and of scope
   * `risk-point` (a fallback stands on a risk point, and only a general template fits every one).
   * Absent when the library has no such template in that phase.
   */
  readonly fallbacks: { readonly [P in Phase]?: MeasureTemplate };
}

/**
 * Tells whether a template has no trigger condition (it then applies everywhere, with the lowest relevance).
 * @param triggers - the template's triggers
 * @returns true when no condition is present
 */
export function isGeneralTriggers(triggers: MeasureTriggers): boolean {
  return (
    triggers.minLevel === undefined &&
    triggers.factors === undefined &&
    triggers.categories === undefined &&
    triggers.steps === undefined &&
    triggers.findingCodes === undefined &&
    triggers.flags === undefined &&
    triggers.ranks === undefined &&
    triggers.keywords === undefined &&
    triggers.parties === undefined &&
    triggers.decides === undefined
  );
}

/**
 * Builds a library from templates. Ids are assumed unique (the first wins otherwise); use
 * `resolveTemplates` to check user-supplied templates.
 * @param templates - the templates, in library order
 * @returns the library
 * @example
 * const mine = createLibrary(BUILTIN_TEMPLATES.filter((t) => t.kind !== 'technology'));
 */
export function createLibrary(templates: readonly MeasureTemplate[]): TemplateLibrary {
  const byId = new Map<string, MeasureTemplate>();
  for (const t of templates) if (!byId.has(t.id)) byId.set(t.id, t);
  const unique = [...byId.values()];
  const fallbacks: { [P in Phase]?: MeasureTemplate } = {};
  for (const phase of PHASES) {
    const inPhase = unique.filter((t) => t.phase === phase && t.scope !== 'post');
    const pick = inPhase.find((t) => isGeneralTriggers(t.triggers));
    if (pick !== undefined) fallbacks[phase] = pick;
  }
  return { templates: unique, byId, fallbacks };
}

/** The built-in library: {@link BUILTIN_TEMPLATES} as they are. */
export const DEFAULT_LIBRARY: TemplateLibrary = createLibrary(BUILTIN_TEMPLATES);

/**
 * What each template lowers when it is in place, for the scoring engine's residual risk.
 * @param library - the template library (default: the built-in one)
 * @returns template id → factor reductions
 * @example
 * controlEffects().get('platform-trace') // { monitoringDifficulty: 2, opacity: 1 }
 */
export function controlEffects(library: TemplateLibrary = DEFAULT_LIBRARY): ReadonlyMap<string, FactorReductions> {
  const effects = new Map<string, FactorReductions>();
  for (const t of library.templates) effects.set(t.id, t.effect);
  return effects;
}
