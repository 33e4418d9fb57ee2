/**
 * Markdown output: title, meta, summary, early warnings and findings, then one section per post
 * with its risk card and its rows of the catalog table (序号 runs on across posts, so the post
 * tables read together as the whole 一览表). Posts are rendered in one pass, as they arrive, so a
 * streamed source is never held in memory.
 *
 * Every user text goes through {@link escapeMarkdown}: a viewer renders no markup from input.
 */
import { TERM_LABELS } from '../findings/messages.js';
import { describeTerm } from '../findings/term.js';
import type { CatalogPost, CatalogSource } from '../catalog/types.js';
import type { LevelCounts } from '../scoring/types.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import { type PostMeasure } from '../measures/types.js';
import { type Level, LEVELS, OWNER_TIER_LABELS, PHASE_LABELS, PHASES, POWER_CATEGORIES, RANKS, RISK_CATEGORIES, termLabel } from '../model/enums.js';
import { WARNING_SIGNAL_LABELS, WARNING_TIERS } from '../catalog/warnings.js';
import { MEASURE_KIND_LABELS } from '../measures/messages.js';
import { FINDING_TITLES } from '../findings/messages.js';
import { FACTORS } from '../model/factors.js';
import { htmlLabel } from './html-labels.js';
import { MEASURE_STATUS_LABELS, WARNING_TIER_LABELS } from './labels.js';
import { formatScore, joinChunks, label, localeOf, ownerText, ownMeasureFacts, ownMeasureLine, riskPointMeasureLines, type RenderOptions } from './options.js';
import { requireTexts } from './texts.js';

const MARKDOWN_SPECIAL = /\r\n|[\r\n]|[&<>\\`*_[\]~|#]/g;

/**
 * Escapes user text for a Markdown table cell, heading or list item: `&`, `<`, `>` become
 * entities (so no HTML can form), Markdown punctuation that starts inline markup
 * (`\` `` ` `` `*` `_` `[` `]` `~` `|` `#`) gets a backslash, and line breaks become `<br>`.
 * @param text - user text
 * @returns text that renders as itself, on one line
 * @example
 * escapeMarkdown('a|b\n<i>') // 'a\\|b<br>&lt;i&gt;'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '\r\n':
      case '\r':
      case '\n':
        return '<br>';
      default:
        return `\\${c}`;
    }
  });
}

const LEVELS_HIGH_FIRST: readonly Level[] = [...LEVELS].reverse().map((l) => l.id);

/** A table row from already-escaped cells. */
const tr = (cells: readonly string[]): string => `| ${cells.join(' | ')} |\n`;
/** A table header and its delimiter row; `numeric` marks right-aligned columns. */
const thead = (cells: readonly string[], numeric: readonly boolean[] = []): string =>
  tr(cells) + tr(cells.map((_, i) => (numeric[i] ? '---:' : '---')));

function levelCells(counts: LevelCounts): string[] {
  const values = LEVELS_HIGH_FIRST.map((l) => counts[l]);
  return [...values.map(String), String(values.reduce((a, b) => a + b, 0))];
}

function levelHeader(locale: Locale): string[] {
  return [...LEVELS_HIGH_FIRST.map((l) => termLabel(LEVELS, l, locale)), label('total', locale)];
}

const t = (text: LocalizedText, locale: Locale): string => escapeMarkdown(text[locale]);
/** The colon after a label: full-width in Chinese. */
const colon = (locale: Locale): string => (locale === 'en' ? ': ' : '：');
/** Text in parentheses after other text: full-width in Chinese. */
const paren = (locale: Locale, text: string): string => (locale === 'en' ? ` (${text})` : `（${text}）`);

/** A list item `- **name**：value`. */
function bullet(locale: Locale, name: string, value: string): string {
  return `- **${name}**${colon(locale)}${value}\n`;
}

