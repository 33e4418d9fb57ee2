/**
 * 自定义措施模板 · Add a measure template, override a built-in one, disable another.
 *
 *   npx tsx examples/custom-templates.ts
 *
 * A unit keeps its own template library as a small JSON document { add, override, disable };
 * resolveTemplates checks it (every problem with a path, never throws) and applies it to the
 * built-in library. The effect is shown on one risk point of the county bureau, the land-use
 * approval section's site survey (cb-rp-land-survey, 现场踏勘走过场), and on its post's measures
 * listed once for the whole post.
 */
import { readFileSync } from 'node:fs';
import { buildCatalog, OWNER_TIER_LABELS, parseDocument, PHASE_LABELS, resolveTemplates, termLabel, type CatalogPost, type CatalogRiskPoint, type SelectedMeasure } from '../src/index.js';

// The unit's own library, as it would be written in a JSON file.
const userLibrary = {
  // 1. New templates. Placeholders ({post}, {power}, {department}, {step}, {superior}…) are filled
  //    per risk point; a template may be written in zh-CN only (the other locales show it, with a warning).
  add: [
    {
      id: 'site-survey-recording',
      title: { 'zh-CN': '现场踏勘全程录像', 'zh-TW': '現場踏勘全程錄影', en: 'Site surveys recorded on video' },
      text: {
        'zh-CN': '{post}开展{power}的{step}时，由两人以上共同进行，执法记录仪全程录像，影像资料与踏勘记录同步上传平台，{superior}每月抽查。',
        'zh-TW': '{post}辦理{power}的{step}時，由兩人以上共同進行，以密錄器全程錄影，影像資料與踏勘紀錄同步上傳平臺，{superior}每月抽查。',
        en: 'When the {post} carries out the {step} step of {power}, at least two people go together and a body camera records throughout; the video is uploaded with the survey record and {superior} checks a sample every month.',
      },
      phase: 'during',
      kind: 'technology',
      owner: 'department-head',
      // Applies where the step's name contains one of these words (simplified and traditional), and
      // the risk is written as a survey done for show (words of the step or the description).
      triggers: { steps: ['踏勘', '勘察', '现场', '現場'], keywords: ['走过场', '不如实记录', '走過場', '不如實記錄'] },
      // When in place, it lowers these ratings (for the residual risk).
      effect: { monitoringDifficulty: 2, opacity: 1 },
      reviewDays: 90,
    },
    {
      id: 'survey-map-check',
      title: { 'zh-CN': '踏勘结果与卫片比对' },
      text: { 'zh-CN': '{superior}每季度将{power}的踏勘记录与卫片图斑逐宗比对，发现{step}环节记录失实的追究{post}的责任。' },
      phase: 'after',
      kind: 'institution',
      owner: 'department-head',
      triggers: { steps: ['踏勘'], keywords: ['未批先建', '占用耕地', '不如实记录'] },
      effect: { monitoringDifficulty: 1 },
      reviewDays: 90,
    },
  ],
  // 2. A built-in template changed by id: reminder talks, listed once on the post, held every quarter.
  override: [{ id: 'reminder-talk', reviewDays: 90 }],
  // 3. A built-in template switched off: this unit's own video recording replaces the generic site check.
  disable: ['field-check-record'],
};

const resolved = resolveTemplates(userLibrary);
for (const p of resolved.problems) console.log(`${p.severity === 'error' ? '错误 error' : '提示 warning'}  ${p.path}: ${p.message['zh-CN']}`);
if (!resolved.ok) process.exit(1);
console.log(`模板库 library: ${resolved.value.templates.length} 条模板 templates（新增 2 · 修改 1 · 停用 1）`);
console.log('');

// The same document, catalogued with the built-in library and with the unit's library.
const doc = parseDocument(JSON.parse(readFileSync(new URL('./county-bureau.json', import.meta.url), 'utf8')));
const RISK_POINT = 'cb-rp-land-survey';
const find = (templates?: typeof resolved.value): { post: CatalogPost; rp: CatalogRiskPoint } => {
  const catalog = buildCatalog(doc, templates === undefined ? {} : { templates });
  for (const post of catalog.posts) {
    const rp = post.powers.flatMap((pw) => pw.riskPoints).find((r) => r.id === RISK_POINT);
    if (rp !== undefined) return { post, rp };
  }
  throw new Error(`${RISK_POINT} is not in the document`);
};
const before = find();
const after = find(resolved.value);

const line = (m: SelectedMeasure) =>
  `${termLabel(PHASE_LABELS, m.phase, 'zh-CN')}  ${m.title['zh-CN']} (${m.templateId}) · ${termLabel(OWNER_TIER_LABELS, m.owner, 'zh-CN')} · 每 ${m.reviewDays} 天复核`;
// + added, - gone, ~ changed, blank: unchanged.
const compare = (was: readonly SelectedMeasure[], now: readonly SelectedMeasure[]): void => {
  const old = new Map(was.map((m) => [m.templateId, m]));
  for (const m of now) {
    const o = old.get(m.templateId);
    const mark = o === undefined ? '+' : o.owner !== m.owner || o.reviewDays !== m.reviewDays ? '~' : ' ';
    console.log(`  ${mark} ${line(m)}`);
  }
  const kept = new Set(now.map((m) => m.templateId));
  for (const m of was) if (!kept.has(m.templateId)) console.log(`  - ${line(m)}`);
};
console.log(`风险点 risk point ${RISK_POINT}: ${after.rp.description}`);
console.log('');
console.log('内置模板库 built-in library:');
for (const m of before.rp.measures) console.log(`    ${line(m)}`);
console.log('');
console.log("本单位模板库 the unit's library:  (+ 新增 added, - 移除 gone, ~ 修改 changed)");
compare(before.rp.measures, after.rp.measures);
console.log('');
console.log(`岗位通用措施 measures of the whole post (${after.post.name}):`);
compare(before.post.postMeasures, after.post.postMeasures);

// The new templates' texts, with their placeholders filled for this risk point.
const added = after.rp.measures.find((m) => m.templateId === 'site-survey-recording');
if (added) console.log(`\n新增措施全文 the added measure: ${added.text['zh-CN']}`);
const zhOnly = after.rp.measures.find((m) => m.templateId === 'survey-map-check');
if (zhOnly) console.log(`只写中文的模板 a template in zh-CN only, in English: ${zhOnly.text.en}`);
