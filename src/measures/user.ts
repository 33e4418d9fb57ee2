/**
 * User template libraries: add templates, override built-in ones by id, disable some; checked with
 * JSON paths, stable codes and messages in every locale.
 *
 * The document (see docs/readme/measures.md):
 * ```json
 * {
 *   "add":      [ { "id": "site-log", "title": {…}, "text": {…}, "phase": "during", "kind": "technology",
 *                   "owner": "department-head", "reviewDays": 90, "triggers": {…}, "effect": {…} } ],
 *   "override": [ { "id": "platform-trace", "reviewDays": 30 } ],
 *   "disable":  [ "off-duty-supervision" ]
 * }
 * ```
 * Applied in that order: added templates come after the base library's, overrides replace the named
 * top-level fields (a localized text as a whole; `indicator: null` removes it), disabled ids leave.
 */
import { LOCALES, type LocalizedText } from '../i18n/locale.js';
import { FINDING_CODES } from '../findings/types.js';
import { FACTOR_IDS, LEVEL_IDS, POWER_CATEGORIES, RANKS, type FactorId } from '../model/enums.js';
import { joinPath, type Checked } from '../validate/problem.js';
import { allowedList, has, isIntIn, isRecord, ProblemCollector } from '../validate/collect.js';
import type { FactorReductions } from '../scoring/model.js';
import { createLibrary, DEFAULT_LIBRARY, type TemplateLibrary } from './library.js';
import { MEASURE_KIND_LABELS, OWNER_TIER_LABELS, PHASE_LABELS, TEMPLATE_PROBLEM_MESSAGES, type TemplateProblemCode } from './messages.js';
import {
  PHASES,
  TEMPLATE_PLACEHOLDERS,
  TRIGGER_FLAGS,
  type MeasureKind,
  type MeasureTemplate,
  type MeasureTriggers,
  type OwnerTier,
  type Phase,
} from './types.js';

/** A template override: the id and any fields to replace (`indicator: null` removes the indicator). */
export type TemplateOverride = { readonly id: string } & {
  readonly [K in Exclude<keyof MeasureTemplate, 'id'>]?: K extends 'indicator' ? LocalizedText | null : MeasureTemplate[K];
};

/** The user template library document. `triggers` and `effect` of added templates default to `{}`. */
export interface TemplateLibraryInput {
  readonly add?: readonly MeasureTemplate[];
  readonly override?: readonly TemplateOverride[];
  readonly disable?: readonly string[];
}

/** The shape of a template id: lower-case words joined by hyphens. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const TEMPLATE_FIELDS = ['id', 'title', 'text', 'phase', 'kind', 'owner', 'triggers', 'effect', 'indicator', 'reviewDays'] as const;
const REQUIRED_FIELDS = ['id', 'title', 'text', 'phase', 'kind', 'owner', 'reviewDays'] as const;
const TRIGGER_FIELDS = ['minLevel', 'factors', 'categories', 'steps', 'findingCodes', 'flags', 'ranks'] as const;
const PHASE_IDS: readonly string[] = PHASE_LABELS.map((t) => t.id);
const KIND_IDS: readonly string[] = MEASURE_KIND_LABELS.map((t) => t.id);
const OWNER_IDS: readonly string[] = OWNER_TIER_LABELS.map((t) => t.id);
const CATEGORY_IDS: readonly string[] = POWER_CATEGORIES.map((t) => t.id);
const RANK_IDS: readonly string[] = RANKS.map((t) => t.id);
const FACTORS: readonly string[] = FACTOR_IDS;
const PLACEHOLDERS: readonly string[] = TEMPLATE_PLACEHOLDERS;

type Collector = ProblemCollector<TemplateProblemCode>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The `{name}` placeholders a text uses, in order of first use.
 * @param text - a template text
 * @returns the names between braces
 */
