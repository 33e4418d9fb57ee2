/**
 * Suggested ratings (建议评分): a rating 1-5 for each of the nine factors, read from the text of a risk
 * point (its description and step), the power's name, category and flags, and the post's rank, each
 * with the reasons that gave it. For units bringing a catalog that has levels and texts but no factor
 * ratings: the suggestions are a starting point for the grading committee, marked as such wherever
 * they are shown, and never replace a rating the document gives.
 *
 * Deterministic: a rating is the highest rating among the entries that match, and the reasons are
 * listed in lexicon order. A factor nothing speaks to gets the scale midpoint in a key area
 * (`SUGGESTION_KEY_AREAS`), otherwise `NO_EVIDENCE_RATING`. A lowering word
 * (`SUGGESTION_LOWERING_WORDS`) caps the presumptions (category, key area, no evidence) of its
 * factor, never a rating the text, a flag or the rank gave.
 */
import { fill, type Locale, type LocalizedText } from '../i18n/locale.js';
import type { Factors, OrganizationDocument, Post, Power, Rating, RiskPoint } from '../model/document.js';
import { FACTOR_IDS, KEY_AREA_CATEGORIES, POWER_CATEGORIES, RANKS, termLabel, type FactorId, type PowerCategory, type Rank } from '../model/enums.js';
import { factorLabel } from '../model/factors.js';

/** One word group of the lexicon: any of its words in the text suggests `rating` for `factor`. */
export interface LexiconEntry {
  readonly factor: FactorId;
  readonly rating: Rating;
  /** Simplified and traditional forms; matched as substrings. */
  readonly words: readonly string[];
}

/**
 * The lexicon, declared once: words of published catalogs and what they say about a factor. The
 * README prints it as a table (a test keeps the two equal).
 */
export const SUGGESTION_LEXICON = [
  { factor: 'fundLinkage', rating: 5, words: ['大额', '专项资金', '工程款', '拨付', '支付', '付款', '大額', '專項資金', '撥付'] },
  { factor: 'fundLinkage', rating: 4, words: ['资金', '报销', '结算', '经费', '补贴', '补助', '预算', '采购', '收费', '資金', '報銷', '結算', '經費', '補貼', '補助', '預算', '採購', '收費'] },
  { factor: 'fundLinkage', rating: 3, words: ['物资', '资产', '票据', '物資', '資產', '票據'] },
  { factor: 'discretion', rating: 5, words: ['自由裁量', '处罚幅度', '罚款数额', '處罰幅度', '罰款數額'] },
  { factor: 'discretion', rating: 4, words: ['审批', '认定', '裁量', '标准', '评审', '核定', '决定', '确定人选', '審批', '認定', '標準', '評審', '決定', '確定人選'] },
  { factor: 'discretion', rating: 3, words: ['审核', '审查', '初审', '考核', '審核', '審查', '初審'] },
  { factor: 'externalContact', rating: 5, words: ['招标', '投标', '供应商', '承包商', '中介', '招標', '投標', '供應商', '仲介'] },
  { factor: 'externalContact', rating: 4, words: ['服务对象', '企业', '申请人', '商户', '当事人', '施工单位', '服務對象', '企業', '申請人', '商戶', '當事人', '施工單位'] },
  { factor: 'opacity', rating: 5, words: ['暗箱', '内定', '串通', '私下', '內定'] },
  { factor: 'opacity', rating: 4, words: ['未公开', '不公开', '未公示', '信息不对称', '未公開', '不公開', '資訊不對稱'] },
  { factor: 'likelihood', rating: 4, words: ['虚报', '冒领', '套取', '拆分', '截留', '挪用', '虛報', '冒領'] },
  { factor: 'likelihood', rating: 3, words: ['违规', '打招呼', '优亲厚友', '吃拿卡要', '違規', '優親厚友'] },
  { factor: 'harm', rating: 5, words: ['重大', '带病提拔', '国有资产流失', '帶病提拔', '國有資產流失'] },
  { factor: 'harm', rating: 4, words: ['大额', '工程', '干部', '利益输送', '大額', '幹部', '利益輸送'] },
  { factor: 'monitoringDifficulty', rating: 4, words: ['一人', '独自', '现场', '线下', '口头', '獨自', '現場', '線下', '口頭'] },
  { factor: 'importance', rating: 5, words: ['选拔', '任用', '提拔', '任免', '選拔'] },
  { factor: 'influence', rating: 5, words: ['选拔', '任用', '提拔', '个人意见代替', '選拔', '個人意見代替'] },
] as const satisfies readonly LexiconEntry[];

