/**
 * The organization document described once: {@link documentNode} drives both
 * {@link validateDocument} and {@link documentJsonSchema}. The shape follows `src/model/document.ts`.
 */
import type { OrganizationDocument, Post, Rating } from '../model/document.js';
import { completedYears, isIsoDate, toDayNumber } from '../model/dates.js';
import {
  FACTOR_IDS,
  LEVEL_ALIASES,
  LEVELS,
  OWNER_TIER_LABELS,
  PHASE_LABELS,
  POST_FACTOR_IDS,
  POWER_CATEGORIES,
  RANK_ALIASES,
  RANKS,
  RATING_MAX,
  RATING_MIN,
  RISK_CATEGORIES,
} from '../model/enums.js';
import { FACTORS } from '../model/factors.js';
import { checkAgainst, StreamCheck } from './check.js';
import { toJsonSchema, type JsonSchema } from './json-schema.js';
import { LIMITS } from './limits.js';
import { InvalidInputError, joinPath, type Checked } from './problem.js';
import {
  array,
  boolean,
  ignored,
  integer,
  number,
  object,
  optional,
  record,
  required,
  string,
  term,
  withDefault,
  type Node,
  type ObjectNode,
  type Report,
} from './schema.js';
import { suggest } from './suggest.js';

/** Ids of posts, powers and risk points share one scope: each is unique in the whole document. */
const DOCUMENT_IDS = { scope: 'document-id' } as const;

const id = string({
  maxLength: LIMITS.id,
  // What the sheet importer trims would otherwise change on the way through a spreadsheet.
  trimmed: true,
  unique: DOCUMENT_IDS,
  description: {
    'zh-CN': '编号，在整个文档中唯一，首尾不能有空白',
    'zh-TW': '編號，在整份文件中唯一，首尾不能有空白',
    en: 'Id, unique in the whole document, with no white space at either end',
  },
});

const rating = integer<Rating>({
  minimum: RATING_MIN,
  maximum: RATING_MAX,
  description: { 'zh-CN': '评分：1（风险最低）到 5（最高）', 'zh-TW': '評分：1（風險最低）到 5（最高）', en: 'Rating: 1 (lowest risk) to 5 (highest)' },
});

/** The level a committee or a published catalog gave (issue 12): ids, labels or the catalogs' own words. */
const publishedLevel = term(LEVELS, {
  aliases: LEVEL_ALIASES,
  description: {
    'zh-CN': '单位党委（组）或公布的风险目录评定的风险等级：high/medium/low，或 高/中/低、一级/二级/三级；不参与评分，供校准使用',
    'zh-TW': '單位黨委（組）或公布的風險目錄評定的風險等級：high/medium/low，或 高/中/低、一級/二級/三級；不參與評分，供校準使用',
    en: "The level the unit's committee or a published catalog gave: high/medium/low, or 高/中/低, 一级/二级/三级; not used in scoring, read by calibration",
  },
});

/** Where a graded row comes from (issue 12). */
const source = string({
  maxLength: LIMITS.description,
  description: { 'zh-CN': '来源：网址或文件标题', 'zh-TW': '來源：網址或文件標題', en: 'Where it comes from: a URL or a document title' },
});

const name = (description: { 'zh-CN': string; 'zh-TW': string; en: string }) =>
  string({ maxLength: LIMITS.name, description });

