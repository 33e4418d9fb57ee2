/**
 * Settings of the power-configuration checks, as data with defaults, and their check when they
 * come from JSON.
 */
import { LOCALES, type LocalizedText } from '../i18n/locale.js';
import { LEVEL_IDS, POWER_CATEGORIES, RANKS, type Level, type PowerCategory, type Rank } from '../model/enums.js';
import { joinPath, type Checked } from '../validate/problem.js';
import { allowedList, has, isIntIn, isRecord, ProblemCollector } from '../validate/collect.js';
import { FINDING_SETTINGS_PROBLEM_MESSAGES, type FindingSettingsProblemCode } from './messages.js';

/**
 * Which powers one side of an incompatible pair covers. Every condition present must hold:
 * the category is listed; one of the power's steps contains one of the keywords; with
 * `notCollective`, the power is not decided collectively.
 */
export interface PowerMatcher {
  readonly categories?: readonly PowerCategory[];
  readonly steps?: readonly string[];
  readonly notCollective?: boolean;
}

/**
 * Duties one post must not hold together (分事行权、分岗设权). The pair matches a post holding a
 * power matched by one of `first` and a power matched by one of `second`; this may be one power
 * whose procedure has both steps, since the post then runs both.
 */
export interface IncompatiblePair {
  /** Stable kebab-case id, reported as the finding's `pairId`. */
  readonly id: string;
  /** What is held together, as a reader sees it; defaults to the id. */
  readonly label?: LocalizedText;
  /** One side (any matcher). */
  readonly first: readonly PowerMatcher[];
  /** The other side (any matcher). */
  readonly second: readonly PowerMatcher[];
}

/** Settings of {@link checkPowerConfiguration}. */
export interface FindingSettings {
  /** The key areas a principal must not hold directly and a deputy must not hold all of. */
  readonly keyAreas: readonly PowerCategory[];
  /** Duties that must be separated. */
  readonly incompatiblePairs: readonly IncompatiblePair[];
  /** Tenure (years) at which rotation is due. */
  readonly rotationYears: number;
  /** Post levels on which rotation is checked. */
  readonly rotationLevels: readonly Level[];
  /** Tenure (years) at which an economic-responsibility audit is due on a post with fund linkage. */
  readonly auditYears: number;
  /** A power in one of these categories gives its post fund linkage. */
  readonly fundCategories: readonly PowerCategory[];
  /** A risk point rated at least this on `fundLinkage` gives its post fund linkage. */
  readonly fundLinkageAtLeast: number;
  /**
   * A holder who took the post at most this many days before `assessedOn` is new: a 高 or 中
   * post then needs the pre-appointment review (任前研判).
   */
  readonly preAppointmentDays: number;
  /**
   * Ranks that are leadership posts (领导干部): like fund linkage, they make an in-term
   * economic-responsibility audit due at `auditYears` and a departure audit due when the holder changes.
   */
  readonly leadershipRanks: readonly Rank[];
  /** Ranks whose holders give the annual duty and integrity report (述职述廉). */
  readonly annualReportRanks: readonly Rank[];
}

const REQUIREMENT_OR_AWARD = ['立项', '需求', '招标', '评标', '定标', '采购', '立項', '招標', '評標', '採購'] as const;
const ACCEPTANCE_OR_PAYMENT = ['验收', '支付', '结算', '付款', '驗收', '結算'] as const;

/** The default incompatible pairs. */
export const DEFAULT_INCOMPATIBLE_PAIRS = [
  {
    id: 'award-and-acceptance',
    label: {
      'zh-CN': '立项、需求或招标采购与验收、支付',
      'zh-TW': '立項、需求或招標採購與驗收、付款',
      en: 'initiating, specifying or awarding and accepting or paying',
    },
    first: [{ steps: REQUIREMENT_OR_AWARD }],
    second: [{ steps: ACCEPTANCE_OR_PAYMENT }],
  },
  {
    id: 'inspection-and-penalty',
    label: {
      'zh-CN': '监督检查与未经集体决定的处罚',
      'zh-TW': '監督檢查與未經集體決定的處罰',
      en: 'inspecting and penalizing without a collective decision',
    },
    first: [{ categories: ['inspection'] }, { steps: ['检查', '督察', '巡查', '稽查', '檢查'] }],
    second: [{ steps: ['处罚', '罚款', '扣款', '處罰', '罰款'], notCollective: true }],
  },
] as const satisfies readonly IncompatiblePair[];