function head(source: CatalogSource, locale: Locale): string {
  const L = (k: Parameters<typeof label>[0]) => label(k, locale);
  const out: string[] = [];
  out.push(`# ${L('title')}\n\n`);
  if (source.organization !== undefined) out.push(bullet(locale, L('organization'), escapeMarkdown(source.organization)));
  if (source.assessedOn !== undefined) out.push(bullet(locale, L('assessedOn'), escapeMarkdown(source.assessedOn)));
  if (source.asOf !== undefined) out.push(bullet(locale, L('asOf'), escapeMarkdown(source.asOf)));
  // Readers get the model's name; its id and method stay in JSON.
  out.push(bullet(locale, L('model'), t(source.model.name, locale)));
  out.push('\n');

  const s = source.summary;
  out.push(`## ${L('summary')}\n\n`);
  out.push(thead([L('item'), ...levelHeader(locale)], [false, true, true, true, true]));
  out.push(tr([L('posts'), ...levelCells(s.postsByLevel)]));
  out.push(tr([L('riskPoints') + paren(locale, L('inherent')), ...levelCells(s.riskPointsByLevel)]));
  out.push(tr([L('riskPoints') + paren(locale, L('residual')), ...levelCells(s.residualRiskPointsByLevel)]));
  out.push(`\n${L('residualNote')}\n\n`);
  out.push(bullet(locale, L('posts'), String(s.posts)));
  out.push(bullet(locale, L('powers'), String(s.powers)));
  out.push(bullet(locale, L('riskPoints'), String(s.riskPoints)));
  // The summary holds ids only and the posts follow as a stream: the count here, each post's card says whether it is one.
  out.push(bullet(locale, L('keyPosts'), String(s.keyPosts.length)));
  out.push('\n');

  if (s.byDepartment.length > 0) {
    out.push(`### ${L('byDepartment')}\n\n`);
    const levels = LEVELS_HIGH_FIRST.map((l) => termLabel(LEVELS, l, locale));
    out.push(
      thead(
        [L('colDepartment'), ...levels.map((l) => `${L('posts')} · ${l}`), ...levels.map((l) => `${L('riskPoints')} · ${l}`)],
        [false, true, true, true, true, true, true],
      ),
    );
    for (const d of s.byDepartment) {
      out.push(tr([escapeMarkdown(d.department), ...LEVELS_HIGH_FIRST.map((l) => String(d.posts[l])), ...LEVELS_HIGH_FIRST.map((l) => String(d.riskPoints[l]))]));
    }
    out.push('\n');
  }
  if (s.byRiskCategory.length > 0) {
    out.push(`### ${L('byRiskCategory')}\n\n`);
    out.push(thead([L('colRiskCategory'), ...levelHeader(locale)], [false, true, true, true, true]));
    for (const c of s.byRiskCategory) out.push(tr([termLabel(RISK_CATEGORIES, c.riskCategory, locale), ...levelCells(c.riskPoints)]));
    out.push('\n');
  }
  if (s.byPowerCategory.length > 0) {
    out.push(`### ${L('byPowerCategory')}\n\n`);
    out.push(thead([L('colPowerCategory'), ...levelHeader(locale)], [false, true, true, true, true]));
    for (const c of s.byPowerCategory) out.push(tr([termLabel(POWER_CATEGORIES, c.category, locale), ...levelCells(c.riskPoints)]));
    out.push('\n');
  }
  out.push(`### ${L('heatmap')}\n\n`);
  out.push(thead([escapeMarkdown(L('heatmapRows')), '1', '2', '3', '4', '5'], [false, true, true, true, true, true]));
  // Likelihood 5 at the top, as a heatmap is read.
  for (let r = 4; r >= 0; r--) {
    const rowCounts = s.heatmap[r] ?? [];
    out.push(tr([String(r + 1), ...[0, 1, 2, 3, 4].map((c) => String(rowCounts[c] ?? 0))]));
  }
  out.push('\n');
  if (s.unratedForHeatmap > 0) out.push(`${label('unratedForHeatmap', locale, { n: s.unratedForHeatmap })}\n\n`);

  // Warnings: the tier follows the post's level and its aggravating signals (WARNING_TIER_TABLE).
  out.push(`## ${L('warningsSection')}\n\n${L('warningRule')}\n\n`);
  out.push(thead([L('warningTier'), L('posts')], [false, true]));
  for (const level of LEVELS_HIGH_FIRST) {
    const tier = WARNING_TIERS[level];
    out.push(tr([WARNING_TIER_LABELS[tier][locale], String(s.postsByWarningTier[tier])]));
  }
  out.push('\n');

  out.push(`## ${L('findingsSection')}\n\n`);
  if (source.findings.length === 0) out.push(`${L('noFindings')}\n\n`);
  else {
    for (const f of source.findings) {
      // The message names the post.
      out.push(`- **${FINDING_TITLES[f.code][locale]}**${colon(locale)}${t(f.message, locale)}\n`);
    }
    out.push('\n');
  }
  out.push(`## ${L('postsSection')}\n\n`);
  return out.join('');
}

