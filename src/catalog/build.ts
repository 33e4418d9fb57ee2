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
import { compareLevels, KEY_AREA_CATEGORIES, type Level, type Rank } from '../model/enums.js';
import type { Finding } from '../findings/types.js';
import { checkPostConfiguration } from '../findings/check.js';
import { withDefaults as withDefaultFindingSettings, type FindingSettings } from '../findings/settings.js';
import { postTerm } from '../findings/term.js';
import { controlEffects, DEFAULT_LIBRARY, type TemplateLibrary } from '../measures/library.js';
import { selectPostMeasures } from '../measures/merge.js';
import type { MeasureFill, SelectionOptions } from '../measures/select.js';
import type { Locale } from '../i18n/locale.js';
import { DEFAULT_MODEL } from '../scoring/defaults.js';
import { explainPost, explainRiskPoint, scorePost, scoreRiskPoint, type ScoringOptions } from '../scoring/engine.js';
import type { ScoringModel } from '../scoring/model.js';
import type { Explanation, RiskPointAssessment, RiskPointScore } from '../scoring/types.js';
import { SummaryBuilder } from './summary.js';
import {
  CATALOG_SCHEMA_VERSION,
  type Catalog,
  type CatalogPost,
  type CatalogPower,
  type CatalogRiskPoint,
  type CatalogSource,
  type CatalogTexts,
  type WarningSignal,
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
  /**
   * The posts' levels in the last cycle, by post id (e.g. from last year's catalog): a post whose
   * level rose since then gets the `level-rose` warning signal.
   */
  readonly lastCycleLevels?: Readonly<Record<string, Level>>;
  /** Measure selection options (how many proposals per risk point and per post). */
  readonly selection?: SelectionOptions;
  /**
   * The ISO date review dates count from. The core never reads the clock: pass today's date here
   * to count from today; otherwise the document's `assessedOn` is used.
   */
  readonly asOf?: string;
  /**
   * Build only these texts (one locale, no explanations, …): what a renderer writes, see
   * `textsFor`. Every text in every locale when absent.
   */
  readonly texts?: CatalogTexts;
  /**
   * Fill every factor the document does not rate with its suggested rating (`suggestRatings`)
   * instead of the model's missing-rating policy. Given ratings are never changed; each risk point
   * lists what was suggested (`suggestedFactors`), its explanation says so, and the summary counts
   * given and suggested ratings. A document with `suggestRatings: true` asks for this itself.
   */
  readonly suggestRatings?: boolean;
}

/**
 * Power categories that make a medium-risk post a key post (重点岗位): the posts that manage money,
 * goods, people or projects (管钱、管物、管人、管项目). A high-risk post is always a key post.
 * Declared in the model's vocabulary, re-exported here.
 */
export { KEY_AREA_CATEGORIES };

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
  /** Its place in the document: pass 2 fetches it by this. */
  readonly index: number;
  readonly id: string;
  readonly department: string;
  readonly rank: Rank;
  /** An integrity problem happened at one of its risk points before (a warning signal). */
  readonly priorIncident: boolean;
  readonly level: Level;
  readonly keyPost: boolean;
  readonly findings: readonly Finding[];
}

const NO_FINDINGS: readonly Finding[] = [];
const NO_OWN_MEASURES: readonly OwnMeasure[] = [];

/** What stands for an explanation the catalog was asked not to build. */
/** A graded row's published level and source, copied only when the document gives them. */
function published(x: { readonly publishedLevel?: Level; readonly source?: string }): { publishedLevel?: Level; source?: string } {
  return {
    ...(x.publishedLevel === undefined ? {} : { publishedLevel: x.publishedLevel }),
    ...(x.source === undefined ? {} : { source: x.source }),
  };
}

const NOT_BUILT: Explanation = { text: { 'zh-CN': '', 'zh-TW': '', en: '' } };

/** The document-level fields of a catalog's input, known without its posts. */
export interface DocumentHeader {
  readonly organization?: string;
  readonly assessedOn?: string;
  readonly suggestRatings?: boolean;
}

/**
 * Whether a catalog fills unrated factors with suggested ratings: the caller asks for it
 * (`suggestRatings`), or the document does (its own `suggestRatings`, as `import --suggest-ratings`
 * writes it).
 * @param header - the document's header
 * @param options - the catalog options
 * @returns true when suggested ratings fill the unrated factors
 */
export function suggestsRatings(header: DocumentHeader, options: CatalogOptions): boolean {
  return options.suggestRatings === true || header.suggestRatings === true;
}

/**
 * A catalog built from posts that arrive one at a time (a document read post by post, see
 * `readDocument`): pass 1 takes each validated post in document order with {@link CatalogBuilder.add}
 * and keeps a few fields of it; {@link CatalogBuilder.finish} then gives the catalog source, whose
 * pass 2 fetches each post again by its index, in catalog order, when a renderer asks for it.
 * {@link catalogSource} is this builder over a document in memory.
 */