export function placeholdersOf(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function checkLocalized(value: unknown, path: string, out: Collector, placeholders: boolean): LocalizedText | undefined {
  if (!isRecord(value)) {
    out.error('not-an-object', path);
    return undefined;
  }
  let ok = true;
  for (const locale of LOCALES) {
    const text = value[locale];
    if (typeof text !== 'string' || text.trim() === '') {
      out.error('missing-locale-text', joinPath(path, locale), { locale });
      ok = false;
    }
  }
  for (const key of Object.keys(value)) {
    if (!(LOCALES as readonly string[]).includes(key)) out.warn('unknown-field', joinPath(path, key), { field: key });
  }
  if (!ok) return undefined;
  const result: LocalizedText = { 'zh-CN': value['zh-CN'] as string, 'zh-TW': value['zh-TW'] as string, en: value.en as string };
  if (placeholders) {
    const expected = placeholdersOf(result['zh-CN']);
    for (const locale of LOCALES) {
      const found = placeholdersOf(result[locale]);
      for (const name of found) {
        if (!PLACEHOLDERS.includes(name)) {
          out.error('unknown-placeholder', joinPath(path, locale), { placeholder: `{${name}}` });
          ok = false;
        }
      }
      const a = [...found].sort().join(',');
      const b = [...expected].sort().join(',');
      if (locale !== 'zh-CN' && a !== b) {
        out.warn('placeholder-mismatch', joinPath(path, locale), {
          locale,
          found: found.map((n) => `{${n}}`).join(' ') || '-',
          expected: expected.map((n) => `{${n}}`).join(' ') || '-',
        });
      }
    }
  }
  return ok ? result : undefined;
}

function checkEnum(value: unknown, allowed: readonly string[], code: TemplateProblemCode, path: string, out: Collector): boolean {
  if (typeof value === 'string' && allowed.includes(value)) return true;
  out.error(code, path, { value: typeof value === 'string' ? value : JSON.stringify(value) ?? 'undefined', allowed: allowedList(allowed) });
  return false;
}

function checkEnumList(value: unknown, allowed: readonly string[], code: TemplateProblemCode, path: string, out: Collector): string[] | undefined {
  if (!Array.isArray(value)) {
    out.error('not-an-array', path);
    return undefined;
  }
  if (value.length === 0) out.warn('empty-list', path);
  let ok = true;
  value.forEach((v: unknown, i) => {
    if (!checkEnum(v, allowed, code, joinPath(path, i), out)) ok = false;
  });
  return ok ? (value as string[]) : undefined;
}

function checkTriggers(value: unknown, path: string, out: Collector): MeasureTriggers | undefined {
  if (!isRecord(value)) {
    out.error('not-an-object', path);
    return undefined;
  }
  const t: Mutable<MeasureTriggers> = {};
  let ok = true;
  for (const key of Object.keys(value)) {
    if (!(TRIGGER_FIELDS as readonly string[]).includes(key)) out.warn('unknown-field', joinPath(path, key), { field: key });
  }
  if (has(value, 'minLevel')) {
    if (checkEnum(value.minLevel, LEVEL_IDS, 'bad-level', joinPath(path, 'minLevel'), out)) t.minLevel = value.minLevel as MeasureTriggers['minLevel'] & string;
    else ok = false;
  }
  if (has(value, 'factors')) {
    const fp = joinPath(path, 'factors');
    const factors = value.factors;
    if (!isRecord(factors)) {
      out.error('not-an-object', fp);
      ok = false;
    } else {
      const f: { [F in FactorId]?: number } = {};
      for (const [key, min] of Object.entries(factors)) {
        if (!FACTORS.includes(key)) {
          out.error('unknown-factor', joinPath(fp, key), { factor: key });
          ok = false;
        } else if (!isIntIn(min, 1, 5)) {
          out.error('bad-threshold', joinPath(fp, key));
          ok = false;
        } else f[key as FactorId] = min;
      }
      t.factors = f;
    }
  }
  const lists = [
    ['categories', CATEGORY_IDS, 'bad-power-category'],
    ['findingCodes', FINDING_CODES as readonly string[], 'unknown-finding-code'],
    ['flags', TRIGGER_FLAGS as readonly string[], 'bad-flag'],
    ['ranks', RANK_IDS, 'bad-rank'],
  ] as const;
  for (const [key, allowed, code] of lists) {
    if (!has(value, key)) continue;
    const list = checkEnumList(value[key], allowed, code, joinPath(path, key), out);
    if (list === undefined) ok = false;
    else (t as Record<string, unknown>)[key] = [...list];
  }
  if (has(value, 'steps')) {
    const sp = joinPath(path, 'steps');
    const steps = value.steps;
    if (!Array.isArray(steps)) {
      out.error('not-an-array', sp);
      ok = false;
    } else {
      if (steps.length === 0) out.warn('empty-list', sp);
      steps.forEach((s: unknown, i) => {
        if (typeof s !== 'string' || s.trim() === '') {
          out.error('bad-keyword', joinPath(sp, i));
          ok = false;
        }
      });
      t.steps = [...(steps as string[])];
    }
  }
  return ok ? t : undefined;
}

function checkEffect(value: unknown, path: string, out: Collector): FactorReductions | undefined {
  if (!isRecord(value)) {
    out.error('not-an-object', path);
    return undefined;
  }
  const e: { [F in FactorId]?: number } = {};
  let ok = true;
  for (const [key, amount] of Object.entries(value)) {
    if (!FACTORS.includes(key)) {
      out.error('unknown-factor', joinPath(path, key), { factor: key });
      ok = false;
    } else if (!isIntIn(amount, 0, 4)) {
      out.error('bad-effect', joinPath(path, key));
      ok = false;
    } else e[key as FactorId] = amount;
  }
  return ok ? e : undefined;
}

/** Checks the fields present on a template object; returns the valid ones. */
function checkFields(obj: Readonly<Record<string, unknown>>, path: string, out: Collector): Partial<Mutable<MeasureTemplate>> & { indicatorRemoved?: true } {
  const t: Partial<Mutable<MeasureTemplate>> & { indicatorRemoved?: true } = {};
  for (const key of Object.keys(obj)) {
    if (!(TEMPLATE_FIELDS as readonly string[]).includes(key)) out.warn('unknown-field', joinPath(path, key), { field: key });
  }
  if (has(obj, 'title')) {
    const v = checkLocalized(obj.title, joinPath(path, 'title'), out, true);
    if (v) t.title = v;
  }
  if (has(obj, 'text')) {
    const v = checkLocalized(obj.text, joinPath(path, 'text'), out, true);
    if (v) t.text = v;
  }
  if (has(obj, 'indicator')) {
    if (obj.indicator === null) t.indicatorRemoved = true;
    else {
      const v = checkLocalized(obj.indicator, joinPath(path, 'indicator'), out, true);
      if (v) t.indicator = v;
    }
  }
  if (has(obj, 'phase') && checkEnum(obj.phase, PHASE_IDS, 'bad-phase', joinPath(path, 'phase'), out)) t.phase = obj.phase as Phase;
  if (has(obj, 'kind') && checkEnum(obj.kind, KIND_IDS, 'bad-kind', joinPath(path, 'kind'), out)) t.kind = obj.kind as MeasureKind;
  if (has(obj, 'owner') && checkEnum(obj.owner, OWNER_IDS, 'bad-owner', joinPath(path, 'owner'), out)) t.owner = obj.owner as OwnerTier;
  if (has(obj, 'reviewDays')) {
    if (isIntIn(obj.reviewDays, 1, 3660)) t.reviewDays = obj.reviewDays;
    else out.error('bad-review-days', joinPath(path, 'reviewDays'));
  }
  if (has(obj, 'triggers')) {
    const v = checkTriggers(obj.triggers, joinPath(path, 'triggers'), out);
    if (v) t.triggers = v;
  }
  if (has(obj, 'effect')) {
    const v = checkEffect(obj.effect, joinPath(path, 'effect'), out);
    if (v) t.effect = v;
  }
  return t;
}

function checkId(value: unknown, path: string, out: Collector): string | undefined {
  if (typeof value === 'string' && TEMPLATE_ID_PATTERN.test(value)) return value;
  out.error('bad-template-id', path, { id: typeof value === 'string' ? value : String(JSON.stringify(value)) });
  return undefined;
}

function listOf(root: Readonly<Record<string, unknown>>, key: string, out: Collector): readonly unknown[] {
  if (!has(root, key)) return [];
  const v = root[key];
  if (Array.isArray(v)) return v;
  out.error('not-an-array', key);
  return [];
}

/**
 * Checks a user template library and applies it to a base library. Never throws; never changes its input.
 * @param user - the parsed JSON document `{ add?, override?, disable? }`
 * @param base - the library it changes (default: the built-in one)
 * @returns the resulting library, or every problem found with its path
 * @example
 * const r = resolveTemplates({ override: [{ id: 'platform-trace', reviewDays: 30 }], disable: ['off-duty-supervision'] });
 * if (r.ok) selectMeasures(ctx, r.value);
 */
export function resolveTemplates(user: unknown, base: TemplateLibrary = DEFAULT_LIBRARY): Checked<TemplateLibrary> {
  const out: Collector = new ProblemCollector(TEMPLATE_PROBLEM_MESSAGES);
  if (!isRecord(user)) {
    out.error('not-an-object', '');
    return { ok: false, problems: out.problems };
  }
  for (const key of Object.keys(user)) {
    if (key !== 'add' && key !== 'override' && key !== 'disable') out.warn('unknown-field', key, { field: key });
  }

  // Map order is insertion order: base templates keep their place, added ones follow.
  const templates = new Map<string, MeasureTemplate>(base.templates.map((t) => [t.id, t]));

  listOf(user, 'add', out).forEach((item, i) => {
    const path = joinPath('add', i);
    if (!isRecord(item)) return out.error('not-an-object', path);
    let complete = true;
    for (const field of REQUIRED_FIELDS) {
      if (!has(item, field)) {
        out.error('missing-field', joinPath(path, field), { field });
        complete = false;
      }
    }
    const id = has(item, 'id') ? checkId(item.id, joinPath(path, 'id'), out) : undefined;
    const errorsBefore = out.problems.filter((p) => p.severity === 'error').length;
    const fields = checkFields(item, path, out);
    const fieldsOk = out.problems.filter((p) => p.severity === 'error').length === errorsBefore;
    if (id !== undefined && templates.has(id)) {
      out.error('duplicate-template-id', joinPath(path, 'id'), { id });
      return;
    }
    if (id === undefined || !complete || !fieldsOk) return;
    const t: Mutable<MeasureTemplate> = {
      id,
      title: fields.title as LocalizedText,
      text: fields.text as LocalizedText,
      phase: fields.phase as Phase,
      kind: fields.kind as MeasureKind,
      owner: fields.owner as OwnerTier,
      triggers: fields.triggers ?? {},
      effect: fields.effect ?? {},
      reviewDays: fields.reviewDays as number,
    };
    if (fields.indicator !== undefined) t.indicator = fields.indicator;
    templates.set(id, t);
  });

  const overridden = new Set<string>();
  listOf(user, 'override', out).forEach((item, i) => {
    const path = joinPath('override', i);
    if (!isRecord(item)) return out.error('not-an-object', path);
    if (!has(item, 'id')) return out.error('missing-field', joinPath(path, 'id'), { field: 'id' });
    const id = checkId(item.id, joinPath(path, 'id'), out);
    const fields = checkFields(item, path, out);
    if (id === undefined) return;
    const current = templates.get(id);
    if (current === undefined) return out.error('unknown-template-id', joinPath(path, 'id'), { id });
    if (overridden.has(id)) return out.error('duplicate-override', joinPath(path, 'id'), { id });
    overridden.add(id);
    const { indicatorRemoved, ...rest } = fields;
    const next: Mutable<MeasureTemplate> = { ...current, ...rest, id };
    if (indicatorRemoved) delete next.indicator;
    templates.set(id, next);
  });

  const disabled = new Set<string>();
  listOf(user, 'disable', out).forEach((item, i) => {
    const path = joinPath('disable', i);
    if (typeof item !== 'string') return out.error('bad-template-id', path, { id: String(JSON.stringify(item)) });
    if (!templates.has(item)) return out.error('unknown-template-id', path, { id: item });
    if (disabled.has(item)) return out.warn('duplicate-disable', path, { id: item });
    disabled.add(item);
  });

  if (out.hasErrors) return { ok: false, problems: out.problems };
  const ordered = [...templates.values()].filter((t) => !disabled.has(t.id));
  for (const phase of PHASES) {
    if (!ordered.some((t) => t.phase === phase)) {
      const label = PHASE_LABELS.find((p) => p.id === phase)?.label ?? { 'zh-CN': phase, 'zh-TW': phase, en: phase };
      out.warn('phase-without-templates', '', { phase: label });
    }
  }
  return { ok: true, value: createLibrary(ordered), problems: out.problems };
}