function postSection(post: CatalogPost, index: number, firstSeq: number, locale: Locale): { text: string; rows: number } {
  const L = (k: Parameters<typeof label>[0], p?: Parameters<typeof label>[2]) => label(k, locale, p);
  const out: string[] = [];
  out.push(`### ${index}. ${L('postHeading', { department: escapeMarkdown(post.department), post: escapeMarkdown(post.name) })}\n\n`);
  const lvl = (l: Level, score: number) => L('levelWithScore', { level: termLabel(LEVELS, l, locale), score: formatScore(score) });
  out.push(bullet(locale, L('rank'), termLabel(RANKS, post.rank, locale)));
  out.push(bullet(locale, L('tenureYears'), L('years', { n: formatScore(post.tenureYears) })));
  const term = describeTerm(post.term, locale);
  out.push(bullet(locale, TERM_LABELS.timeline[locale], `${escapeMarkdown(term.holder)}${locale === 'en' ? '. ' : '。'}${escapeMarkdown(term.due)}`));
  out.push(bullet(locale, L('keyPost'), L(post.keyPost ? 'yes' : 'no')));
  out.push(bullet(locale, L('level'), lvl(post.level, post.score)));
  out.push(bullet(locale, L('residualLevel'), lvl(post.residualLevel, post.residualScore)));
  out.push(bullet(locale, L('explanation'), t(post.explanation.text, locale)));
  const w = post.warning;
  const sep = locale === 'en' ? '; ' : '；';
  const warningParts = [
    WARNING_TIER_LABELS[w.tier][locale],
    `${L('warningOwner')}${colon(locale)}${termLabel(OWNER_TIER_LABELS, w.owner, locale)}`,
    `${L('reviewCycle')}${colon(locale)}${L('days', { n: w.reviewCycleDays })}`,
  ];
  if (w.nextReviewOn !== undefined) warningParts.push(`${L('nextReviewOn')}${colon(locale)}${escapeMarkdown(w.nextReviewOn)}`);
  if (w.signals.length > 0) {
    const list = w.signals.map((x) => termLabel(WARNING_SIGNAL_LABELS, x, locale)).join(locale === 'en' ? ', ' : '、');
    warningParts.push(`${L('warningSignals')}${colon(locale)}${list}`);
  }
  out.push(bullet(locale, L('warning'), warningParts.join(sep)));
  if (post.findings.length > 0) {
    out.push(bullet(locale, L('findings'), ''));
    for (const f of post.findings) out.push(`  - **${FINDING_TITLES[f.code][locale]}**${colon(locale)}${t(f.message, locale)}\n`);
  }
  out.push('\n');

  // This post's rows of the catalog table.
  let seq = firstSeq;
  // A measure names the risk points it serves by their 序号 in the table, never by id.
  const numberOf = new Map<string, number>();
  let next = firstSeq;
  for (const power of post.powers) {
    if (power.riskPoints.length === 0) next++;
    for (const rp of power.riskPoints) numberOf.set(rp.id, next++);
  }
  if (post.powers.length === 0) out.push(`${L('noPowers')}\n\n`);
  else {
    out.push(
      thead([L('colSeq'), L('colDepartment'), L('colPost'), L('colPower'), L('colStep'), L('colRiskPoint'), L('colRiskCategory'), L('colLevel'), L('colMeasures'), L('colOwner')], [true]),
    );
    const department = escapeMarkdown(post.department);
    const name = escapeMarkdown(post.name);
    for (const power of post.powers) {
      const powerName = escapeMarkdown(power.name);
      if (power.riskPoints.length === 0) {
        out.push(tr([String(seq++), department, name, powerName, '—', L('noRiskPoints'), '—', '—', '—', '—']));
      }
      for (const rp of power.riskPoints) {
        const description = escapeMarkdown(rp.description) + (rp.priorIncident ? `<br>${paren(locale, L('priorIncident')).trim()}` : '');
        const levelCell =
          rp.residualLevel === rp.level
            ? termLabel(LEVELS, rp.level, locale)
            : `${termLabel(LEVELS, rp.level, locale)} → ${termLabel(LEVELS, rp.residualLevel, locale)}`;
        // The level the unit's committee gave before (an imported 一览表), beside the computed one.
        const published = rp.publishedLevel === undefined ? '' : `<br>${paren(locale, L('publishedLevel', { level: termLabel(LEVELS, rp.publishedLevel, locale) })).trim()}`;
        out.push(
          tr([
            String(seq++),
            department,
            name,
            powerName,
            escapeMarkdown(rp.step),
            description,
            termLabel(RISK_CATEGORIES, rp.riskCategory, locale),
            levelCell + published,
            riskPointMeasureLines(rp, locale).map(escapeMarkdown).join('<br>') || '—',
            escapeMarkdown(ownerText([...rp.ownMeasures, ...rp.measures], locale)) || '—',
          ]),
        );
      }
    }
    out.push('\n');
  }

  // The unit's own measures in full (the table shows their text only), by risk point number.
  const own: string[] = [];
  let n = firstSeq;
  for (const power of post.powers) {
    if (power.riskPoints.length === 0) n++;
    for (const rp of power.riskPoints) {
      const seqOf = n++;
      for (const m of rp.ownMeasures) {
        const facts = ownMeasureFacts(m, locale);
        own.push(`- [${seqOf}] ${escapeMarkdown(ownMeasureLine(m, locale))}${facts === '' ? '' : paren(locale, escapeMarkdown(facts))}\n`);
      }
    }
  }
  if (own.length > 0) out.push(`#### ${L('ownMeasures')}\n\n${own.join('')}\n`);

  const measureItem = (m: PostMeasure, serves: boolean): string => {
    const c = colon(locale);
    const facts = [
      `${L('measureStatus')}${c}${MEASURE_STATUS_LABELS[m.status][locale]}`,
      `${L('measureKind')}${c}${termLabel(MEASURE_KIND_LABELS, m.kind, locale)}`,
      `${L('measureOwner')}${c}${termLabel(OWNER_TIER_LABELS, m.owner, locale)}`,
      `${L('reviewDays')}${c}${L('days', { n: m.reviewDays })}`,
    ];
    if (m.indicator !== undefined) facts.push(`${L('indicator')}${c}${t(m.indicator, locale)}`);
    const served = serves ? m.riskPointIds.map((id) => numberOf.get(id)).filter((x): x is number => x !== undefined) : [];
    if (served.length > 0) facts.push(`${L('servesRiskPoints')}${c}${served.join(L('listSeparator'))}`);
    return `- **${t(m.title, locale)}**${c}${t(m.text, locale)}<br>${facts.join(sep)}\n`;
  };

  // The measures of the whole post, listed once (education, talks, reports, rotation, audit).
  if (post.postMeasures.length > 0) {
    out.push(`#### ${L('postMeasures')}\n\n`);
    for (const m of post.postMeasures) out.push(measureItem(m, false));
    out.push('\n');
  }

  // The post's measures merged across its risk points, by phase.
  out.push(`#### ${L('measuresByPhase')}\n\n`);
  if (post.measures.length === 0) out.push(`${L('noMeasures')}\n\n`);
  for (const phase of PHASES) {
    const measures = post.measures.filter((m) => m.phase === phase);
    if (measures.length === 0) continue;
    out.push(`**${termLabel(PHASE_LABELS, phase, locale)}**\n\n`);
    for (const m of measures) out.push(measureItem(m, true));
    out.push('\n');
  }
  return { text: out.join(''), rows: seq - firstSeq };
}