export class CatalogBuilder {
  private readonly model: ScoringModel;
  private readonly library: TemplateLibrary;
  private readonly scoring: ScoringOptions;
  private readonly settings: FindingSettings;
  private readonly summary = new SummaryBuilder();
  private readonly firstPass: Scored[] = [];
  private readonly scores: RiskPointScore[] = [];
  private finished = false;

  /**
   * @param options - model, templates, settings, the as-of date and the texts to build
   * @param assessedOn - the document's assessment date (findings on the holder's term count from it)
   */
  constructor(
    private readonly options: CatalogOptions = {},
    private readonly assessedOn?: string,
  ) {
    this.model = options.model ?? DEFAULT_MODEL;
    this.library = options.templates ?? DEFAULT_LIBRARY;
    const only = options.texts?.locale;
    this.scoring = {
      model: this.model,
      controlEffects: controlEffects(this.library),
      ...(only === undefined ? {} : { locale: only }),
      ...(options.texts?.explanationDetails === false ? { detail: false } : {}),
    };
    this.settings = withDefaultFindingSettings(options.findingSettings ?? {});
  }

  /**
   * Pass 1 of one post: levels and scores, counted into the summary and then dropped (pass 2
   * recomputes them with their explanations), and its power-configuration findings.
   * @param post - the next validated post, in document order
   */
  add(post: Post): void {
    if (this.finished) throw new Error('CatalogBuilder.add after finish');
    const { scores, scoring, summary } = this;
    scores.length = 0;
    for (const power of post.powers) for (const rp of power.riskPoints) scores.push(scoreRiskPoint(post, power, rp, scoring));
    const { level } = scorePost(post, scoring, scores);
    const keyPost = isKeyPost(post, level);
    const only = this.options.texts?.locale;
    const findings = checkPostConfiguration(post, level, this.assessedOn, this.settings, only);
    // Kept until the end of pass 1 for every post: a filled message is a chain of its pieces,
    // several objects for the collector to mark each time; reading a character makes it one flat
    // string and lets the pieces go (V8 flattens a concatenation when it is read).
    if (only !== undefined) for (const f of findings) f.message[only].charCodeAt(0);
    const priorIncident = post.powers.some((w) => w.riskPoints.some((rp) => rp.priorIncident));
    this.firstPass.push({ index: this.firstPass.length, id: post.id, department: post.department, rank: post.rank, priorIncident, level, keyPost, findings: findings.length === 0 ? NO_FINDINGS : findings });
    // Departments are counted in order of first appearance: the catalog's order too.
    summary.addPost(post.department, level, post.powers.length);
    let i = 0;
    for (const power of post.powers) {
      for (const rp of power.riskPoints) {
        const score = scores[i++] as RiskPointScore;
        summary.addRiskPoint(post.department, power.category, rp.riskCategory, score.level, score.residualLevel, score.effectiveFactors);
      }
    }
  }

