/**
 * Builds the post risk catalog (岗位廉政风险防控一览表) from a validated document.
 *
 * Two passes keep memory in proportion to the document even for a province-wide platform:
 * the first scores every risk point and post (levels and scores only), runs the
 * power-configuration checks and the summary; the second builds each post's explanations and
 * measures only when a renderer asks for that post. {@link buildCatalog} simply collects the second
 * pass into an array.
 */
import { describeSuggestions, suggestDocumentRatings, type SuggestedRating } from '../factors/suggest.js';
import { LOCALES } from '../i18n/locale.js';
import type { Factors, OrganizationDocument, OwnMeasure, Post } from '../model/document.js';
import type { Explanation } from '../scoring/types.js';
import { compareLevels, type Level, type PowerCategory } from '../model/enums.js';
import type { Finding } from '../findings/types.js';
import { checkPowerConfiguration } from '../findings/check.js';
import { withDefaults, type FindingSettings } from '../findings/settings.js';
import { postTerm } from '../findings/term.js';
import { controlEffects, DEFAULT_LIBRARY, type TemplateLibrary } from '../measures/library.js';
import { selectPostMeasures } from '../measures/merge.js';
import type { SelectionOptions } from '../measures/select.js';
import { DEFAULT_MODEL } from '../scoring/defaults.js';
import { explainPost, explainRiskPoint, scorePost, scoreRiskPoint, type ScoringOptions } from '../scoring/engine.js';
import type { ScoringModel } from '../scoring/model.js';
import type { RiskPointAssessment, RiskPointScore } from '../scoring/types.js';
import { SummaryBuilder } from './summary.js';
import {
  CATALOG_SCHEMA_VERSION,
  type Catalog,
  type CatalogPost,
  type CatalogPower,
  type CatalogRiskPoint,
  type CatalogSource,
} from './types.js';
import { DEFAULT_WARNING_SETTINGS, earlyWarning, type WarningSettings } from './warnings.js';

/** Everything a catalog can be configured with; all optional. */
export interface CatalogOptions {
  /** The scoring model (from `parseModel`/`validateModel`); the default model when absent. */
  readonly model?: ScoringModel;
  /** The measure-template library (from `resolveTemplates`); the built-in one when absent. */
  readonly templates?: TemplateLibrary;
  /** Power-configuration check settings; defaults when absent. */
  readonly findingSettings?: Partial<FindingSettings>;
  /** Early-warning cycles and owners; defaults when absent. */
  readonly warningSettings?: WarningSettings;
  /** Measure selection options (how many proposals per phase). */
  readonly selection?: SelectionOptions;
  /**
   * The ISO date review dates count from. The core never reads the clock: pass today's date here
   * to count from today; otherwise the document's `assessedOn` is used.
   */
  readonly asOf?: string;
  /**
   * Fill every factor the document does not rate with its suggested rating (`suggestRatings`)
   * instead of the model's missing-rating policy. Given ratings are never changed; each risk point
   * lists what was suggested (`suggestedFactors`), its explanation says so, and the summary counts
   * given and suggested ratings.
   */
  readonly suggestRatings?: boolean;
}

/**
 * Power categories that make a medium-risk post a key post (重点岗位): the posts that manage money,
 * goods, people or projects (管钱、管物、管人、管项目). A high-risk post is always a key post.
 */
export const KEY_AREA_CATEGORIES: readonly PowerCategory[] = ['finance', 'procurement', 'assets', 'personnel', 'project'];

/**
 * Whether a post is a key post (重点岗位): its level is high, or it is medium and holds a power in
 * one of the {@link KEY_AREA_CATEGORIES}.
 * @param post - the post
 * @param level - its inherent level
 * @returns true for a key post
 */
export function isKeyPost(post: Post, level: Level): boolean {
  if (level === 'high') return true;
  return level === 'medium' && post.powers.some((p) => KEY_AREA_CATEGORIES.includes(p.category));
}

/** The ratings the document gave: the filled ratings less the suggested ones. */
function givenFactors(filled: Factors, suggested: readonly SuggestedRating[]): Factors {
  const out: { -readonly [F in keyof Factors]: Factors[F] } = { ...filled };
  for (const s of suggested) delete out[s.factor];
  return out;
}

