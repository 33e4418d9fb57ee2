/**
 * 自定义措施模板 · Add a measure template, override a built-in one, disable another.
 *
 *   npx tsx examples/custom-templates.ts
 *
 * A unit keeps its own template library as a small JSON document { add, override, disable };
 * resolveTemplates checks it (every problem with a path, never throws) and applies it to the
 * built-in library. The effect is shown on one risk point of the county bureau: the land-use
 * approval section's site survey (cb-rp-land-survey, 现场踏勘走过场).
 */
import { readFileSync } from 'node:fs';
import { buildCatalog, OWNER_TIER_LABELS, parseDocument, PHASE_LABELS, resolveTemplates, termLabel, type CatalogRiskPoint, type SelectedMeasure } from '../src/index.js';

// The unit's own library, as it would be written in a JSON file.
const userLibrary = {
  // 1. A new template. Placeholders {post}, {power}, {department}, {step} are filled per risk point.
  add: [
    {
      id: 'site-survey-recording',
      title: { 'zh-CN': '现场踏勘全程录像', 'zh-TW': '現場踏勘全程錄影', en: 'Site surveys recorded on video' },
      text: {
        'zh-CN': '{department}开展{power}的{step}时，由两人以上共同进行，执法记录仪全程录像，影像资料与踏勘记录同步上传平台备查。',
        'zh-TW': '{department}辦理{power}的{step}時，由兩人以上共同進行，以密錄器全程錄影，影像資料與踏勘紀錄同步上傳平臺備查。',
        en: 'When {department} carries out the {step} step of {power}, at least two people go together and a body camera records throughout; the video is uploaded with the survey record.',
      },
      phase: 'during',
      kind: 'technology',
      owner: 'department-head',
      // Applies where the step's name contains one of these words (simplified and traditional).
      triggers: { steps: ['踏勘', '勘察', '现场', '現場'] },
      // When in place, it lowers these ratings (for the residual risk).
      effect: { monitoringDifficulty: 2, opacity: 1 },
      reviewDays: 90,
    },
  ],
  // 2. A built-in template changed by id: reminder talks held by the principal leader, quarterly.
  override: [{ id: 'reminder-talk', owner: 'principal-leader', reviewDays: 90 }],
  // 3. A built-in template switched off: this unit deals with applicants, not contractors.
  disable: ['contractor-return-visit'],
};

const resolved = resolveTemplates(userLibrary);
for (const p of resolved.problems) console.log(`${p.severity === 'error' ? '错误 error' : '提示 warning'}  ${p.path}: ${p.message['zh-CN']}`);
if (!resolved.ok) process.exit(1);
console.log(`模板库 library: ${resolved.value.templates.length} 条模板 templates（新增 1 · 修改 1 · 停用 1）`);
console.log('');

// The same document, catalogued with the built-in library and with the unit's library.
const doc = parseDocument(JSON.parse(readFileSync(new URL('./county-bureau.json', import.meta.url), 'utf8')));
const RISK_POINT = 'cb-rp-land-survey';
const find = (templates?: typeof resolved.value): CatalogRiskPoint => {
  const catalog = buildCatalog(doc, templates === undefined ? {} : { templates });
  const rp = catalog.posts.flatMap((p) => p.powers.flatMap((pw) => pw.riskPoints)).find((r) => r.id === RISK_POINT);
  if (rp === undefined) throw new Error(`${RISK_POINT} is not in the document`);
  return rp;
};
const before = find();
const after = find(resolved.value);

const line = (m: SelectedMeasure) =>
  `${termLabel(PHASE_LABELS, m.phase, 'zh-CN')}  ${m.title['zh-CN']} (${m.templateId}) · ${termLabel(OWNER_TIER_LABELS, m.owner, 'zh-CN')} · 每 ${m.reviewDays} 天复核`;
console.log(`风险点 risk point ${RISK_POINT}: ${after.description}`);
console.log('');
console.log('内置模板库 built-in library:');
for (const m of before.measures) console.log(`    ${line(m)}`);
console.log('');
// + added, - gone, ~ changed, blank: unchanged.
console.log('本单位模板库 the unit\'s library:  (+ 新增 added, - 移除 gone, ~ 修改 changed)');
const old = new Map(before.measures.map((m) => [m.templateId, m]));
for (const m of after.measures) {
  const o = old.get(m.templateId);
  const mark = o === undefined ? '+' : o.owner !== m.owner || o.reviewDays !== m.reviewDays ? '~' : ' ';
  console.log(`  ${mark} ${line(m)}`);
}
const kept = new Set(after.measures.map((m) => m.templateId));
for (const m of before.measures) if (!kept.has(m.templateId)) console.log(`  - ${line(m)}`);

// The new template's text, with its placeholders filled for this risk point.
const added = after.measures.find((m) => m.templateId === 'site-survey-recording');
if (added) console.log(`\n新增措施全文 the added measure: ${added.text['zh-CN']}`);
