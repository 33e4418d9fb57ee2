/**
 * Cycle-over-cycle comparison (年度对比) of two catalogs of the same organization, matched by id:
 * what was added or removed, which levels went up or down, which measures were added or dropped,
 * which findings are new or resolved. Every list is in a deterministic order, and swapping the two
 * catalogs swaps added/removed, up/down, new/resolved and nothing else.
 */
import type { LocalizedText } from '../i18n/locale.js';
import type { Level } from '../model/enums.js';
import { compareLevels } from '../model/enums.js';
import { departureAuditFinding, preAppointmentFinding } from '../findings/check.js';
import { withDefaults, type FindingSettings } from '../findings/settings.js';
import { auditBasis, holderChanged, type AuditBasis } from '../findings/term.js';
import type { Finding, FindingCode } from '../findings/types.js';

/** Findings about a holder's term, which end when the holder changes. */
const TERM_ENDS: readonly FindingCode[] = ['rotation-due', 'audit-due', 'pre-appointment-review'];
import type { CatalogSource } from './types.js';

/** The version of the diff's JSON shape. */
export const DIFF_SCHEMA_VERSION = 1;

/** An item present in only one of the two catalogs. */
export interface DiffItem {
  readonly id: string;
  /** The name (a post or power) or description (a risk point), for people. */
  readonly name: string;
  /** The post it belongs to (the item itself for posts). */
  readonly postId: string;
  /** That post's name, for people. */
  readonly postName: string;
}

/** A level that changed between the two catalogs. */
export interface LevelChange {
  readonly id: string;
  /** The post's name or the risk point's description, for people. */
  readonly name: string;
  readonly postId: string;
  /** The post's name, for people. */
  readonly postName: string;
  /** `inherent` or `residual`. */
  readonly basis: 'inherent' | 'residual';
  readonly from: Level;
  readonly to: Level;
  readonly fromScore: number;
  readonly toScore: number;
}

/** A measure on one risk point (or in one post's merged view) that appears or disappears. */
export interface MeasureChange {
  readonly postId: string;
  /** The post's name, for people. */
  readonly postName: string;
  readonly riskPointId: string;
  /** The risk point's description, for people. */
  readonly riskPointName: string;
  readonly templateId: string;
  /** The measure's title, for people. */
  readonly title: LocalizedText;
  /** Whether it was in place (`controls`) or proposed, in the catalog where it exists. */
  readonly status: 'in-place' | 'proposed';
}

/**
 * A post whose holder changed between the two cycles (任后评价): never an audit finding "resolved";
 * the departure audit and the new holder's pre-appointment review are among the new findings.
 */
export interface HolderChange {
  readonly postId: string;
  /** The post's name this cycle. */
  readonly name: string;
  /** The outgoing holder, where named. */
  readonly from?: string;
  /** The new holder, where named. */
  readonly to?: string;
  /** When the new holder took the post, where given. */
  readonly since?: string;
  /**
   * Findings of last cycle about the outgoing holder's term (`rotation-due`, `audit-due`) that ended
   * with it: not counted as resolved.
   */
  readonly endedFindings: readonly Finding[];
}

/** Changes in one direction for posts, powers and risk points. */
export interface AddedRemoved {
  readonly added: readonly DiffItem[];
  readonly removed: readonly DiffItem[];
}

/** The comparison of two catalogs. */
export interface CatalogDiff {
  readonly schemaVersion: typeof DIFF_SCHEMA_VERSION;
  /** True when nothing below changed. */
  readonly unchanged: boolean;
  readonly posts: AddedRemoved & { readonly up: readonly LevelChange[]; readonly down: readonly LevelChange[] };
  readonly powers: AddedRemoved;
  readonly riskPoints: AddedRemoved & { readonly up: readonly LevelChange[]; readonly down: readonly LevelChange[] };
  readonly measures: { readonly added: readonly MeasureChange[]; readonly dropped: readonly MeasureChange[] };
  readonly findings: { readonly new: readonly Finding[]; readonly resolved: readonly Finding[] };
  /** Posts whose holder changed, by post id. */
  readonly holders: { readonly changed: readonly HolderChange[] };
}

/** Options of {@link diffCatalogs}. */
export interface DiffOptions {
  /** The finding settings (fund linkage, leadership ranks, days that make a holder new); defaults when absent. */
  readonly findingSettings?: Partial<FindingSettings>;
}

/** What one side of a diff keeps of a post or risk point: what is compared, nothing more. */
interface Kept extends LevelCarrier {
  readonly name: string;
  readonly postId: string;
  readonly postName: string;
}