/** An explanation that ends by naming the suggested ratings it was scored with. */
function withSuggestions(explanation: Explanation, suggested: readonly SuggestedRating[]): Explanation {
  const sentence = describeSuggestions(suggested);
  const text = { 'zh-CN': '', 'zh-TW': '', en: '' };
  for (const l of LOCALES) text[l] = `${explanation.text[l]}${l === 'en' ? ' ' : ''}${sentence[l]}`;
  return { ...explanation, text };
}

/** The name shown for a model that gives none. */
const CUSTOM_MODEL_NAME = { 'zh-CN': '自定义评分模型', 'zh-TW': '自訂評分模型', en: 'Custom scoring model' } as const;

/** What pass 1 keeps of a post: little, so a million risk points fit in memory. */
interface Scored {
  readonly post: Post;
  readonly index: number;
  readonly level: Level;
  readonly keyPost: boolean;
  findings: readonly Finding[];
}

const NO_FINDINGS: readonly Finding[] = [];
const NO_OWN_MEASURES: readonly OwnMeasure[] = [];

/**
 * The catalog as a source whose posts are built one at a time when iterated (once). Everything
 * but the posts — summary, findings, model — is computed up front.
 * @param doc - a validated document (from `validateDocument`/`parseDocument`)
 * @param options - model, templates, settings and the as-of date
 * @returns the catalog source; pass it to any renderer's `…Chunks` function
 * @example
 * const source = catalogSource(parseDocument(json));
 * for (const chunk of renderCsvChunks(source, { locale: 'zh-CN' })) write(chunk);
 */
