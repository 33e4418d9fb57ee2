/**
 * The catalog's summary, accumulated in one pass over assessed posts so it can be known before any
 * post is rendered (streamed catalogs print the summary first).
 */
import type { Level, PowerCategory, RiskCategory } from '../model/enums.js';
import { POWER_CATEGORIES, RISK_CATEGORIES } from '../model/enums.js';
import type { Factors } from '../model/document.js';
import type { LevelCounts } from '../scoring/types.js';
import type { CatalogSummary } from './types.js';

type MutableCounts = { high: number; medium: number; low: number };

const zero = (): MutableCounts => ({ high: 0, medium: 0, low: 0 });

/** Accumulates the summary; call the `add*` methods in catalog order, then `result`. */
export class SummaryBuilder {
  private posts = 0;
  private powers = 0;
  private riskPoints = 0;
  private readonly postsByLevel = zero();
  private readonly riskPointsByLevel = zero();
  private readonly residualByLevel = zero();
  private readonly departments = new Map<string, { posts: MutableCounts; riskPoints: MutableCounts }>();
  private readonly riskCategories = new Map<RiskCategory, MutableCounts>();
  private readonly powerCategories = new Map<PowerCategory, MutableCounts>();
  private readonly findings = new Map<string, number>();
  private readonly heatmap: number[][] = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  private unrated = 0;

  private department(name: string): { posts: MutableCounts; riskPoints: MutableCounts } {
    let d = this.departments.get(name);
    if (!d) {
      d = { posts: zero(), riskPoints: zero() };
      this.departments.set(name, d);
    }
    return d;
  }

  /** Counts a post. */
  addPost(department: string, level: Level, powers: number): void {
    this.posts += 1;
    this.powers += powers;
    this.postsByLevel[level] += 1;
    this.department(department).posts[level] += 1;
  }

  /** Counts a risk point. */
  addRiskPoint(
    department: string,
    category: PowerCategory,
    riskCategory: RiskCategory,
    level: Level,
    residualLevel: Level,
    factors: Factors,
  ): void {
    this.riskPoints += 1;
    this.riskPointsByLevel[level] += 1;
    this.residualByLevel[residualLevel] += 1;
    this.department(department).riskPoints[level] += 1;
    bump(this.riskCategories, riskCategory, level);
    bump(this.powerCategories, category, level);
    const l = factors.likelihood;
    const h = factors.harm;
    if (l === undefined || h === undefined) this.unrated += 1;
    else (this.heatmap[l - 1] as number[])[h - 1] = ((this.heatmap[l - 1] as number[])[h - 1] as number) + 1;
  }

  /** Counts a finding. */
  addFinding(code: string): void {
    this.findings.set(code, (this.findings.get(code) ?? 0) + 1);
  }

  /**
   * The summary; departments in the order first counted, categories in table order.
   * @param keyPosts - the key posts' ids, in catalog order
   * @param postsByWarningTier - posts per warning tier, counted by the catalog (tiers need the findings)
   */
  result(keyPosts: readonly string[], postsByWarningTier: CatalogSummary['postsByWarningTier']): CatalogSummary {
    const findingsByCode: Record<string, number> = {};
    for (const code of [...this.findings.keys()].sort()) findingsByCode[code] = this.findings.get(code) as number;
    return {
      posts: this.posts,
      powers: this.powers,
      riskPoints: this.riskPoints,
      postsByLevel: freeze(this.postsByLevel),
      postsByWarningTier,
      riskPointsByLevel: freeze(this.riskPointsByLevel),
      residualRiskPointsByLevel: freeze(this.residualByLevel),
      byDepartment: [...this.departments].map(([department, d]) => ({
        department,
        posts: freeze(d.posts),
        riskPoints: freeze(d.riskPoints),
      })),
      byRiskCategory: RISK_CATEGORIES.filter((c) => this.riskCategories.has(c.id)).map((c) => ({
        riskCategory: c.id,
        riskPoints: freeze(this.riskCategories.get(c.id) as MutableCounts),
      })),
      byPowerCategory: POWER_CATEGORIES.filter((c) => this.powerCategories.has(c.id)).map((c) => ({
        category: c.id,
        riskPoints: freeze(this.powerCategories.get(c.id) as MutableCounts),
      })),
      keyPosts: [...keyPosts],
      findingsByCode,
      heatmap: this.heatmap.map((row) => [...row]),
      unratedForHeatmap: this.unrated,
    };
  }
}

function bump<K>(map: Map<K, MutableCounts>, key: K, level: Level): void {
  let c = map.get(key);
  if (!c) {
    c = zero();
    map.set(key, c);
  }
  c[level] += 1;
}

function freeze(c: MutableCounts): LevelCounts {
  return { high: c.high, medium: c.medium, low: c.low };
}