/** What one side keeps of a post's holder: enough to tell a change and say what it requires. */
interface KeptHolder {
  readonly holder?: string;
  readonly holderSince?: string;
  readonly tenureYears: number;
  /** Why a departure audit would apply to this post (as this side has it). */
  readonly audit: AuditBasis | undefined;
  /** The pre-appointment review this post would need with a new holder (this side's level). */
  readonly review: Finding | undefined;
  readonly name: string;
}

interface Indexed {
  readonly posts: Map<string, Kept>;
  readonly holders: Map<string, KeptHolder>;
  readonly powers: Map<string, { readonly name: string; readonly postId: string; readonly postName: string }>;
  readonly riskPoints: Map<string, Kept>;
  readonly measures: Map<string, MeasureChange>;
}

const kept = (x: LevelCarrier, name: string, postId: string, postName: string): Kept => ({
  name,
  postId,
  postName,
  level: x.level,
  score: x.score,
  residualLevel: x.residualLevel,
  residualScore: x.residualScore,
});

// One pass over the posts, keeping a few fields of each: two streamed catalogs of a province-wide
// platform can be compared without either being held in memory.
function index(catalog: CatalogSource, settings: FindingSettings): Indexed {
  const posts = new Map<string, Kept>();
  const holders = new Map<string, KeptHolder>();
  const powers = new Map<string, { name: string; postId: string; postName: string }>();
  const riskPoints = new Map<string, Kept>();
  const measures = new Map<string, MeasureChange>();
  for (const post of catalog.posts) {
    posts.set(post.id, kept(post, post.name, post.id, post.name));
    holders.set(post.id, {
      ...(post.holder === undefined ? {} : { holder: post.holder }),
      ...(post.holderSince === undefined ? {} : { holderSince: post.holderSince }),
      tenureYears: post.tenureYears,
      audit: auditBasis(post, settings),
      review: preAppointmentFinding(post, post.level, catalog.assessedOn, settings, true),
      name: post.name,
    });
    for (const power of post.powers) {
      powers.set(power.id, { name: power.name, postId: post.id, postName: post.name });
      for (const rp of power.riskPoints) {
        riskPoints.set(rp.id, kept(rp, rp.description, post.id, post.name));
        for (const m of rp.measures) {
          measures.set(`${rp.id}\u0000${m.templateId}\u0000${m.status}`, {
            postId: post.id,
            postName: post.name,
            riskPointId: rp.id,
            riskPointName: rp.description,
            templateId: m.templateId,
            title: m.title,
            status: m.status,
          });
        }
      }
    }
  }
  return { posts, holders, powers, riskPoints, measures };
}