const ownMeasureNode = object(
  {
    text: required(
      string({
        maxLength: LIMITS.measureText,
        description: { 'zh-CN': '措施内容（本单位的表述）', 'zh-TW': '措施內容（本單位的表述）', en: "The measure, in the unit's own words" },
      }),
    ),
    phase: optional(
      term(PHASE_LABELS, {
        description: {
          'zh-CN': '阶段：before/during/after 或 前期预防/中期监控/后期处置',
          'zh-TW': '階段：before/during/after 或 前期預防/中期監控/後期處置',
          en: 'Phase: before, during, after (or its label)',
        },
      }),
    ),
    owner: optional(
      term(OWNER_TIER_LABELS, {
        description: {
          'zh-CN': '责任层级：编号或名称（如 部门负责人）',
          'zh-TW': '責任層級：編號或名稱（如 部門主管）',
          en: 'Responsible tier: the id or its label (e.g. department-head)',
        },
      }),
    ),
    responsible: optional(
      name({ 'zh-CN': '责任人（本单位的表述，如 分管副局长、财务股股长）', 'zh-TW': '責任人（本單位的表述，如 分管副局長、財務股股長）', en: "Who is responsible, in the unit's words" }),
    ),
    deadline: optional(name({ 'zh-CN': '完成时限（如 2026-06-30、长期坚持）', 'zh-TW': '完成時限（如 2026-06-30、長期堅持）', en: 'Deadline (e.g. 2026-06-30, ongoing)' })),
    indicator: optional(
      string({ maxLength: LIMITS.description, description: { 'zh-CN': '监测指标', 'zh-TW': '監測指標', en: 'Monitoring indicator' } }),
    ),
    lowers: optional(
      array(term(FACTORS), {
        maxItems: FACTORS.length,
        uniqueItems: true,
        description: {
          'zh-CN': '该措施降低的评定因素（各降一档，计入剩余风险）',
          'zh-TW': '該措施降低的評定因素（各降一級，計入剩餘風險）',
          en: 'Factors it lowers (one step each, for residual risk)',
        },
      }),
    ),
    template: optional(
      string({
        maxLength: LIMITS.id,
        description: {
          'zh-CN': '所采用的措施模板编号：计入该模板的效果，且不再建议该模板',
          'zh-TW': '所採用的措施範本編號：計入該範本的效果，且不再建議該範本',
          en: 'Id of a template whose effect it adopts; that template is then not proposed',
        },
      }),
    ),
  },
  { description: { 'zh-CN': '本单位自己的防控措施', 'zh-TW': '本單位自己的防控措施', en: "A measure of the unit's own" } },
);

const riskPointNode = object({
  id: required(id),
  description: required(
    string({
      maxLength: LIMITS.description,
      description: { 'zh-CN': '风险点描述', 'zh-TW': '風險點描述', en: 'What could go wrong' },
    }),
  ),
  step: required(
    name({
      'zh-CN': '风险所在的流程环节，须是所属权力事项 steps 中的一项',
      'zh-TW': '風險所在的流程環節，須是所屬權力事項 steps 中的一項',
      en: "The step where the risk sits; one of its power's steps",
    }),
  ),
  riskCategory: required(
    term(RISK_CATEGORIES, {
      description: {
        'zh-CN': '风险类别：编号或名称（如 业务流程）',
        'zh-TW': '風險類別：編號或名稱（如 業務流程）',
        en: 'Risk category: the id or its label (e.g. 业务流程)',
      },
    }),
  ),
  factors: required(
    record(FACTOR_IDS, rating, {
      description: {
        'zh-CN': '九项评定因素的评分（可只填一部分）',
        'zh-TW': '九項評定因素的評分（可只填一部分）',
        en: 'Ratings of the nine factors (some may be left out)',
      },
    }),
  ),
  priorIncident: withDefault(
    boolean({ description: { 'zh-CN': '此处曾发生廉政问题', 'zh-TW': '此處曾發生廉政問題', en: 'An integrity problem happened here before' } }),
    false,
  ),
  controls: withDefault(
    array(string({ maxLength: LIMITS.id }), {
      maxItems: LIMITS.controls,
      uniqueItems: true,
      description: {
        'zh-CN': '已落实的防控措施（措施模板编号）',
        'zh-TW': '已落實的防控措施（措施範本編號）',
        en: 'Prevention measures already in place (template ids)',
      },
    }),
    [] as readonly string[],
  ),
  ownMeasures: optional(
    array(ownMeasureNode, {
      maxItems: LIMITS.ownMeasures,
      description: {
        'zh-CN': '本单位自己的防控措施（按本单位的表述和顺序，排在建议措施之前）',
        'zh-TW': '本單位自己的防控措施（依本單位的表述及順序，列於建議措施之前）',
        en: "The unit's own measures, in its words and order (listed before proposals)",
      },
    }),
  ),
  publishedLevel: optional(publishedLevel),
  source: optional(source),
});