export function catalogSource(input: OrganizationDocument, options: CatalogOptions = {}): CatalogSource {
  const suggestion = options.suggestRatings === true ? suggestDocumentRatings(input) : undefined;
  const doc = suggestion?.document ?? input;
  const model = options.model ?? DEFAULT_MODEL;
  const library = options.templates ?? DEFAULT_LIBRARY;
  const scoring: ScoringOptions = { model, controlEffects: controlEffects(library) };

  // Pass 1: levels and scores, counted into the summary and then dropped (pass 2 recomputes them
  // with their explanations), so what stays in memory per post is a few fields.
  const summary = new SummaryBuilder();
  const firstPass: Scored[] = [];
  const postLevels = new Map<string, Level>();
  const scores: RiskPointScore[] = [];
  doc.posts.forEach((post, index) => {
    scores.length = 0;
    for (const power of post.powers) for (const rp of power.riskPoints) scores.push(scoreRiskPoint(post, power, rp, scoring));
    const { level } = scorePost(post, scoring, scores);
    const keyPost = isKeyPost(post, level);
    postLevels.set(post.id, level);
    firstPass.push({ post, index, level, keyPost, findings: NO_FINDINGS });
    // Departments are counted in order of first appearance: the catalog's order too.
    summary.addPost(post.department, level, post.powers.length);
    let i = 0;
    for (const power of post.powers) {
      for (const rp of power.riskPoints) {
        const score = scores[i++] as RiskPointScore;
        summary.addRiskPoint(post.department, power.category, rp.riskCategory, score.level, score.residualLevel, score.effectiveFactors);
      }
    }
  });
  const findings = checkPowerConfiguration(doc, postLevels, options.findingSettings ?? {});
  const byId = new Map<string, Scored>();
  for (const s of firstPass) if (!byId.has(s.post.id)) byId.set(s.post.id, s);
  for (const f of findings) {
    const s = byId.get(f.postId);
    if (s !== undefined) s.findings = s.findings === NO_FINDINGS ? [f] : [...s.findings, f];
  }

  // Catalog order: department (first appearance), then level (high first), then document order.
  const departmentRank = new Map<string, number>();
  for (const { post } of firstPass) if (!departmentRank.has(post.department)) departmentRank.set(post.department, departmentRank.size);
  const ordered = firstPass.sort(
    (a, b) =>
      (departmentRank.get(a.post.department) as number) - (departmentRank.get(b.post.department) as number) ||
      compareLevels(b.level, a.level) ||
      a.index - b.index,
  );
  const orderedFindings: Finding[] = [];
  for (const s of ordered) for (const f of s.findings) orderedFindings.push(f);
  for (const f of orderedFindings) summary.addFinding(f.code);
  const keyPosts = ordered.filter((s) => s.keyPost).map((s) => s.post.id);

  const from = options.asOf ?? doc.assessedOn;
  const termSettings = withDefaults(options.findingSettings ?? {});
  const warningSettings = options.warningSettings ?? DEFAULT_WARNING_SETTINGS;

  // Pass 2, lazily: explanations and measures for one post at a time.
  function* posts(): Generator<CatalogPost> {
    for (const s of ordered) yield buildPost(s);
  }

  function buildPost(s: Scored): CatalogPost {
    const { post } = s;
    const assessed = new Map<string, RiskPointAssessment>();
    for (const power of post.powers) {
      for (const rp of power.riskPoints) assessed.set(rp.id, explainRiskPoint(post, power, rp, scoring));
    }
    const postAssessment = explainPost(post, scoring, [...assessed.values()]);
    const selection = selectPostMeasures(post, { riskPoints: assessed }, s.findings, library, options.selection ?? {});
    const powers: CatalogPower[] = post.powers.map((power) => ({
      id: power.id,
      name: power.name,
      category: power.category,
      majorMatter: power.majorMatter,
      collectiveDecision: power.collectiveDecision,
      steps: power.steps,
      riskPoints: power.riskPoints.map((rp): CatalogRiskPoint => {
        const a = assessed.get(rp.id) as RiskPointAssessment;
        const suggested = suggestion?.suggested.get(rp.id);
        return {
          id: rp.id,
          description: rp.description,
          step: rp.step,
          riskCategory: rp.riskCategory,
          priorIncident: rp.priorIncident,
          controls: rp.controls,
          factors: suggested === undefined ? rp.factors : givenFactors(rp.factors, suggested),
          effectiveFactors: a.effectiveFactors,
          level: a.level,
          score: a.score,
          residualLevel: a.residualLevel,
          residualScore: a.residualScore,
          explanation: suggested === undefined ? a.explanation : withSuggestions(a.explanation, suggested),
          ownMeasures: rp.ownMeasures ?? NO_OWN_MEASURES,
          measures: selection.byRiskPoint.get(rp.id) ?? [],
          ...(suggested === undefined ? {} : { suggestedFactors: suggested }),
        };
      }),
    }));
    return {
      id: post.id,
      name: post.name,
      department: post.department,
      rank: post.rank,
      tenureYears: post.tenureYears,
      ...(post.holder === undefined ? {} : { holder: post.holder }),
      ...(post.holderSince === undefined ? {} : { holderSince: post.holderSince }),
      factors: post.factors,
      level: postAssessment.level,
      score: postAssessment.score,
      residualLevel: postAssessment.residualLevel,
      residualScore: postAssessment.residualScore,
      explanation: postAssessment.explanation,
      keyPost: s.keyPost,
      warning: earlyWarning(postAssessment.level, from, warningSettings),
      powers,
      measures: selection.merged,
      findings: s.findings,
      term: postTerm(post, postAssessment.level, doc.assessedOn, termSettings),
    };
  }

  const header = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    ...(doc.organization === undefined ? {} : { organization: doc.organization }),
    ...(doc.assessedOn === undefined ? {} : { assessedOn: doc.assessedOn }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    model: { id: model.id ?? 'custom', method: model.method, name: model.name ?? CUSTOM_MODEL_NAME },
    summary: suggestion === undefined ? summary.result(keyPosts) : { ...summary.result(keyPosts), ratings: suggestion.counts },
    findings: orderedFindings,
  };
  return { ...header, posts: { [Symbol.iterator]: posts } };
}

/**
 * Builds the whole catalog in memory: every post with its powers, risk points, levels,
 * explanations, measures, findings and early warning, plus the summary.
 * @param doc - a validated document (from `validateDocument`/`parseDocument`)
 * @param options - model, templates, settings and the as-of date
 * @returns the catalog
 * @example
 * const catalog = buildCatalog(parseDocument(json), { asOf: '2026-11-22' });
 * catalog.posts[0].level // 'high'
 * catalog.findings.map((f) => f.code) // ['principal-direct-charge', …]
 */
export function buildCatalog(doc: OrganizationDocument, options: CatalogOptions = {}): Catalog {
  const source = catalogSource(doc, options);
  return { ...source, posts: [...source.posts] };
}