// Code-unit order, never the machine's collation: the same bytes everywhere.
function byKey<T>(key: (t: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

function onlyIn<V>(
  a: ReadonlyMap<string, V>,
  b: ReadonlyMap<string, V>,
  item: (id: string, v: V) => DiffItem,
): DiffItem[] {
  const out: DiffItem[] = [];
  for (const [id, v] of a) if (!b.has(id)) out.push(item(id, v));
  return out.sort(byKey((d) => d.id));
}

function levelChanges(
  pairs: Iterable<{ id: string; postId: string; a: LevelCarrier; b: Kept }>,
): { up: LevelChange[]; down: LevelChange[] } {
  const up: LevelChange[] = [];
  const down: LevelChange[] = [];
  for (const { id, postId, a, b } of pairs) {
    const bases = [
      ['inherent', a.level, b.level, a.score, b.score],
      ['residual', a.residualLevel, b.residualLevel, a.residualScore, b.residualScore],
    ] as const;
    for (const [basis, from, to, fromScore, toScore] of bases) {
      const c = compareLevels(to, from);
      if (c === 0) continue;
      (c > 0 ? up : down).push({ id, name: b.name, postId, postName: b.postName, basis, from, to, fromScore, toScore });
    }
  }
  const order = byKey<LevelChange>((c) => `${c.id}\u0000${c.basis}`);
  return { up: up.sort(order), down: down.sort(order) };
}

interface LevelCarrier {
  readonly level: Level;
  readonly score: number;
  readonly residualLevel: Level;
  readonly residualScore: number;
}

// A finding is the same finding across cycles when it concerns the same post, check and pair,
// even if the powers it lists changed (a post may gain or lose one of several such powers).
function findingKey(f: Finding): string {
  return `${f.postId}\u0000${f.code}\u0000${f.pairId ?? ''}`;
}

function minus<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): V[] {
  const keys: string[] = [];
  for (const k of a.keys()) if (!b.has(k)) keys.push(k);
  keys.sort();
  return keys.map((k) => a.get(k) as V);
}

/**
 * Compares last cycle's catalog with this cycle's.
 * @param before - the earlier catalog, or a streamed source (its posts are read once)
 * @param after - the later catalog, or a streamed source
 * @returns what changed; `unchanged` is true when the two match in every respect compared
 * @example
 * const d = diffCatalogs(buildCatalog(lastYear), buildCatalog(thisYear));
 * d.riskPoints.up // risk points whose level rose
 */
export function diffCatalogs(before: CatalogSource, after: CatalogSource, options: DiffOptions = {}): CatalogDiff {
  const settings = withDefaults(options.findingSettings ?? {});
  const a = index(before, settings);
  const b = index(after, settings);
  const item = (id: string, k: { name: string; postId: string; postName: string }): DiffItem => ({ id, name: k.name, postId: k.postId, postName: k.postName });

  const postPairs = [...a.posts].flatMap(([id, pa]) => {
    const pb = b.posts.get(id);
    return pb ? [{ id, postId: id, a: pa, b: pb }] : [];
  });
  const rpPairs = [...a.riskPoints].flatMap(([id, ra]) => {
    const rb = b.riskPoints.get(id);
    return rb ? [{ id, postId: rb.postId, a: ra, b: rb }] : [];
  });
  const ma = a.measures;
  const mb = b.measures;
  const fa = new Map(before.findings.map((f) => [findingKey(f), f]));
  const fb = new Map(after.findings.map((f) => [findingKey(f), f]));

  // A change of holder: the outgoing term's findings end with it, and the change brings the
  // departure audit and the new holder's review (unless this cycle already has them).
  const changed: HolderChange[] = [];
  const ended = new Set<string>();
  for (const [id, ha] of a.holders) {
    const hb = b.holders.get(id);
    if (hb === undefined || !holderChanged(ha, hb)) continue;
    const endedFindings = before.findings.filter((f) => f.postId === id && TERM_ENDS.includes(f.code));
    for (const f of endedFindings) ended.add(findingKey(f));
    changed.push({
      postId: id,
      name: hb.name,
      ...(ha.holder === undefined ? {} : { from: ha.holder }),
      ...(hb.holder === undefined ? {} : { to: hb.holder }),
      ...(hb.holderSince === undefined ? {} : { since: hb.holderSince }),
      endedFindings,
    });
    const arising = [
      ha.audit === undefined ? undefined : departureAuditFinding(ha.audit, ha.holder, { id, name: hb.name, ...(hb.holder === undefined ? {} : { holder: hb.holder }) }),
      hb.review,
    ];
    for (const f of arising) if (f !== undefined && !fb.has(findingKey(f))) fb.set(findingKey(f), f);
  }
  changed.sort(byKey((c) => c.postId));
  for (const key of ended) {
    // Not resolved: the term they were about is over. Dropped from the earlier side only.
    if (!fb.has(key)) fa.delete(key);
  }

  const diff: Omit<CatalogDiff, 'unchanged'> = {
    schemaVersion: DIFF_SCHEMA_VERSION,
    posts: { added: onlyIn(b.posts, a.posts, item), removed: onlyIn(a.posts, b.posts, item), ...levelChanges(postPairs) },
    powers: { added: onlyIn(b.powers, a.powers, item), removed: onlyIn(a.powers, b.powers, item) },
    riskPoints: {
      added: onlyIn(b.riskPoints, a.riskPoints, item),
      removed: onlyIn(a.riskPoints, b.riskPoints, item),
      ...levelChanges(rpPairs),
    },
    measures: { added: minus(mb, ma), dropped: minus(ma, mb) },
    findings: { new: minus(fb, fa), resolved: minus(fa, fb) },
    holders: { changed },
  };
  const counts = [
    diff.posts.added, diff.posts.removed, diff.posts.up, diff.posts.down,
    diff.powers.added, diff.powers.removed,
    diff.riskPoints.added, diff.riskPoints.removed, diff.riskPoints.up, diff.riskPoints.down,
    diff.measures.added, diff.measures.dropped, diff.findings.new, diff.findings.resolved,
    diff.holders.changed,
  ];
  const { schemaVersion, ...rest } = diff;
  return { schemaVersion, unchanged: counts.every((c) => c.length === 0), ...rest };
}