/** A risk point's step must be one of its power's steps. */
function stepsOfPowerContainRiskPointSteps(
  power: Readonly<Record<string, unknown>>,
  path: string,
  report: Report,
): void {
  const steps = power['steps'];
  const riskPoints = power['riskPoints'];
  // When the steps themselves are invalid, that is the problem reported; no guessing here.
  if (!Array.isArray(steps) || !Array.isArray(riskPoints) || steps.some((s) => typeof s !== 'string')) return;
  const known = new Set<string>(steps as string[]);
  riskPoints.forEach((rp: unknown, i) => {
    if (typeof rp !== 'object' || rp === null) return;
    const step = (rp as Record<string, unknown>)['step'];
    if (typeof step !== 'string' || known.has(step)) return;
    report(
      'unknown-step',
      joinPath(joinPath(joinPath(path, 'riskPoints'), i), 'step'),
      { step, steps: (steps as string[]).join(', ') },
      suggest(step, steps as string[]),
    );
  });
}

/** A responsibility the unit states for a power (责任清单): at which step, the duty, and when someone is held to account. */
const responsibilityNode = object({
  step: optional(name({ 'zh-CN': '流程环节（可不填：整个权力事项）', 'zh-TW': '流程環節（可不填：整個權力事項）', en: 'The step (leave out for the whole power)' })),
  duty: required(
    string({ maxLength: LIMITS.description, description: { 'zh-CN': '责任内容', 'zh-TW': '責任內容', en: 'The duty' } }),
  ),
  accountability: optional(
    string({ maxLength: LIMITS.description, description: { 'zh-CN': '追责情形', 'zh-TW': '追責情形', en: 'When someone is held to account' } }),
  ),
});

const powerNode = object(
  {
    id: required(id),
    name: required(name({ 'zh-CN': '权力事项名称', 'zh-TW': '權力事項名稱', en: 'Name of the power' })),
    category: required(
      term(POWER_CATEGORIES, {
        description: { 'zh-CN': '权力类别：编号或名称', 'zh-TW': '權力類別：編號或名稱', en: 'Category of power: the id or its label' },
      }),
    ),
    majorMatter: withDefault(
      boolean({ description: { 'zh-CN': '属于“三重一大”事项', 'zh-TW': '屬於「三重一大」事項', en: 'A "three majors, one large" matter' } }),
      false,
    ),
    collectiveDecision: withDefault(
      boolean({ description: { 'zh-CN': '由领导班子集体决策', 'zh-TW': '由領導班子集體決策', en: 'Decided collectively by the leadership team' } }),
      false,
    ),
    steps: required(
      array(name({ 'zh-CN': '流程环节', 'zh-TW': '流程環節', en: 'A step' }), {
        minItems: 1,
        maxItems: LIMITS.steps,
        uniqueItems: true,
        description: {
          'zh-CN': '办理流程的环节，按顺序（如 受理、审查、决定、办结）',
          'zh-TW': '辦理流程的環節，按順序（如 受理、審查、決定、辦結）',
          en: 'The steps of the procedure in order (e.g. 受理, 审查, 决定, 办结)',
        },
      }),
    ),
    legalBasis: optional(
      string({
        maxLength: LIMITS.description,
        description: {
          'zh-CN': '设定依据：设定该权力的法律法规、规章或文件',
          'zh-TW': '設定依據：設定該權力的法律法規、規章或文件',
          en: 'Legal basis: the laws, regulations or documents that set up the power',
        },
      }),
    ),
    responsibilities: optional(
      array(responsibilityNode, {
        maxItems: LIMITS.steps,
        description: {
          'zh-CN': '责任清单中本单位写明的责任（未写明时由权力事项及其风险点生成）',
          'zh-TW': '責任清單中本單位寫明的責任（未寫明時由權力事項及其風險點產生）',
          en: 'The responsibilities the unit states for its responsibility list (derived from the power and its risk points where absent)',
        },
      }),
    ),
    riskPoints: required(
      array(riskPointNode, {
        maxItems: LIMITS.riskPointsPerPower,
        budget: { scope: 'riskPoints', max: LIMITS.totalRiskPoints },
        description: { 'zh-CN': '该权力事项的廉政风险点', 'zh-TW': '該權力事項的廉政風險點', en: 'The risk points of this power' },
      }),
    ),
  },
  { refine: stepsOfPowerContainRiskPointSteps },
);