/** The default settings. */
export const DEFAULT_FINDING_SETTINGS = {
  keyAreas: ['personnel', 'finance', 'approval', 'project', 'procurement'],
  incompatiblePairs: DEFAULT_INCOMPATIBLE_PAIRS,
  rotationYears: 5,
  rotationLevels: ['medium', 'high'],
  auditYears: 5,
  fundCategories: ['finance', 'procurement', 'project', 'assets'],
  fundLinkageAtLeast: 4,
  preAppointmentDays: 90,
  leadershipRanks: ['principal', 'deputy'],
  annualReportRanks: ['principal', 'deputy', 'middle'],
} as const satisfies FindingSettings;

/**
 * Fills settings left out with the defaults.
 * @param partial - some settings
 * @returns complete settings
 */
export function withDefaults(partial: Partial<FindingSettings> = {}): FindingSettings {
  return { ...DEFAULT_FINDING_SETTINGS, ...partial };
}

type Collector = ProblemCollector<FindingSettingsProblemCode>;
const CATEGORY_IDS: readonly string[] = POWER_CATEGORIES.map((c) => c.id);
const RANK_IDS: readonly string[] = RANKS.map((r) => r.id);
const SETTINGS_FIELDS: readonly string[] = Object.keys(DEFAULT_FINDING_SETTINGS);
const PAIR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkCategories(value: unknown, path: string, out: Collector): PowerCategory[] | undefined {
  if (!Array.isArray(value)) {
    out.error('not-an-array', path);
    return undefined;
  }
  let ok = true;
  value.forEach((v: unknown, i) => {
    if (typeof v !== 'string' || !CATEGORY_IDS.includes(v)) {
      out.error('bad-power-category', joinPath(path, i), { value: String(v), allowed: allowedList(CATEGORY_IDS) });
      ok = false;
    }
  });
  return ok ? [...(value as PowerCategory[])] : undefined;
}

function checkMatcher(value: unknown, path: string, out: Collector): PowerMatcher | undefined {
  if (!isRecord(value)) {
    out.error('not-an-object', path);
    return undefined;
  }
  const m: { categories?: PowerCategory[]; steps?: string[]; notCollective?: boolean } = {};
  let ok = true;
  for (const key of Object.keys(value)) {
    if (key !== 'categories' && key !== 'steps' && key !== 'notCollective') out.warn('unknown-field', joinPath(path, key), { field: key });
  }
  if (has(value, 'categories')) {
    const c = checkCategories(value.categories, joinPath(path, 'categories'), out);
    if (c) m.categories = c;
    else ok = false;
  }
  if (has(value, 'steps')) {
    const sp = joinPath(path, 'steps');
    if (!Array.isArray(value.steps)) {
      out.error('not-an-array', sp);
      ok = false;
    } else {
      value.steps.forEach((s: unknown, i) => {
        if (typeof s !== 'string' || s.trim() === '') {
          out.error('bad-keyword', joinPath(sp, i));
          ok = false;
        }
      });
      m.steps = [...(value.steps as string[])];
    }
  }
  if (has(value, 'notCollective')) {
    if (typeof value.notCollective === 'boolean') m.notCollective = value.notCollective;
    else {
      out.error('not-a-boolean', joinPath(path, 'notCollective'));
      ok = false;
    }
  }
  if (ok && m.categories === undefined && m.steps === undefined) {
    out.error('empty-matcher', path);
    ok = false;
  }
  return ok ? m : undefined;
}

function checkSide(value: unknown, path: string, out: Collector): PowerMatcher[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    out.error(Array.isArray(value) ? 'empty-list' : 'not-an-array', path);
    return undefined;
  }
  const side = value.map((v: unknown, i) => checkMatcher(v, joinPath(path, i), out));
  return side.every((m) => m !== undefined) ? (side as PowerMatcher[]) : undefined;
}