  /**
   * Ends pass 1.
   * @param header - the document's organization and assessment date
   * @param fetch - the post at a document index, read again for pass 2 (called once per post, in catalog order)
   * @param suggestion - the ratings suggested for the document, when `suggestRatings` filled them in
   * @returns the catalog source; its posts may be iterated once
   */
  finish(header: DocumentHeader, fetch: (index: number) => Post, suggestion?: ReturnType<typeof suggestDocumentRatings>): CatalogSource {
    this.finished = true;
    const { options, model, library, scoring, summary, settings } = this;
    const texts = options.texts;
    const only = texts?.locale;
    const explainRiskPoints = texts?.riskPointExplanations !== false;
    const explainPosts = texts?.postExplanations !== false;
    const selection: SelectionOptions = { model, ...options.selection, fill: { ...options.selection?.fill, ...fillOf(only, texts?.riskPointMeasureTexts) } };
    const mergedFill: MeasureFill = fillOf(only, texts?.postMeasureTexts);

    // Catalog order: department (first appearance), then level (high first), then document order.
    const departmentRank = new Map<string, number>();
    for (const s of this.firstPass) if (!departmentRank.has(s.department)) departmentRank.set(s.department, departmentRank.size);
    const ordered = this.firstPass.sort(
      (a, b) =>
        (departmentRank.get(a.department) as number) - (departmentRank.get(b.department) as number) ||
        compareLevels(b.level, a.level) ||
        a.index - b.index,
    );
    const orderedFindings: Finding[] = [];
    for (const s of ordered) for (const f of s.findings) orderedFindings.push(f);
    for (const f of orderedFindings) summary.addFinding(f.code);
    const keyPosts: string[] = [];
    const from = options.asOf ?? header.assessedOn;
    const warningSettings = options.warningSettings ?? DEFAULT_WARNING_SETTINGS;
    const last = options.lastCycleLevels;
    // The tier follows the level and the aggravating signals (WARNING_TIER_TABLE).
    const warningOf = (s: Scored) => {
      const signals: WarningSignal[] = [];
      if (s.priorIncident) signals.push('prior-incident');
      if (s.findings.length > 0) signals.push('findings');
      const before = last !== undefined && Object.hasOwn(last, s.id) ? last[s.id] : undefined;
      if (before !== undefined && compareLevels(s.level, before) > 0) signals.push('level-rose');
      return earlyWarning(s.level, from, warningSettings, s.rank, signals);
    };
    const postsByWarningTier = { red: 0, yellow: 0, blue: 0 };
    for (const s of ordered) postsByWarningTier[warningOf(s).tier]++;

    // Pass 2, lazily: explanations and measures for one post at a time.
    function* posts(): Generator<CatalogPost> {
      for (const s of ordered) yield buildPost(s, fetch(s.index));
    }

    function buildPost(s: Scored, post: Post): CatalogPost {
      const assessed = new Map<string, RiskPointAssessment>();
      for (const power of post.powers) {
        for (const rp of power.riskPoints) {
          assessed.set(rp.id, explainRiskPoints ? explainRiskPoint(post, power, rp, scoring) : { ...scoreRiskPoint(post, power, rp, scoring), explanation: NOT_BUILT });
        }
      }
      const scores = [...assessed.values()];
      const postAssessment = explainPosts ? explainPost(post, scoring, scores) : { ...scorePost(post, scoring, scores), explanation: NOT_BUILT };
      const measures = selectPostMeasures(post, { riskPoints: assessed }, s.findings, library, selection, mergedFill);
      const powers: CatalogPower[] = post.powers.map((power) => ({
        id: power.id,
        name: power.name,
        category: power.category,
        majorMatter: power.majorMatter,
        collectiveDecision: power.collectiveDecision,
        steps: power.steps,
        ...(power.legalBasis === undefined ? {} : { legalBasis: power.legalBasis }),
        ...(power.responsibilities === undefined ? {} : { responsibilities: power.responsibilities }),
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
            ...(suggested === undefined ? {} : { suggestedFactors: suggested }),
            ownMeasures: rp.ownMeasures ?? NO_OWN_MEASURES,
            measures: measures.byRiskPoint.get(rp.id) ?? [],
            ...published(rp),
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
        warning: warningOf(s),
        powers,
        postMeasures: measures.postWide,
        measures: measures.merged,
        findings: s.findings,
        term: postTerm(post, postAssessment.level, header.assessedOn, settings),
        ...published(post),
      };
    }

    for (const s of ordered) if (s.keyPost) keyPosts.push(s.id);

    const result = {
      schemaVersion: CATALOG_SCHEMA_VERSION,
      ...(header.organization === undefined ? {} : { organization: header.organization }),
      ...(header.assessedOn === undefined ? {} : { assessedOn: header.assessedOn }),
      ...(header.suggestRatings === undefined ? {} : { suggestRatings: header.suggestRatings }),
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      model: { id: model.id ?? 'custom', method: model.method, name: model.name ?? CUSTOM_MODEL_NAME },
      summary: suggestion === undefined ? summary.result(keyPosts, postsByWarningTier) : { ...summary.result(keyPosts, postsByWarningTier), ratings: suggestion.counts },
      findings: orderedFindings,
      ...(texts === undefined ? {} : { texts }),
    };
    return { ...result, posts: { [Symbol.iterator]: posts } };
  }
}

/**
 * The catalog as a source whose posts are built one at a time when iterated (once). Everything
 * but the posts — summary, findings, model — is computed up front.
 * @param input - a validated document (from `validateDocument`/`parseDocument`)
 * @param options - model, templates, settings and the as-of date
 * @returns the catalog source; pass it to any renderer's `…Chunks` function
 * @example
 * const source = catalogSource(parseDocument(json));
 * for (const chunk of renderCsvChunks(source, { locale: 'zh-CN' })) write(chunk);
 */
export function catalogSource(input: OrganizationDocument, options: CatalogOptions = {}): CatalogSource {
  const suggestion = suggestsRatings(input, options) ? suggestDocumentRatings(input) : undefined;
  const doc = suggestion?.document ?? input;
  const builder = new CatalogBuilder(options, doc.assessedOn);
  for (const post of doc.posts) builder.add(post);
  return builder.finish(doc, (i) => doc.posts[i] as Post, suggestion);
}

function fillOf(locale: Locale | undefined, texts: boolean | undefined): MeasureFill {
  return { ...(locale === undefined ? {} : { locale }), ...(texts === false ? { texts } : {}) };
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