const postNode = object(
  {
    id: required(id),
    name: required(name({ 'zh-CN': '岗位名称', 'zh-TW': '崗位名稱', en: 'Name of the post' })),
    department: required(name({ 'zh-CN': '所属部门', 'zh-TW': '所屬部門', en: 'Department' })),
    rank: required(
      term(RANKS, {
        aliases: RANK_ALIASES,
        description: {
          'zh-CN': '职级：编号或名称（一把手/正职、副职、中层、一般岗位）',
          'zh-TW': '職級：編號或名稱（一把手/正職、副職、中層、一般崗位）',
          en: 'Rank: the id or its label',
        },
      }),
    ),
    // Optional in the input: derived from holderSince and assessedOn when left out (checked by the
    // document's refinement, filled in by validateDocument).
    tenureYears: optional(
      number({
        minimum: 0,
        maximum: 60,
        description: {
          'zh-CN': '现任者在该岗位的年数；填写了 holderSince 和 assessedOn 时可省略（按任职满整年推算）',
          'zh-TW': '現任者在該崗位的年數；填寫了 holderSince 和 assessedOn 時可省略（按任職滿整年推算）',
          en: 'Years the current holder has been in the post; may be left out when holderSince and assessedOn are given (completed years)',
        },
      }),
    ),
    holder: optional(
      name({ 'zh-CN': '岗位现任者（姓名或代号）', 'zh-TW': '崗位現任者（姓名或代號）', en: 'Who holds the post (a name or a code)' }),
    ),
    holderSince: optional(
      string({
        maxLength: 10,
        format: 'date',
        description: {
          'zh-CN': '现任者到岗日期，YYYY-MM-DD',
          'zh-TW': '現任者到崗日期，YYYY-MM-DD',
          en: 'The date the current holder took the post, YYYY-MM-DD',
        },
      }),
    ),
    factors: withDefault(
      record(POST_FACTOR_IDS, rating, {
        known: FACTOR_IDS,
        description: {
          'zh-CN': '岗位层面的评分（importance、influence），其风险点未评时沿用',
          'zh-TW': '崗位層面的評分（importance、influence），其風險點未評時沿用',
          en: 'Post-level ratings (importance, influence) its risk points inherit',
        },
      }),
      {},
    ),
    powers: required(
      array(powerNode, {
        maxItems: LIMITS.powersPerPost,
        description: { 'zh-CN': '该岗位的权力事项', 'zh-TW': '該崗位的權力事項', en: 'The powers of the post' },
      }),
    ),
    publishedLevel: optional(publishedLevel),
    source: optional(source),
  },
  // A tenure left out must be derivable: the document's refinement checks assessedOn too.
  { requiredOneOf: ['tenureYears', 'holderSince'] },
);

/**
 * A post's tenure is given, or derivable from `holderSince` and `assessedOn`; when both are known
 * they agree to within a year; nobody takes a post after the assessment.
 */