/**
 * Streams the catalog as Markdown: one chunk for the title, summary, warnings and findings, then
 * one chunk per post, then the appendix of factor anchors. The source's posts are iterated once.
 * @param source - a catalog or a streamed catalog source
 * @param options - `locale` (default zh-CN)
 * @returns the chunks, in order
 * @example
 * for (const chunk of renderMarkdownChunks(catalog, { locale: 'zh-TW' })) out.write(chunk);
 */
export function* renderMarkdownChunks(source: CatalogSource, options?: RenderOptions): Generator<string, void, undefined> {
  const locale = localeOf(options);
  requireTexts(source, 'md', locale);
  yield head(source, locale);
  let index = 0;
  let seq = 1;
  for (const post of source.posts) {
    const section = postSection(post, ++index, seq, locale);
    seq += section.rows;
    yield section.text;
  }
  if (index === 0) yield `${label('none', locale)}\n`;
  yield anchorsAppendix(locale);
}

/** The appendix of factor anchors: what ratings 1, 3 and 5 of each factor mean (words shared with the HTML report). */
function anchorsAppendix(locale: Locale): string {
  const H = (key: Parameters<typeof htmlLabel>[0], params?: Parameters<typeof htmlLabel>[2]) => escapeMarkdown(htmlLabel(key, locale, params));
  const out: string[] = [`\n## ${H('sectionAnchors')}\n\n${H('anchorsIntro')}\n\n`];
  out.push(thead([H('colFactor'), H('colQuestion'), ...[1, 3, 5].map((n) => H('colRating', { n: String(n) })), H('colRatedOn')]));
  for (const f of FACTORS) {
    out.push(tr([t(f.label, locale), t(f.question, locale), ...([1, 3, 5] as const).map((r) => t(f.anchors[r], locale)), H(f.ratedOnPost ? 'ratedOnPost' : 'ratedOnRiskPoint')]));
  }
  return out.join('');
}

/**
 * The catalog as one Markdown string: the chunks of {@link renderMarkdownChunks} joined.
 * @param source - a catalog (or a source whose posts have not been iterated yet)
 * @param options - `locale` (default zh-CN)
 * @returns the Markdown text, ending with a line break
 * @example
 * const md = renderMarkdown(catalog, { locale: 'en' });
 */
export function renderMarkdown(source: CatalogSource, options?: RenderOptions): string {
  return joinChunks(renderMarkdownChunks(source, options), 'renderMarkdownChunks');
}
