/**
 * Power-configuration checks (权力配置检查): structural problems in how powers are distributed
 * among posts. Findings come in document order of posts, then in the order of `FINDING_CODES`
 * (incompatible pairs in settings order).
 */
import { fillAll, type Locale, type LocalizedText, type MessageParams } from '../i18n/locale.js';
import type { OrganizationDocument, Post, Power } from '../model/document.js';
import { LEVELS, POWER_CATEGORIES, type Level, type PowerCategory } from '../model/enums.js';
import type { Assessment } from '../scoring/types.js';
import { FINDING_MESSAGES, TERM_MESSAGE_PARTS } from './messages.js';
import { withDefaults, type FindingSettings, type IncompatiblePair, type PowerMatcher } from './settings.js';
import { auditBasis, fundLinked, isNewHolder, preAppointmentUrgency, type AuditBasis } from './term.js';
import type { Finding, FindingCode } from './types.js';

/** Post levels by post id, or a whole assessment (its posts' inherent levels are used). */
export type PostLevels = ReadonlyMap<string, Level> | Pick<Assessment, 'posts'>;

function levelOf(levels: PostLevels, postId: string): Level | undefined {
  if ('posts' in levels && !('get' in levels)) return levels.posts.get(postId)?.level;
  return (levels as ReadonlyMap<string, Level>).get(postId);
}

function joinNames(names: readonly string[]): LocalizedText {
  const zh = names.join('、');
  return { 'zh-CN': zh, 'zh-TW': zh, en: names.join(', ') };
}

function joinLabels(labels: readonly LocalizedText[]): LocalizedText {
  return {
    'zh-CN': labels.map((l) => l['zh-CN']).join('、'),
    'zh-TW': labels.map((l) => l['zh-TW']).join('、'),
    en: labels.map((l) => l.en).join(', '),
  };
}

function categoryLabel(id: PowerCategory): LocalizedText {
  return POWER_CATEGORIES.find((c) => c.id === id)?.label ?? { 'zh-CN': id, 'zh-TW': id, en: id };
}

function levelLabel(level: Level): LocalizedText {
  return LEVELS.find((l) => l.id === level)?.label ?? { 'zh-CN': level, 'zh-TW': level, en: level };
}

function finding(
  code: FindingCode,
  post: Pick<Post, 'id' | 'name'>,
  powers: readonly Pick<Power, 'id' | 'name'>[],
  extra: MessageParams,
  pairId?: string,
  only?: Locale,
): Finding {
  const params: MessageParams = { post: post.name, postId: post.id, powers: joinNames(powers.map((p) => p.name)), ...extra };
  const f: Finding = { code, postId: post.id, powerIds: powers.map((p) => p.id), message: fillAll(FINDING_MESSAGES[code], params, only), params };
  return pairId === undefined ? f : { ...f, pairId };
}

/**
 * Tells whether a power is matched by a matcher (every condition present holds; step keywords match
 * as substrings of any of the power's steps).
 * @param power - the power
 * @param matcher - the matcher
 * @returns true when it matches
 */
export function powerMatches(power: Power, matcher: PowerMatcher): boolean {
  if (matcher.categories !== undefined && !matcher.categories.includes(power.category)) return false;
  if (matcher.steps !== undefined) {
    const keywords = matcher.steps;
    if (!power.steps.some((step) => keywords.some((k) => k !== '' && step.includes(k)))) return false;
  }
  if (matcher.notCollective === true && power.collectiveDecision) return false;
  return true;
}

function sideMatches(power: Power, side: readonly PowerMatcher[]): boolean {
  return side.some((m) => powerMatches(power, m));
}

/**
 * Tells whether a post has fund linkage: a power in one of `fundCategories`, or a risk point rated
 * at least `fundLinkageAtLeast` on `fundLinkage` (a factor rated on risk points only, so the
 * document's rating is the effective one).
 * @param post - the post
 * @param settings - the settings
 * @returns the powers that give the linkage, in document order (empty when there is none)
 */
export function fundLinkedPowers(post: Post, settings: FindingSettings): Power[] {
  return fundLinked(post, settings);
}

function checkPost(post: Post, level: Level | undefined, assessedOn: string | undefined, s: FindingSettings, only?: Locale): Finding[] {
  const out: Finding[] = [];
  const keyPowers = post.powers.filter((p) => s.keyAreas.includes(p.category));
  const areasHeld = s.keyAreas.filter((a) => keyPowers.some((p) => p.category === a));

  if (post.rank === 'principal' && keyPowers.length > 0) {
    out.push(finding('principal-direct-charge', post, keyPowers, { areas: joinLabels(areasHeld.map(categoryLabel)) }, undefined, only));
  }
  if (post.rank === 'deputy' && s.keyAreas.length > 0 && areasHeld.length === s.keyAreas.length) {
    out.push(
      finding('deputy-all-five', post, keyPowers, { areas: joinLabels(areasHeld.map(categoryLabel)), count: s.keyAreas.length }, undefined, only),
    );
  }
  for (const pair of s.incompatiblePairs) {
    const f = checkPair(post, pair, only);
    if (f !== undefined) out.push(f);
  }
  const undecided = post.powers.filter((p) => p.majorMatter && !p.collectiveDecision);
  if (undecided.length > 0) out.push(finding('collective-decision-missing', post, undecided, {}, undefined, only));

  if (level !== undefined && s.rotationLevels.includes(level) && post.tenureYears >= s.rotationYears) {
    out.push(finding('rotation-due', post, [], { tenure: post.tenureYears, limit: s.rotationYears, level: levelLabel(level) }, undefined, only));
  }
  if (post.tenureYears >= s.auditYears) {
    const basis = auditBasis(post, s);
    if (basis !== undefined) {
      out.push(finding('audit-due', post, basis.powers, { tenure: post.tenureYears, limit: s.auditYears, basis: basis.basis }, undefined, only));
    }
  }
  const f = preAppointmentFinding(post, level, assessedOn, s, false, only);
  if (f !== undefined) out.push(f);
  return out;
}

