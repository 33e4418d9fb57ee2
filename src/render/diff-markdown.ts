/**
 * A short Markdown summary of a cycle-over-cycle diff (年度对比), for people: the counts of every
 * kind of change, then the changes themselves. Every user text goes through `escapeMarkdown`.
 */
import type { CatalogDiff, DiffItem, LevelChange, MeasureChange } from '../catalog/diff.js';
import { fill, type Locale, type LocalizedText } from '../i18n/locale.js';
import { LEVELS, termLabel } from '../model/enums.js';
import { FINDING_TITLES } from '../findings/messages.js';
import { escapeMarkdown } from './markdown.js';
import { formatScore, localeOf, type RenderOptions } from './options.js';

/** The words of the diff summary, in every locale. */
export const DIFF_LABELS = {
  title: { 'zh-CN': '年度对比', 'zh-TW': '年度對比', en: 'Cycle-over-cycle comparison' },
  unchanged: { 'zh-CN': '两个周期之间没有变化。', 'zh-TW': '兩個週期之間沒有變化。', en: 'Nothing changed between the two cycles.' },
  posts: {
    'zh-CN': '岗位：新增 {added}，删除 {removed}，等级上升 {up}，等级下降 {down}',
    'zh-TW': '崗位：新增 {added}，刪除 {removed}，等級上升 {up}，等級下降 {down}',
    en: 'Posts: {added} added, {removed} removed, {up} level(s) up, {down} level(s) down',
  },
  powers: {
    'zh-CN': '权力事项：新增 {added}，删除 {removed}',
    'zh-TW': '權力事項：新增 {added}，刪除 {removed}',
    en: 'Powers: {added} added, {removed} removed',
  },
  riskPoints: {
    'zh-CN': '风险点：新增 {added}，删除 {removed}，等级上升 {up}，等级下降 {down}',
    'zh-TW': '風險點：新增 {added}，刪除 {removed}，等級上升 {up}，等級下降 {down}',
    en: 'Risk points: {added} added, {removed} removed, {up} level(s) up, {down} level(s) down',
  },
  measures: {
    'zh-CN': '防控措施：新增 {added}，取消 {dropped}',
    'zh-TW': '防控措施：新增 {added}，取消 {dropped}',
    en: 'Measures: {added} added, {dropped} dropped',
  },
  findings: {
    'zh-CN': '问题：新发现 {new}，已解决 {resolved}',
    'zh-TW': '問題：新發現 {new}，已解決 {resolved}',
    en: 'Findings: {new} new, {resolved} resolved',
  },
  holders: {
    'zh-CN': '岗位现任者更换：{changed}',
    'zh-TW': '崗位現任者更換：{changed}',
    en: 'Posts with a new holder: {changed}',
  },
  holderChanges: { 'zh-CN': '现任者更换', 'zh-TW': '現任者更換', en: 'Holder changes' },
  holderChange: {
    'zh-CN': '{from} → {to}（{since}到岗）',
    'zh-TW': '{from} → {to}（{since}到崗）',
    en: '{from} → {to} (since {since})',
  },
  endedWithTerm: {
    'zh-CN': '随原任者任期结束（不计为已解决）：{titles}',
    'zh-TW': '隨原任者任期結束（不計為已解決）：{titles}',
    en: 'ended with the outgoing term (not counted as resolved): {titles}',
  },
  unnamed: { 'zh-CN': '未记载', 'zh-TW': '未記載', en: 'not recorded' },
  addedPosts: { 'zh-CN': '新增岗位', 'zh-TW': '新增崗位', en: 'Posts added' },
  removedPosts: { 'zh-CN': '删除的岗位', 'zh-TW': '刪除的崗位', en: 'Posts removed' },
  addedPowers: { 'zh-CN': '新增权力事项', 'zh-TW': '新增權力事項', en: 'Powers added' },
  removedPowers: { 'zh-CN': '删除的权力事项', 'zh-TW': '刪除的權力事項', en: 'Powers removed' },
  addedRiskPoints: { 'zh-CN': '新增风险点', 'zh-TW': '新增風險點', en: 'Risk points added' },
  removedRiskPoints: { 'zh-CN': '删除的风险点', 'zh-TW': '刪除的風險點', en: 'Risk points removed' },
  levelsUp: { 'zh-CN': '等级上升', 'zh-TW': '等級上升', en: 'Levels up' },
  levelsDown: { 'zh-CN': '等级下降', 'zh-TW': '等級下降', en: 'Levels down' },
  measuresAdded: { 'zh-CN': '新增措施', 'zh-TW': '新增措施', en: 'Measures added' },
  measuresDropped: { 'zh-CN': '取消的措施', 'zh-TW': '取消的措施', en: 'Measures dropped' },
  newFindings: { 'zh-CN': '新发现的问题', 'zh-TW': '新發現的問題', en: 'New findings' },
  resolvedFindings: { 'zh-CN': '已解决的问题', 'zh-TW': '已解決的問題', en: 'Resolved findings' },
  ofPost: { 'zh-CN': '（岗位：{post}）', 'zh-TW': '（崗位：{post}）', en: ' (post: {post})' },
  listSeparator: { 'zh-CN': '、', 'zh-TW': '、', en: ', ' },
  inherent: { 'zh-CN': '固有', 'zh-TW': '固有', en: 'inherent' },
  residual: { 'zh-CN': '剩余', 'zh-TW': '剩餘', en: 'residual' },
  inPlace: { 'zh-CN': '已落实', 'zh-TW': '已落實', en: 'in place' },
  proposed: { 'zh-CN': '建议', 'zh-TW': '建議', en: 'proposed' },
} as const satisfies Record<string, LocalizedText>;