function tenureKnownAndConsistent(doc: Readonly<Record<string, unknown>>, path: string, report: Report): void {
  const posts = doc['posts'];
  if (!Array.isArray(posts)) return;
  const assessedOn = typeof doc['assessedOn'] === 'string' && isIsoDate(doc['assessedOn']) ? doc['assessedOn'] : undefined;
  posts.forEach((post: unknown, i) => {
    if (typeof post !== 'object' || post === null) return;
    const p = post as Record<string, unknown>;
    const at = joinPath(joinPath(path, 'posts'), i);
    const since = typeof p['holderSince'] === 'string' && isIsoDate(p['holderSince']) ? p['holderSince'] : undefined;
    const tenure = typeof p['tenureYears'] === 'number' ? p['tenureYears'] : undefined;
    if (since !== undefined && assessedOn !== undefined && since > assessedOn) {
      report('holder-since-after-assessment', joinPath(at, 'holderSince'), { value: since, assessedOn });
      return;
    }
    if (tenure === undefined) {
      // Required unless it can be derived: the same problem as any required field left out.
      if (since === undefined || assessedOn === undefined) report('missing-field', joinPath(at, 'tenureYears'), { field: 'tenureYears' });
      return;
    }
    if (since !== undefined && assessedOn !== undefined) {
      const exact = (toDayNumber(assessedOn) - toDayNumber(since)) / 365.25;
      if (Math.abs(tenure - exact) >= 1) {
        report('tenure-inconsistent', joinPath(at, 'tenureYears'), {
          tenure,
          since,
          assessedOn,
          derived: completedYears(since, assessedOn),
        });
      }
    }
  });
}

/**
 * A validated document whose posts may lack `tenureYears` gets it derived from `holderSince`
 * and `assessedOn` (the refinement made sure that is possible).
 */
function withDerivedTenure(doc: StructurallyValid): OrganizationDocument {
  if (doc.posts.every((p) => p.tenureYears !== undefined)) return doc as OrganizationDocument;
  const assessedOn = doc.assessedOn as string;
  const posts = doc.posts.map((p): Post => {
    if (p.tenureYears !== undefined) return p as Post;
    // Rebuilt in the description's field order, so a derived post reads like a given one.
    const { id, name, department, rank, powers, factors, ...rest } = p;
    return { id, name, department, rank, tenureYears: completedYears(p.holderSince as string, assessedOn), ...rest, factors, powers };
  });
  return { ...doc, posts };
}

/** The document as the description checks it: a post's `tenureYears` may still be left out. */
type StructurallyValid = Omit<OrganizationDocument, 'posts'> & {
  readonly posts: readonly (Omit<Post, 'tenureYears'> & { readonly tenureYears?: number })[];
};

/**
 * The description of the organization document, from which the validator and the JSON Schema
 * are derived. A post's `tenureYears` is optional here (derivable); {@link validateDocument}
 * fills it in, so its output is an {@link OrganizationDocument}.
 */
export const documentNode: Node<StructurallyValid> = object(
  {
    organization: optional(name({ 'zh-CN': '单位名称', 'zh-TW': '單位名稱', en: 'Name of the organization' })),
    assessedOn: optional(
      string({
        maxLength: 10,
        format: 'date',
        description: { 'zh-CN': '评估日期，YYYY-MM-DD', 'zh-TW': '評估日期，YYYY-MM-DD', en: 'Date of the assessment, YYYY-MM-DD' },
      }),
    ),
    suggestRatings: optional(
      boolean({
        description: {
          'zh-CN': '未评分的因素采用按文字建议的评分（建议评分，待评审），已评分的因素不变；由 import --suggest-ratings 写入',
          'zh-TW': '未評分的因素採用按文字建議的評分（建議評分，待評審），已評分的因素不變；由 import --suggest-ratings 寫入',
          en: 'Factors the document does not rate take the ratings suggested from the text (to be reviewed); given ratings are kept. Written by import --suggest-ratings',
        },
      }),
    ),
    // Editors attach the shipped schema this way; it says nothing about the organization.
    $schema: ignored(
      string({
        maxLength: LIMITS.description,
        description: {
          'zh-CN': '编辑器使用的 JSON Schema 地址（如 ./node_modules/integrity-risk/schema/organization.schema.json），不属于文档内容',
          'zh-TW': '編輯器使用的 JSON Schema 位址（如 ./node_modules/integrity-risk/schema/organization.schema.json），不屬於文件內容',
          en: 'The JSON Schema an editor checks the file against (e.g. ./node_modules/integrity-risk/schema/organization.schema.json); not part of the document',
        },
      }),
    ),
    posts: required(
      array(postNode, {
        minItems: 1,
        maxItems: LIMITS.posts,
        description: { 'zh-CN': '单位的全部岗位', 'zh-TW': '單位的全部崗位', en: 'Every post of the organization' },
      }),
    ),
  },
  {
    refine: tenureKnownAndConsistent,
    description: {
      'zh-CN': '岗位廉政风险防控的单位文档：岗位、权力事项（含流程环节）和廉政风险点',
      'zh-TW': '崗位廉政風險防控的單位文件：崗位、權力事項（含流程環節）和廉政風險點',
      en: 'An organization document for post integrity-risk prevention and control: posts, powers (with steps) and risk points',
    },
  },
);