/** One group of lowering words: any of its words in the text caps the presumed rating of `factor` at `cap`. */
export interface LoweringEntry {
  readonly factor: FactorId;
  readonly cap: Rating;
  /** Simplified and traditional forms; matched as substrings, outside the lexicon words that contain them. */
  readonly words: readonly string[];
}

/**
 * Words that speak for lower risk, declared once, each group with the factor it speaks to and a cap:
 * routine, procedural steps (登记、受理、送达、归档、办结) leave little discretion; negligence and lax
 * work (疏忽、不及时、思想麻痹) and a limited scale (日常、一般性、一定范围) speak for limited harm;
 * a matter made public (公示、公开) is not opaque. A cap only lowers the presumptions of its factor:
 * the category suggestion (`category`), the key-area midpoint (`key-area`) and `no-evidence`. It
 * never lowers a rating a lexicon word in the text, a power flag or the rank gave, and never raises
 * a rating; when it applies, the rating is the cap with the reason `lowering-word`. A word inside a
 * lexicon word counts as that lexicon word only ('公开' in '未公开' raises opacity, it does not lower
 * it). The first matching word in table order is the reason. Verified on the development set
 * (`examples/calibration/dev/`), never tuned on the calibration set. The README prints it as a table
 * (a test keeps the two equal).
 */
export const SUGGESTION_LOWERING_WORDS = [
  { factor: 'discretion', cap: 2, words: ['程序性', '常规性', '登记', '录入', '受理', '送达', '归档', '办结', '常規性', '登記', '錄入', '送達', '歸檔', '辦結'] },
  { factor: 'harm', cap: 2, words: ['疏忽', '不及时', '不规范', '超时', '思想麻痹', '作风不实', '不及時', '不規範', '超時', '思想麻痺', '作風不實'] },
  { factor: 'harm', cap: 2, words: ['日常', '一般性', '基础性', '一定范围', '一定程度', '基礎性', '一定範圍'] },
  { factor: 'opacity', cap: 2, words: ['公示', '公开', '公開'] },
] as const satisfies readonly LoweringEntry[];

/**
 * What a power's category suggests: fund linkage for money and goods, discretion for approvals, and
 * importance 5 for the posts that manage money, goods, people or projects (管钱、管物、管人、管项目),
 * which is what the importance scale's rating 5 says.
 */
export const CATEGORY_SUGGESTIONS = {
  finance: { fundLinkage: 4, importance: 5 },
  procurement: { fundLinkage: 4, externalContact: 4, importance: 5 },
  project: { fundLinkage: 4, externalContact: 4, harm: 4, importance: 5 },
  assets: { fundLinkage: 3, importance: 5 },
  allocation: { fundLinkage: 4, discretion: 3, importance: 5 },
  approval: { discretion: 4, externalContact: 4 },
  enforcement: { discretion: 4, externalContact: 4 },
  inspection: { externalContact: 3, discretion: 3 },
  personnel: { importance: 5, influence: 4, discretion: 3 },
} as const satisfies Partial<Record<PowerCategory, Factors>>;

/**
 * The power categories in which a factor nothing in the text speaks to is not evidence of low risk:
 * the key areas `KEY_AREA_CATEGORIES` (管钱、管物、管人、管项目), resource allocation (money handed out),
 * administrative approval, which the principal must not be directly in charge of (四个不直接分管), and
 * law enforcement, a supervision category of its own (DOMAIN.md, "Aggravating conditions"). Such a
 * factor is suggested at the scale's midpoint, {@link KEY_AREA_RATING}, with the reason `key-area`,
 * instead of {@link NO_EVIDENCE_RATING}.
 */
export const SUGGESTION_KEY_AREAS: readonly PowerCategory[] = [...KEY_AREA_CATEGORIES, 'allocation', 'approval', 'enforcement'];

/** The rating of a factor nothing speaks to in a key area: the scale's midpoint, "unknown". */
export const KEY_AREA_RATING: Rating = 3;