// People read names, never ids: a post by its name, a power by its name and post, a risk point by
// its description and post, a measure by its title. The ids stay in the diff's JSON.
function item(d: DiffItem, locale: Locale): string {
  const owner = d.postId === d.id ? '' : fill(DIFF_LABELS.ofPost[locale], { post: escapeMarkdown(d.postName) }, locale);
  return `- ${escapeMarkdown(d.name)}${owner}`;
}

function change(c: LevelChange, locale: Locale): string {
  const basis = DIFF_LABELS[c.basis][locale];
  const level = (l: string): string => termLabel(LEVELS, l, locale);
  const post = c.postId === c.id ? '' : fill(DIFF_LABELS.ofPost[locale], { post: escapeMarkdown(c.postName) }, locale);
  return `- ${escapeMarkdown(c.name)}${post} ${basis}${locale === 'en' ? ': ' : '：'}${level(c.from)} (${formatScore(c.fromScore)}) → ${level(c.to)} (${formatScore(c.toScore)})`;
}

/** Measure changes grouped by risk point and status: one line each, the measures' titles joined. */
function measureGroups(changes: readonly MeasureChange[], locale: Locale): string[] {
  const groups = new Map<string, { m: MeasureChange; titles: string[] }>();
  for (const m of changes) {
    const key = `${m.riskPointId}\u0000${m.status}`;
    const g = groups.get(key);
    if (g) g.titles.push(m.title[locale]);
    else groups.set(key, { m, titles: [m.title[locale]] });
  }
  return [...groups.values()].map(({ m, titles }) => {
    const status = DIFF_LABELS[m.status === 'in-place' ? 'inPlace' : 'proposed'][locale];
    const post = fill(DIFF_LABELS.ofPost[locale], { post: escapeMarkdown(m.postName) }, locale);
    return `- ${escapeMarkdown(m.riskPointName)}${post} ${status}: ${titles.map(escapeMarkdown).join(DIFF_LABELS.listSeparator[locale])}`;
  });
}

/**
 * A short Markdown summary of a diff: counts first, then each change, in the diff's order.
 * @param diff - from `diffCatalogs`
 * @param options - the locale (zh-CN by default)
 * @returns the Markdown text, ending with a newline
 * @example
 * renderDiffMarkdown(diffCatalogs(buildCatalog(lastYear), buildCatalog(thisYear)), { locale: 'en' })
 */
export function renderDiffMarkdown(diff: CatalogDiff, options?: RenderOptions): string {
  const locale = localeOf(options);
  const L = (key: keyof typeof DIFF_LABELS, params?: Parameters<typeof fill>[1]): string => fill(DIFF_LABELS[key][locale], params, locale);
  const out: string[] = [`# ${L('title')}`, ''];
  if (diff.unchanged) return [...out, L('unchanged'), ''].join('\n');
  const count = (xs: readonly unknown[]): number => xs.length;
  out.push(
    `- ${L('posts', { added: count(diff.posts.added), removed: count(diff.posts.removed), up: count(diff.posts.up), down: count(diff.posts.down) })}`,
    `- ${L('powers', { added: count(diff.powers.added), removed: count(diff.powers.removed) })}`,
    `- ${L('riskPoints', { added: count(diff.riskPoints.added), removed: count(diff.riskPoints.removed), up: count(diff.riskPoints.up), down: count(diff.riskPoints.down) })}`,
    `- ${L('measures', { added: count(diff.measures.added), dropped: count(diff.measures.dropped) })}`,
    `- ${L('findings', { new: count(diff.findings.new), resolved: count(diff.findings.resolved) })}`,
    `- ${L('holders', { changed: count(diff.holders.changed) })}`,
    '',
  );
  const section = <T>(key: keyof typeof DIFF_LABELS, xs: readonly T[], line: (x: T) => string): void => {
    if (xs.length === 0) return;
    out.push(`## ${L(key)}`, '', ...xs.map(line), '');
  };
  section('holderChanges', diff.holders.changed, (c) => {
    const unnamed = L('unnamed');
    const who = L('holderChange', { from: escapeMarkdown(c.from ?? unnamed), to: escapeMarkdown(c.to ?? unnamed), since: escapeMarkdown(c.since ?? unnamed) });
    const ended = c.endedFindings.length === 0 ? '' : `${locale === 'en' ? '; ' : '；'}${L('endedWithTerm', { titles: c.endedFindings.map((f) => FINDING_TITLES[f.code][locale]).join(locale === 'en' ? ', ' : '、') })}`;
    return `- ${escapeMarkdown(c.name)}${locale === 'en' ? ': ' : '：'}${who}${ended}`;
  });
  section('addedPosts', diff.posts.added, (d) => item(d, locale));
  section('removedPosts', diff.posts.removed, (d) => item(d, locale));
  section('levelsUp', [...diff.posts.up, ...diff.riskPoints.up], (c) => change(c, locale));
  section('levelsDown', [...diff.posts.down, ...diff.riskPoints.down], (c) => change(c, locale));
  section('addedPowers', diff.powers.added, (d) => item(d, locale));
  section('removedPowers', diff.powers.removed, (d) => item(d, locale));
  section('addedRiskPoints', diff.riskPoints.added, (d) => item(d, locale));
  section('removedRiskPoints', diff.riskPoints.removed, (d) => item(d, locale));
  section('measuresAdded', measureGroups(diff.measures.added, locale), (line) => line);
  section('measuresDropped', measureGroups(diff.measures.dropped, locale), (line) => line);
  const finding = (f: CatalogDiff['findings']['new'][number]): string =>
    `- ${FINDING_TITLES[f.code][locale]}: ${escapeMarkdown(f.message[locale])}`;
  section('newFindings', diff.findings.new, finding);
  section('resolvedFindings', diff.findings.resolved, finding);
  return out.join('\n');
}
