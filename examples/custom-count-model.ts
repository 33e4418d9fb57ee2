/**
 * 自定义计数模型 · A custom count-based scoring model, compared with the default model.
 *
 *   npx tsx examples/custom-count-model.ts
 *
 * Many universities grade a risk point by how many of a few criteria it meets: three or more is
 * high, two is medium, one or none is low, and a point where an integrity problem has happened
 * before is high whatever the count. The model is plain data, so it can live in a JSON file; here
 * it is written inline, checked with validateModel and applied to examples/university.json.
 */
import { readFileSync } from 'node:fs';
import { buildCatalog, DEFAULT_MODEL, explainRiskPoint, LEVELS, parseDocument, termLabel, validateModel, type Level } from '../src/index.js';

// The model as it would be written in a JSON file (no types needed: validateModel checks it).
const countModel = {
  id: 'campus-count',
  name: { 'zh-CN': '校内计数模型', 'zh-TW': '校內計數模型', en: 'Campus count model' },
  method: 'count',
  // Each criterion met counts one. Conditions: { factor, atLeast }, { flag, equals },
  // { categoryIn }, { rankIn }, { riskCategoryIn }, { tenureAtLeast }, { all: [...] }, { any: [...] }.
  criteria: [
    { id: 'money', when: { factor: 'fundLinkage', atLeast: 4 }, label: { 'zh-CN': '直接经手资金或物资', 'zh-TW': '直接經手資金或物資', en: 'handles money or goods' } },
    { id: 'discretion', when: { factor: 'discretion', atLeast: 4 }, label: { 'zh-CN': '自由裁量空间大', 'zh-TW': '自由裁量空間大', en: 'wide discretion' } },
    { id: 'outside', when: { factor: 'externalContact', atLeast: 4 }, label: { 'zh-CN': '对外往来频繁', 'zh-TW': '對外往來頻繁', en: 'frequent outside contact' } },
    {
      id: 'opaque',
      when: { any: [{ factor: 'opacity', atLeast: 4 }, { factor: 'monitoringDifficulty', atLeast: 4 }] },
      label: { 'zh-CN': '不透明或难以监控', 'zh-TW': '不透明或難以監控', en: 'opaque or hard to monitor' },
    },
    { id: 'harm', when: { factor: 'harm', atLeast: 4 }, label: { 'zh-CN': '危害严重', 'zh-TW': '危害嚴重', en: 'serious harm' } },
    { id: 'tenure', when: { tenureAtLeast: 5 }, label: { 'zh-CN': '任职满5年', 'zh-TW': '任職滿5年', en: 'five years or more in post' } },
  ],
  // Bands over the count (from inclusive, to exclusive; the last includes its end):
  // 0-1 low, 2 medium, 3-6 high.
  bands: [
    { level: 'low', from: 0, to: 2 },
    { level: 'medium', from: 2, to: 3 },
    { level: 'high', from: 3, to: 6 },
  ],
  // The override: a prior incident forces high, also after measures are in place.
  rules: [
    {
      id: 'prior-incident',
      when: { flag: 'priorIncident', equals: true },
      effect: 'minimum',
      level: 'high',
      label: { 'zh-CN': '曾发生廉政问题', 'zh-TW': '曾發生廉政問題', en: 'an incident happened here before' },
    },
  ],
  missing: { policy: 'assume', rating: 3 }, // an unrated factor counts as 3: it meets no "≥ 4" criterion
};

// 1. Validate the model: shape, then a lint (gaps between bands, unreachable levels, …).
const checked = validateModel(countModel);
if (!checked.ok) {
  for (const p of checked.problems) console.log(`模型问题 model problem  ${p.path}: ${p.message['zh-CN']}`);
  process.exit(1);
}
console.log(`模型 model: ${checked.value.name?.['zh-CN']} (${checked.value.id}) 校验通过 valid, ${checked.problems.length} 条提示 warnings`);

// What a mistake looks like: the same model with a gap between the medium and high bands.
const broken = validateModel({ ...countModel, bands: [countModel.bands[0], countModel.bands[1], { level: 'high', from: 4, to: 6 }] });
for (const p of broken.problems) console.log(`  例：错误的模型 a broken copy → ${p.path}: ${p.message['zh-CN']}`);
console.log('');

// 2. Build the catalog of the university with both models.
const doc = parseDocument(JSON.parse(readFileSync(new URL('./university.json', import.meta.url), 'utf8')));
const byDefault = buildCatalog(doc); // DEFAULT_MODEL
const byCount = buildCatalog(doc, { model: checked.value });

// 3. Compare levels: posts first, then the risk points whose level the model changes.
const lv = (l: Level) => termLabel(LEVELS, l, 'zh-CN');
console.log(`岗位等级对比 post levels: ${DEFAULT_MODEL.name['zh-CN']} → ${checked.value.name?.['zh-CN']}`);
const countPosts = new Map(byCount.posts.map((p) => [p.id, p]));
for (const p of byDefault.posts) {
  const other = countPosts.get(p.id);
  if (other) console.log(`  ${lv(p.level)} ${p.score.toFixed(1).padStart(5)} → ${lv(other.level)} ${other.score.toFixed(1).padStart(5)}  ${p.name}`);
}
const s1 = byDefault.summary.riskPointsByLevel;
const s2 = byCount.summary.riskPointsByLevel;
console.log(`风险点 risk points 高/中/低 high/medium/low: 默认 default ${s1.high}/${s1.medium}/${s1.low} · 计数 count ${s2.high}/${s2.medium}/${s2.low}`);

const riskPoints = (c: typeof byDefault) => new Map(c.posts.flatMap((p) => p.powers.flatMap((pw) => pw.riskPoints)).map((rp) => [rp.id, rp]));
const before = riskPoints(byDefault);
const changed = [...riskPoints(byCount)].filter(([id, rp]) => before.get(id)?.level !== rp.level);
console.log(`等级不同的风险点 risk points whose level differs: ${changed.length} / ${before.size}`);
for (const [id, rp] of changed.slice(0, 6)) console.log(`  ${lv(before.get(id)?.level ?? 'low')} → ${lv(rp.level)}  ${id}  ${rp.description}`);
console.log('');

// 4. Why: the count model's explanation names the criteria met.
const [firstId, first] = changed[0] ?? [];
if (firstId !== undefined && first !== undefined) {
  console.log(`说明 explanation (${firstId}):`);
  console.log(`  ${first.explanation.text['zh-CN']}`);
}

// 5. The override at work: take the first risk point the count model grades low, mark it as
//    having had an incident, and grade it again.
const countLevels = riskPoints(byCount);
const lowOne = doc.posts
  .flatMap((post) => post.powers.flatMap((power) => power.riskPoints.map((rp) => ({ post, power, rp }))))
  .find(({ rp }) => countLevels.get(rp.id)?.level === 'low');
if (lowOne) {
  const { post, power, rp } = lowOne;
  const again = explainRiskPoint(post, power, { ...rp, priorIncident: true }, { model: checked.value });
  console.log(`若 ${rp.id} 曾发生问题 if an incident had happened there: ${lv('low')} → ${lv(again.level)}`);
  console.log(`  ${again.explanation.text['zh-CN']}`);
}