function checkPair(value: unknown, path: string, out: Collector, seen: Set<string>): IncompatiblePair | undefined {
  if (!isRecord(value)) {
    out.error('not-an-object', path);
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!['id', 'label', 'first', 'second'].includes(key)) out.warn('unknown-field', joinPath(path, key), { field: key });
  }
  let ok = true;
  const id = value.id;
  if (typeof id !== 'string' || !PAIR_ID.test(id)) {
    out.error('bad-pair-id', joinPath(path, 'id'), { id: String(id) });
    ok = false;
  } else if (seen.has(id)) {
    out.error('duplicate-pair-id', joinPath(path, 'id'), { id });
    ok = false;
  } else seen.add(id);
  let label: LocalizedText | undefined;
  if (has(value, 'label')) {
    const l = value.label;
    if (!isRecord(l)) {
      out.error('not-an-object', joinPath(path, 'label'));
      ok = false;
    } else {
      for (const locale of LOCALES) {
        if (typeof l[locale] !== 'string' || (l[locale] as string).trim() === '') {
          out.error('missing-locale-text', joinPath(joinPath(path, 'label'), locale), { locale });
          ok = false;
        }
      }
      if (ok) label = { 'zh-CN': l['zh-CN'] as string, 'zh-TW': l['zh-TW'] as string, en: l.en as string };
    }
  }
  const first = checkSide(value.first, joinPath(path, 'first'), out);
  const second = checkSide(value.second, joinPath(path, 'second'), out);
  if (!ok || first === undefined || second === undefined) return undefined;
  return label === undefined ? { id: id as string, first, second } : { id: id as string, label, first, second };
}

/**
 * Checks finding settings read from JSON; fields left out take their defaults. Never throws.
 * `incompatiblePairs`, when given, replaces the default pairs (copy {@link DEFAULT_INCOMPATIBLE_PAIRS} to extend them).
 * @param input - the parsed JSON object
 * @returns complete settings, or every problem with its path
 * @example
 * validateFindingSettings({ rotationYears: 3, rotationLevels: ['high'] })
 */
export function validateFindingSettings(input: unknown): Checked<FindingSettings> {
  const out: Collector = new ProblemCollector(FINDING_SETTINGS_PROBLEM_MESSAGES);
  if (!isRecord(input)) {
    out.error('not-an-object', '');
    return { ok: false, problems: out.problems };
  }
  const s: { -readonly [K in keyof FindingSettings]?: FindingSettings[K] } = {};
  for (const key of Object.keys(input)) {
    if (!SETTINGS_FIELDS.includes(key)) out.warn('unknown-field', key, { field: key });
  }
  for (const key of ['keyAreas', 'fundCategories'] as const) {
    if (!has(input, key)) continue;
    const c = checkCategories(input[key], key, out);
    if (c) s[key] = c;
  }
  for (const key of ['rotationYears', 'auditYears'] as const) {
    if (!has(input, key)) continue;
    const v = input[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100) s[key] = v;
    else out.error('bad-years', key);
  }
  if (has(input, 'fundLinkageAtLeast')) {
    if (isIntIn(input.fundLinkageAtLeast, 1, 5)) s.fundLinkageAtLeast = input.fundLinkageAtLeast;
    else out.error('bad-threshold', 'fundLinkageAtLeast');
  }
  if (has(input, 'preAppointmentDays')) {
    if (isIntIn(input.preAppointmentDays, 0, 3660)) s.preAppointmentDays = input.preAppointmentDays;
    else out.error('bad-days', 'preAppointmentDays');
  }
  for (const key of ['leadershipRanks', 'annualReportRanks'] as const) {
    if (!has(input, key)) continue;
    const v = input[key];
    if (!Array.isArray(v)) {
      out.error('not-an-array', key);
      continue;
    }
    let ok = true;
    v.forEach((r: unknown, i) => {
      if (typeof r !== 'string' || !RANK_IDS.includes(r)) {
        out.error('bad-rank', joinPath(key, i), { value: String(r), allowed: allowedList(RANK_IDS) });
        ok = false;
      }
    });
    if (ok) s[key] = [...(v as Rank[])];
  }
  if (has(input, 'rotationLevels')) {
    const v = input.rotationLevels;
    if (!Array.isArray(v)) out.error('not-an-array', 'rotationLevels');
    else {
      let ok = true;
      v.forEach((l: unknown, i) => {
        if (typeof l !== 'string' || !(LEVEL_IDS as readonly string[]).includes(l)) {
          out.error('bad-level', joinPath('rotationLevels', i), { value: String(l), allowed: allowedList(LEVEL_IDS) });
          ok = false;
        }
      });
      if (ok) s.rotationLevels = [...(v as Level[])];
    }
  }
  if (has(input, 'incompatiblePairs')) {
    const v = input.incompatiblePairs;
    if (!Array.isArray(v)) out.error('not-an-array', 'incompatiblePairs');
    else {
      const seen = new Set<string>();
      const pairs = v.map((p: unknown, i) => checkPair(p, joinPath('incompatiblePairs', i), out, seen));
      if (pairs.every((p) => p !== undefined)) s.incompatiblePairs = pairs as IncompatiblePair[];
    }
  }
  if (out.hasErrors) return { ok: false, problems: out.problems };
  return { ok: true, value: withDefaults(s), problems: out.problems };
}