/** What a post's rank suggests for the post-level factors. */
export const RANK_SUGGESTIONS = {
  principal: { importance: 5, influence: 5 },
  deputy: { importance: 4, influence: 4 },
  middle: { importance: 3, influence: 3 },
  staff: { importance: 2, influence: 2 },
} as const satisfies Record<Rank, Factors>;

/** The rating of a factor no text, category, flag or rank speaks to: low, but not the lowest. */
export const NO_EVIDENCE_RATING: Rating = 2;

/** Why a rating was suggested. */
export type SuggestionReason =
  | { readonly kind: 'word'; readonly word: string; readonly where: 'description' | 'step' | 'power' }
  | { readonly kind: 'category'; readonly category: PowerCategory }
  | { readonly kind: 'major-matter' }
  | { readonly kind: 'not-collective' }
  | { readonly kind: 'prior-incident' }
  | { readonly kind: 'rank'; readonly rank: Rank }
  | { readonly kind: 'key-area'; readonly category: PowerCategory }
  | { readonly kind: 'no-evidence' }
  | { readonly kind: 'lowering-word'; readonly word: string; readonly where: 'description' | 'step' | 'power' };

/** A suggested rating of one factor, with every reason that gave it. */
export interface SuggestedRating {
  readonly factor: FactorId;
  readonly rating: Rating;
  /** At least one; the reasons that gave the highest rating, in lexicon order (a lowering word last). */
  readonly reasons: readonly SuggestionReason[];
}

/** The words of the reasons, for explanations. `{word}` and `{category}` are filled in; a category or rank label follows its reason. */
export const SUGGESTION_REASON_TEXTS = {
  word: { 'zh-CN': '“{word}”', 'zh-TW': '「{word}」', en: '"{word}"' },
  category: { 'zh-CN': '权力类别', 'zh-TW': '權力類別', en: 'power category' },
  'major-matter': { 'zh-CN': '“三重一大”事项', 'zh-TW': '「三重一大」事項', en: 'major matter' },
  'not-collective': { 'zh-CN': '未经集体决策', 'zh-TW': '未經集體決策', en: 'not decided collectively' },
  'prior-incident': { 'zh-CN': '曾发生问题', 'zh-TW': '曾發生問題', en: 'prior incident' },
  rank: { 'zh-CN': '岗位职级', 'zh-TW': '崗位職級', en: 'rank of the post' },
  'key-area': { 'zh-CN': '重点领域（{category}）未见相关表述，按量表中点计', 'zh-TW': '重點領域（{category}）未見相關表述，按量表中點計', en: 'key area ({category}), nothing in the text: the scale midpoint' },
  'no-evidence': { 'zh-CN': '未见相关表述', 'zh-TW': '未見相關表述', en: 'nothing in the text' },
  'lowering-word': { 'zh-CN': '“{word}”，按较低风险计', 'zh-TW': '「{word}」，按較低風險計', en: '"{word}", read as lower risk' },
} as const satisfies Record<SuggestionReason['kind'], LocalizedText>;

interface Candidate {
  readonly rating: Rating;
  readonly reason: SuggestionReason;
}

/** Where a word was found: the risk point's description, its step, or its power's name. */
type Where = Extract<SuggestionReason, { kind: 'word' }>['where'];

const textsOf = (riskPoint: RiskPoint, power: Power): readonly (readonly [Where, string])[] => [
  ['description', riskPoint.description],
  ['step', riskPoint.step],
  ['power', power.name],
];

/** The lexicon words that contain a lowering word ('未公开' contains '公开'): stripped from the text before lowering words are looked for. */
const SHADOWING_WORDS: readonly string[] = [...new Set(SUGGESTION_LEXICON.flatMap((e) => e.words as readonly string[]))].filter((w) =>
  SUGGESTION_LOWERING_WORDS.some((e) => (e.words as readonly string[]).some((l) => w.includes(l))),
);

/** The reasons presumed from the power's category or from silence, the only ones a lowering word caps. */
const PRESUMED: ReadonlySet<SuggestionReason['kind']> = new Set(['category', 'key-area', 'no-evidence']);