/**
 * Validates an untrusted organization document and returns its normalized form: optional
 * fields filled with their defaults and vocabulary labels turned into ids. Every problem is
 * reported in one pass with its JSON path; unknown fields are warnings. Never throws, never
 * mutates the input, and the output shares nothing with it.
 * @param input - parsed JSON or a JavaScript object from a caller
 * @returns `{ ok: true, value, problems }` (problems are warnings) or `{ ok: false, problems }`
 * @example
 * const checked = validateDocument(JSON.parse(text));
 * if (!checked.ok) for (const p of checked.problems) console.error(`${p.path || '$'}: ${p.message['zh-CN']}`);
 */
export function validateDocument(input: unknown): Checked<OrganizationDocument> {
  const checked = checkAgainst(documentNode, input);
  return checked.ok ? { ...checked, value: withDerivedTenure(checked.value) } : checked;
}

/**
 * A check of an organization document whose posts arrive one at a time (see `readDocument`): the
 * same problems, paths and order as {@link validateDocument} on the whole.
 * @returns a fresh check
 */
export function documentStreamCheck(): StreamCheck<OrganizationDocument> {
  // The document's refinement reads each post's holderSince and tenureYears.
  const keep = (p: unknown): unknown => {
    const post = p as { holderSince?: unknown; tenureYears?: unknown };
    return { holderSince: post.holderSince, tenureYears: post.tenureYears };
  };
  return new StreamCheck(documentNode as ObjectNode<OrganizationDocument>, 'posts', {}, keep);
}

/**
 * A validated post with its tenure derived from `holderSince` and `assessedOn` when it gives none,
 * as {@link validateDocument} does for every post.
 * @param post - a post that passed validation
 * @param assessedOn - the document's assessment date
 * @returns the post with `tenureYears`
 */
export function withPostTenure(post: Post, assessedOn: string | undefined): Post {
  if (post.tenureYears !== undefined || assessedOn === undefined || post.holderSince === undefined) return post;
  return (withDerivedTenure({ assessedOn, posts: [post] }).posts[0] as Post);
}

/**
 * Validates an organization document and returns its normalized form, or throws.
 * @param input - parsed JSON or a JavaScript object from a caller
 * @returns the normalized document
 * @throws {@link InvalidInputError} with every problem when the document has an error
 * @example
 * const doc = parseDocument({ posts: [{ id: 'p1', name: '出纳', department: '财务科', rank: '一般岗位', tenureYears: 3, powers: [] }] });
 * doc.posts[0].rank // 'staff'
 */
export function parseDocument(input: unknown): OrganizationDocument {
  const checked = validateDocument(input);
  if (!checked.ok) throw new InvalidInputError('organization document', checked.problems);
  return checked.value;
}

/**
 * The JSON Schema (draft 2020-12) of the organization document, derived from the same description the validator uses (`documentNode`).
 * It checks structure, types, vocabularies and limits; the checks across values (unique ids, a
 * risk point's step among its power's steps, real calendar dates, the document-wide total of risk
 * points) are made by {@link validateDocument} only.
 * @returns the schema as a JSON value
 */
export function documentJsonSchema(): JsonSchema {
  return toJsonSchema(documentNode, {
    title: 'integrity-risk organization document',
    note:
      'Validator-only checks, not expressed here: ids unique in the whole document; a risk point\'s step is one of its power\'s steps; assessedOn is a real calendar date; at most ' +
      `${LIMITS.totalRiskPoints} risk points in the whole document. / 仅由校验器检查：编号全文唯一；风险点的环节须在所属权力事项的流程环节中；评估日期真实存在；全文风险点不超过 ${LIMITS.totalRiskPoints} 个。`,
  });
}