/**
 * The pre-appointment review (任前研判) a new holder of a 高 or 中 post needs, as a finding.
 * @param post - the post (a document post, or a catalog post)
 * @param level - the post's level, if known
 * @param assessedOn - the assessment date, if known
 * @param s - the settings
 * @param changed - the holder changed since the last cycle (a new holder whatever the dates say)
 * @param only - the one locale to write the message in (the others empty), when only one is wanted
 * @returns the finding, or `undefined` when none is due
 */
export function preAppointmentFinding(
  post: Pick<Post, 'id' | 'name' | 'holder' | 'holderSince'>,
  level: Level | undefined,
  assessedOn: string | undefined,
  s: FindingSettings,
  changed = false,
  only?: Locale,
): Finding | undefined {
  const pre = level === undefined ? undefined : preAppointmentUrgency(level);
  if (pre === undefined || level === undefined || !(changed || isNewHolder(post, assessedOn, s))) return undefined;
  return finding('pre-appointment-review', post, [], {
    holder: post.holder ?? TERM_MESSAGE_PARTS.unnamedHolder,
    since: post.holderSince ?? '—',
    level: levelLabel(level),
    urgency: pre.urgency,
  }, undefined, only);
}

/**
 * The departure audit (离任审计) due when a post changed holder, where an audit applied to the post
 * as it was last cycle ({@link auditBasis}).
 * @param basis - why the audit applies, from the post as it was last cycle
 * @param from - the outgoing holder, if named
 * @param after - the post this cycle (its id, name and new holder)
 * @returns the finding
 */
export function departureAuditFinding(basis: AuditBasis, from: string | undefined, after: Pick<Post, 'id' | 'name' | 'holder'>): Finding {
  return finding('departure-audit-due', after, basis.powers, {
    from: from ?? TERM_MESSAGE_PARTS.unnamedBefore,
    to: after.holder ?? TERM_MESSAGE_PARTS.unnamedHolder,
    basis: basis.basis,
  });
}
function checkPair(post: Post, pair: IncompatiblePair, only?: Locale): Finding | undefined {
  let first = false;
  let second = false;
  const involved: Power[] = [];
  for (const power of post.powers) {
    const a = sideMatches(power, pair.first);
    const b = sideMatches(power, pair.second);
    first ||= a;
    second ||= b;
    if (a || b) involved.push(power);
  }
  if (!first || !second) return undefined;
  const label = pair.label ?? { 'zh-CN': pair.id, 'zh-TW': pair.id, en: pair.id };
  return finding('incompatible-powers', post, involved, { pair: label }, pair.id, only);
}

/**
 * The power-configuration checks of one post, as {@link checkPowerConfiguration} makes them for
 * each post of a document: for documents read post by post.
 * @param post - the post
 * @param level - its inherent level, when known (`rotation-due` needs it)
 * @param assessedOn - the document's assessment date, when it has one
 * @param settings - complete settings (`withDefaultFindingSettings`)
 * @param only - the one locale to write messages in (the others empty): a catalog built for one locale
 * @returns the post's findings, by code
 */
export function checkPostConfiguration(post: Post, level: Level | undefined, assessedOn: string | undefined, settings: FindingSettings, only?: Locale): Finding[] {
  return checkPost(post, level, assessedOn, settings, only);
}

/**
 * Checks how powers are distributed among posts. Never throws; does not change its inputs.
 * - `principal-direct-charge`: a principal post holds powers in a key area (default: personnel,
 *   finance, approval, project, procurement);
 * - `deputy-all-five`: a deputy post holds every key area;
 * - `incompatible-powers`: a post holds both sides of an incompatible pair (one finding per pair);
 * - `collective-decision-missing`: `majorMatter` powers without `collectiveDecision` (one finding per post);
 * - `rotation-due`: tenure ≥ `rotationYears` on a post whose level is in `rotationLevels`
 *   (posts without a level are not checked);
 * - `audit-due`: tenure ≥ `auditYears` on a post with fund linkage (powers whose category or steps are fund-linked in the settings) or a
 *   rank in `leadershipRanks` (the in-term economic-responsibility audit);
 * - `pre-appointment-review`: a holder who took a 高 or 中 post at most `preAppointmentDays` before
 *   the document's `assessedOn` (任前研判). `departure-audit-due` comes from {@link diffCatalogs}.
 * @param doc - the validated document
 * @param postLevels - post levels by id, or the assessment
 * @param settings - settings; missing fields take `DEFAULT_FINDING_SETTINGS`
 * @returns the findings, by post in document order, then by code
 * @example
 * const findings = checkPowerConfiguration(doc, assess(doc));
 * findings.map((f) => `${f.postId}: ${f.message['zh-CN']}`);
 */
export function checkPowerConfiguration(
  doc: OrganizationDocument,
  postLevels: PostLevels = new Map(),
  settings: Partial<FindingSettings> = {},
): Finding[] {
  const s = withDefaults(settings);
  const out: Finding[] = [];
  for (const post of doc.posts) out.push(...checkPost(post, levelOf(postLevels, post.id), doc.assessedOn, s));
  return out;
}