/** By factor, the cap of the first lowering word found, in table order, with its reason. */
function loweringCaps(riskPoint: RiskPoint, power: Power): Map<FactorId, Candidate> {
  const out = new Map<FactorId, Candidate>();
  const texts = textsOf(riskPoint, power).map(([where, text]) => [where, SHADOWING_WORDS.reduce((t, w) => t.replaceAll(w, '\u0000'), text)] as const);
  for (const entry of SUGGESTION_LOWERING_WORDS) {
    if (out.has(entry.factor)) continue;
    for (const word of entry.words) {
      const where = texts.find(([, text]) => text.includes(word));
      if (where === undefined) continue;
      out.set(entry.factor, { rating: entry.cap, reason: { kind: 'lowering-word', word, where: where[0] } });
      break;
    }
  }
  return out;
}

function candidates(riskPoint: RiskPoint, power: Power, post: Post): Map<FactorId, Candidate[]> {
  const out = new Map<FactorId, Candidate[]>();
  const add = (factor: FactorId, rating: Rating, reason: SuggestionReason): void => {
    const list = out.get(factor);
    if (list === undefined) out.set(factor, [{ rating, reason }]);
    else list.push({ rating, reason });
  };
  const texts = textsOf(riskPoint, power);
  for (const entry of SUGGESTION_LEXICON) {
    for (const word of entry.words) {
      const where = texts.find(([, text]) => text.includes(word));
      if (where === undefined) continue;
      add(entry.factor, entry.rating, { kind: 'word', word, where: where[0] });
    }
  }
  const byCategory = (CATEGORY_SUGGESTIONS as Partial<Record<PowerCategory, Factors>>)[power.category];
  if (byCategory !== undefined) {
    for (const factor of FACTOR_IDS) {
      const r = byCategory[factor];
      if (r !== undefined) add(factor, r, { kind: 'category', category: power.category });
    }
  }
  if (power.majorMatter) {
    add('harm', 4, { kind: 'major-matter' });
    if (!power.collectiveDecision) add('discretion', 5, { kind: 'not-collective' });
  }
  if (riskPoint.priorIncident) add('likelihood', 4, { kind: 'prior-incident' });
  const byRank = RANK_SUGGESTIONS[post.rank];
  add('importance', byRank.importance, { kind: 'rank', rank: post.rank });
  add('influence', byRank.influence, { kind: 'rank', rank: post.rank });
  return out;
}

/**
 * Suggests a rating for each of the nine factors of a risk point: the highest rating among the
 * lexicon words found in its description, its step or its power's name, its power's category and
 * flags, and (for importance and influence) the post's rank; `KEY_AREA_RATING` (key area) or
 * `NO_EVIDENCE_RATING` when nothing speaks to a factor. A lowering word
 * (`SUGGESTION_LOWERING_WORDS`) caps the presumed ratings (category, key area, no evidence) of its
 * factor: when that lowers the rating, the rating is the cap with the reason `lowering-word`.
 * @param riskPoint - the risk point
 * @param power - its power
 * @param post - its post
 * @returns nine suggestions, in factor order, each with at least one reason
 * @example
 * suggestRatings(rp, power, post).find((s) => s.factor === 'fundLinkage') // { rating: 5, reasons: [{ kind: 'word', word: '拨付', … }] }
 */
export function suggestRatings(riskPoint: RiskPoint, power: Power, post: Post): readonly SuggestedRating[] {
  const found = candidates(riskPoint, power, post);
  const caps = loweringCaps(riskPoint, power);
  const keyArea = SUGGESTION_KEY_AREAS.includes(power.category);
  return FACTOR_IDS.map((factor): SuggestedRating => {
    let list: readonly Candidate[] = found.get(factor) ?? [];
    if (list.length === 0) {
      list = [
        keyArea
          ? { rating: KEY_AREA_RATING, reason: { kind: 'key-area', category: power.category } }
          : { rating: NO_EVIDENCE_RATING, reason: { kind: 'no-evidence' } },
      ];
    }
    const cap = caps.get(factor);
    const capped = (c: Candidate): boolean => cap !== undefined && PRESUMED.has(c.reason.kind) && c.rating > cap.rating;
    if (cap !== undefined && list.some(capped)) list = [...list.filter((c) => !capped(c)), cap];
    let rating: Rating = 1;
    for (const c of list) if (c.rating > rating) rating = c.rating;
    return { factor, rating, reasons: list.filter((c) => c.rating === rating).map((c) => c.reason) };
  });
}

/** A document with its unrated factors filled by suggestion, and what was suggested where. */
export interface SuggestedDocument {
  /** The document with every factor the document does not rate (on the risk point or its post) filled in. */
  readonly document: OrganizationDocument;
  /** By risk point id: the ratings that were suggested (given ones are not listed), in factor order. */
  readonly suggested: ReadonlyMap<string, readonly SuggestedRating[]>;
  /** Ratings the document gives (on risk points, plus post ratings its risk points inherit) and ratings suggested. */
  readonly counts: { readonly given: number; readonly suggested: number };
}

/**
 * Fills every factor a document leaves unrated with its suggested rating. A rating given on the risk
 * point, or on its post for importance and influence, is never changed. Does not change its input.
 * @param doc - a validated document
 * @returns the filled document, the suggestions by risk point, and the counts
 * @example
 * const { document, counts } = suggestDocumentRatings(parseDocument(json));
 * counts.suggested // how many ratings the committee should review
 */
export function suggestDocumentRatings(doc: OrganizationDocument): SuggestedDocument {
  const suggested = new Map<string, readonly SuggestedRating[]>();
  let given = 0;
  let count = 0;
  const posts = doc.posts.map((post) => ({
    ...post,
    powers: post.powers.map((power) => ({
      ...power,
      riskPoints: power.riskPoints.map((rp) => {
        const postFactors = post.factors as Factors;
        const open = FACTOR_IDS.filter((f) => rp.factors[f] === undefined && postFactors[f] === undefined);
        given += FACTOR_IDS.length - open.length;
        if (open.length === 0) return rp;
        const all = suggestRatings(rp, power, post);
        const used = all.filter((s) => open.includes(s.factor));
        count += used.length;
        suggested.set(rp.id, used);
        const factors: { -readonly [F in FactorId]?: Rating } = { ...rp.factors };
        for (const s of used) factors[s.factor] = s.rating;
        return { ...rp, factors };
      }),
    })),
  }));
  return { document: { ...doc, posts }, suggested, counts: { given, suggested: count } };
}

/** The words of a sentence listing suggested ratings. */
export const SUGGESTION_SENTENCE = {
  'zh-CN': '建议评分（待评审）：{list}。',
  'zh-TW': '建議評分（待評審）：{list}。',
  en: 'Suggested ratings (to be reviewed): {list}.',
} as const satisfies LocalizedText;

function reasonText(reason: SuggestionReason, locale: Locale): string {
  const t = SUGGESTION_REASON_TEXTS[reason.kind][locale];
  if (reason.kind === 'word' || reason.kind === 'lowering-word') return fill(t, { word: reason.word });
  if (reason.kind === 'category') return `${t} ${termLabel(POWER_CATEGORIES, reason.category, locale)}`;
  if (reason.kind === 'key-area') return fill(t, { category: termLabel(POWER_CATEGORIES, reason.category, locale) });
  if (reason.kind === 'rank') return `${t} ${termLabel(RANKS, reason.rank, locale)}`;
  return t;
}

/**
 * One sentence naming each suggested rating with its reasons, for explanations.
 * @param suggested - the suggested ratings of a risk point
 * @returns the sentence in every locale
 * @example
 * describeSuggestions([{ factor: 'fundLinkage', rating: 5, reasons: [{ kind: 'word', word: '拨付', where: 'description' }] }])['zh-CN']
 * // '建议评分（待评审）：资金关联程度 5（“拨付”）。'
 */
export function describeSuggestions(suggested: readonly SuggestedRating[]): LocalizedText {
  const one = (locale: Locale): string => {
    const items = suggested.map((s) => {
      const reasons = s.reasons.map((r) => reasonText(r, locale)).join(locale === 'en' ? ', ' : '、');
      return locale === 'en' ? `${factorLabel(s.factor, locale)} ${s.rating} (${reasons})` : `${factorLabel(s.factor, locale)} ${s.rating}（${reasons}）`;
    });
    return fill(SUGGESTION_SENTENCE[locale], { list: items.join(locale === 'en' ? '; ' : '；') });
  };
  return { 'zh-CN': one('zh-CN'), 'zh-TW': one('zh-TW'), en: one('en') };
}
