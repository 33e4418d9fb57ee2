/**
 * The HTML report: one self-contained file (inline CSS and SVG, no script, no URL) that reads on
 * screen and prints on A4 portrait. It is produced as a sequence of chunks, post by post, so an
 * organization of any size never becomes one string; {@link renderHtml} joins the chunks.
 *
 * Safety: every string from the catalog goes through {@link escapeHtml}; ids, classes, styles and
 * links come from the template and from counters only, never from the data.
 */
import { TERM_LABELS } from '../findings/messages.js';
import { describeTerm } from '../findings/term.js';
import type { CatalogPost, CatalogPower, CatalogRiskPoint, CatalogSource, Catalog } from '../catalog/types.js';
import type { LevelCounts } from '../scoring/types.js';
import type { Finding } from '../findings/types.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale.js';
import { type PostMeasure } from '../measures/types.js';
import { WARNING_SIGNAL_LABELS } from '../catalog/warnings.js';
import {
  type Level,
  OWNER_TIER_LABELS,
  OWNER_TIERS,
  type OwnerTier,
  PHASES,
  POWER_CATEGORIES,
  RANKS,
  RISK_CATEGORIES,
  termLabel,
} from '../model/enums.js';
import { escapeHtml as e } from './html-escape.js';
import { FINDING_TITLES } from '../findings/messages.js';
import { FACTORS } from '../model/factors.js';
import { HTML_LABELS, PHASE_TAGS, htmlLabel, type HtmlLabelKey } from './html-labels.js';
import { MEASURE_STATUS_LABELS, WARNING_TIER_LABELS } from './labels.js';
import { reportCss } from './html-style.js';
import { LEVELS_HIGH_FIRST, heatmapSvg, levelBarsSvg, levelLabel, powerFlowSvg, type NumberedRiskPoint } from './svg-charts.js';
import { fixed } from './svg-text.js';
import { requireTexts } from './texts.js';
import { joinChunks, label as renderLabel, ownMeasureFacts, ownMeasureLine } from './options.js';

/** Options of the HTML report. */
export interface HtmlOptions {
  /** The language of the report's own words; the data is shown as written. */
  readonly locale: Locale;
  /** The report's title; defaults to 岗位廉政风险防控报告 in the chosen locale. */
  readonly title?: string;
}

/** Section numbers: Chinese documents number parts 一、二、…, English ones 1, 2, …. */
const PART_NUMBERS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['一、', '二、', '三、', '四、', '五、'],
  'zh-TW': ['一、', '二、', '三、', '四、', '五、'],
  en: ['1 ', '2 ', '3 ', '4 ', '5 '],
};

// No department column: each department's table stands under the department's heading.
const CATALOG_COLUMNS = [
  { key: 'colNo', width: 4.5 },
  { key: 'colPost', width: 9 },
  { key: 'colPower', width: 9 },
  { key: 'colStep', width: 8 },
  { key: 'colRiskPoint', width: 18.5 },
  { key: 'colRiskCategory', width: 8.5 },
  { key: 'colLevel', width: 7.5 },
  { key: 'colMeasures', width: 24 },
  { key: 'colOwner', width: 11 },
] as const satisfies readonly { key: HtmlLabelKey; width: number }[];

// The risk points of a power in the post's card. Step and category are in the department's table
// on the row of the same number (and the step in the chart above), so the explanation gets the room.
const RISK_POINT_COLUMNS = [
  { key: 'colNo', width: 5, cls: 'n' },
  { key: 'colRiskPoint', width: 26, cls: '' },
  { key: 'colScore', width: 8, cls: 'c' },
  { key: 'colResidual', width: 8, cls: 'c' },
  { key: 'colExplanation', width: 53, cls: '' },
] as const satisfies readonly { key: HtmlLabelKey; width: number; cls: string }[];

/** Everything the streaming renderer carries from one post to the next. */
interface State {
  readonly locale: Locale;
  /** Department name → its 1-based position in `summary.byDepartment`. */
  readonly departmentIndex: ReadonlyMap<string, number>;
  readonly departmentTotal: number;
  /** Departments whose section has been opened, so a repeated group gets no duplicate id. */
  readonly departmentsOpened: Set<string>;
  /** The department of the open section, if any. */
  current: string | undefined;
  sections: number;
  extraSections: number;
  /** Flow charts drawn so far, for their ids. */
  charts: number;
  /** The next running number (序号) of a risk point. */
  nextNumber: number;
  /** Cards of the open department, written after its table. */
  cards: string[];
  /** Post id → names, for the findings section (small: two strings per post). */
  readonly postNames: Map<string, { readonly name: string; readonly department: string }>;
}

function label(state: { readonly locale: Locale }, key: HtmlLabelKey, params?: Record<string, string>): string {
  return e(htmlLabel(key, state.locale, params));
}

function levelBadge(level: Level, locale: Locale): string {
  return `<span class="lv lv-${level}">${e(levelLabel(level, locale))}</span>`;
}

function countsText(c: LevelCounts, locale: Locale): string {
  return LEVELS_HIGH_FIRST.map((l) => `${e(levelLabel(l, locale))} ${fixed(c[l], 0)}`).join(' · ');
}

function sumCounts(c: LevelCounts): number {
  return c.high + c.medium + c.low;
}

function partHeading(locale: Locale, n: number, key: HtmlLabelKey): string {
  return `${e(PART_NUMBERS[locale][n - 1] ?? '')}${e(htmlLabel(key, locale))}`;
}

function head(source: CatalogSource, locale: Locale, title: string): string {
  const s = source.summary;
  const org = source.organization;
  const lang = locale === 'en' ? 'en' : locale;
  const docTitle = org !== undefined ? `${title} · ${org}` : title;
  const meta = (key: HtmlLabelKey, value: string | undefined): string =>
    `<dt>${label({ locale }, key)}</dt><dd class="u">${value !== undefined ? e(value) : `<span class="muted">${label({ locale }, 'notGiven')}</span>`}</dd>`;
  const figure = (key: HtmlLabelKey, n: number, extra = ''): string =>
    `<div class="figure"><span class="n">${fixed(n, 0)}</span><span class="l">${label({ locale }, key)}</span>${extra}</div>`;
  const departments = s.byDepartment
    .map(
      (d, i) =>
        `<li><a href="#dept-${i + 1}">3.${i + 1} <span class="u">${e(d.department)}</span></a> <span class="muted">(${e(htmlLabel('figureRiskPoints', locale))} ${fixed(sumCounts(d.riskPoints), 0)})</span></li>`,
    )
    .join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(docTitle)}</title>`,
    `<style>${reportCss(locale)}</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
    '<header class="cover">',
    `<p class="kicker">${label({ locale }, 'reportKicker')}</p>`,
    org !== undefined ? `<p class="org u">${e(org)}</p>` : '',
    `<h1 class="u">${e(title)}</h1>`,
    '<dl class="meta">',
    meta('organization', org),
    meta('assessedOn', source.assessedOn),
    meta('model', source.model.name[locale]),
    source.asOf !== undefined ? meta('asOf', source.asOf) : '',
    '</dl>',
    '</header>',
    '<div class="figures">',
    figure('figurePosts', s.posts, `<span class="lvls">${countsText(s.postsByLevel, locale)}</span>`),
    figure('figurePowers', s.powers),
    figure('figureRiskPoints', s.riskPoints, `<span class="lvls">${countsText(s.riskPointsByLevel, locale)}</span>`),
    figure('figureKeyPosts', s.keyPosts.length),
    figure('figureFindings', source.findings.length),
    '</div>',
    `<nav class="toc" aria-label="${label({ locale }, 'contents')}">`,
    `<h2>${label({ locale }, 'contents')}</h2>`,
    '<ol>',
    `<li><a href="#sec-summary">${partHeading(locale, 1, 'sectionSummary')}</a></li>`,
    `<li><a href="#sec-charts">${partHeading(locale, 2, 'sectionCharts')}</a></li>`,
    `<li><a href="#sec-catalog">${partHeading(locale, 3, 'sectionCatalog')}</a>${departments !== '' ? `<ol>${departments}</ol>` : ''}</li>`,
    `<li><a href="#sec-findings">${partHeading(locale, 4, 'sectionFindings')}</a></li>`,
    `<li><a href="#sec-anchors">${partHeading(locale, 5, 'sectionAnchors')}</a></li>`,
    '</ol>',
    '</nav>',
  ].join('\n');
}

function countsRow(th: string, c: LevelCounts): string {
  return `<tr><th scope="row">${th}</th>${LEVELS_HIGH_FIRST.map((l) => `<td class="n">${fixed(c[l], 0)}</td>`).join('')}<td class="n">${fixed(sumCounts(c), 0)}</td></tr>`;
}

function levelHeaderCells(locale: Locale): string {
  return LEVELS_HIGH_FIRST.map((l) => `<th class="n">${e(levelLabel(l, locale))}</th>`).join('');
}

function summarySection(source: CatalogSource, locale: Locale): string {
  const s = source.summary;
  const st = { locale };
  const levelHead = `<thead><tr><th>${label(st, 'subject')}</th>${levelHeaderCells(locale)}<th class="n">${label(st, 'total')}</th></tr></thead>`;
  const byDept = s.byDepartment
    .map(
      (d, i) =>
        `<tr><td class="n">${i + 1}</td><td class="u">${e(d.department)}</td>${LEVELS_HIGH_FIRST.map((l) => `<td class="n">${fixed(d.posts[l], 0)}</td>`).join('')}${LEVELS_HIGH_FIRST.map((l) => `<td class="n">${fixed(d.riskPoints[l], 0)}</td>`).join('')}<td class="n">${fixed(sumCounts(d.riskPoints), 0)}</td></tr>`,
    )
    .join('');
  const categoryTable = (caption: HtmlLabelKey, rows: readonly { name: string; c: LevelCounts }[]): string =>
    `<table><thead><tr><th>${label(st, caption)}</th>${levelHeaderCells(locale)}<th class="n">${label(st, 'total')}</th></tr></thead><tbody>${rows.map((r) => countsRow(e(r.name), r.c)).join('')}</tbody></table>`;
  return [
    `<section class="part" id="sec-summary">`,
    `<h2>${partHeading(locale, 1, 'sectionSummary')}</h2>`,
    // Stacked on screen; side by side in print, so the summary takes one page.
    '<div class="grid-summary">',
    '<div>',
    `<h3>${label(st, 'levelDistribution')}</h3>`,
    `<table>${levelHead}<tbody>`,
    countsRow(label(st, 'rowPostsInherent'), s.postsByLevel),
    countsRow(label(st, 'rowRiskPointsInherent'), s.riskPointsByLevel),
    countsRow(label(st, 'rowRiskPointsResidual'), s.residualRiskPointsByLevel),
    '</tbody></table>',
    '</div>',
    '<div>',
    `<h3>${label(st, 'byDepartment')}</h3>`,
    '<table>',
    `<thead><tr><th rowspan="2" class="n">${label(st, 'colNo')}</th><th rowspan="2">${label(st, 'colDepartment')}</th><th colspan="3" class="c">${label(st, 'postsByLevel')}</th><th colspan="4" class="c">${label(st, 'riskPointsByLevel')}</th></tr>`,
    `<tr>${levelHeaderCells(locale)}${levelHeaderCells(locale)}<th class="n">${label(st, 'total')}</th></tr></thead>`,
    `<tbody>${byDept !== '' ? byDept : `<tr><td colspan="9" class="muted">${label(st, 'noDepartments')}</td></tr>`}</tbody></table>`,
    '</div>',
    '</div>',
    '<div class="grid2">',
    `<div>${categoryTable('byRiskCategory', s.byRiskCategory.map((r) => ({ name: termLabel(RISK_CATEGORIES, r.riskCategory, locale), c: r.riskPoints })))}</div>`,
    `<div>${categoryTable('byPowerCategory', s.byPowerCategory.map((r) => ({ name: termLabel(POWER_CATEGORIES, r.category, locale), c: r.riskPoints })))}</div>`,
    '</div>',
    '</section>',
  ].join('\n');
}

function chartsSection(source: CatalogSource, locale: Locale): string {
  const s = source.summary;
  const st = { locale };
  return [
    `<section class="part" id="sec-charts">`,
    `<h2>${partHeading(locale, 2, 'sectionCharts')}</h2>`,
    // On screen the bars take the width, the other two share a row; in print all three share a page.
    '<div class="grid-charts">',
    `<figure class="fig-bars"><figcaption>${label(st, 'chartLevelsByDepartment')}</figcaption>`,
    levelBarsSvg(
      s.byDepartment.map((d) => ({ label: d.department, counts: d.riskPoints })),
      locale,
      { title: htmlLabel('chartLevelsByDepartment', locale), chartNumber: 1, barWidth: 560 },
    ),
    `<p class="note">${label(st, 'chartLevelsByDepartmentNote')}</p></figure>`,
    `<figure class="fig-heat"><figcaption>${label(st, 'chartHeatmap')}</figcaption>`,
    heatmapSvg(s.heatmap, locale),
    `<p class="note">${label(st, 'chartHeatmapNote', { n: fixed(s.unratedForHeatmap, 0) })}</p></figure>`,
    `<figure class="fig-resid"><figcaption>${label(st, 'chartResidual')}</figcaption>`,
    levelBarsSvg(
      [
        { label: htmlLabel('inherentRisk', locale), counts: s.riskPointsByLevel },
        { label: htmlLabel('residualRisk', locale), counts: s.residualRiskPointsByLevel },
      ],
      locale,
      { title: htmlLabel('chartResidual', locale), chartNumber: 2, barWidth: 240 },
    ),
    `<p class="note">${label(st, 'chartResidualNote')}</p></figure>`,
    '</div>',
    '</section>',
    `<section class="part" id="sec-catalog">`,
    `<h2>${partHeading(locale, 3, 'sectionCatalog')}</h2>`,
    `<p>${label(st, 'catalogIntro')}</p>`,
  ].join('\n');
}

function ownersOf(riskPoint: CatalogRiskPoint): OwnerTier[] {
  const present = new Set<OwnerTier | undefined>([...riskPoint.ownMeasures.map((m) => m.owner), ...riskPoint.measures.map((m) => m.owner)]);
  return OWNER_TIERS.filter((o) => present.has(o));
}

/** The measures cell of the catalog table: titles only, so rows stay short; the full texts are on the risk card. */
function measureList(riskPoint: CatalogRiskPoint, locale: Locale): string {
  if (riskPoint.measures.length === 0 && riskPoint.ownMeasures.length === 0) return `<span class="muted">${e(htmlLabel('noMeasures', locale))}</span>`;
  // The unit's own measures first, in its words and order; then templates, proposals marked.
  const own = riskPoint.ownMeasures.map(
    (m) => `<li class="own">${m.phase === undefined ? '' : `<span class="ph">${e(PHASE_TAGS[m.phase]?.[locale] ?? m.phase)}</span>`}<span class="u">${e(m.text)}</span></li>`,
  );
  const items = riskPoint.measures.map(
    (m) =>
      `<li><span class="ph">${e(PHASE_TAGS[m.phase]?.[locale] ?? m.phase)}</span><span class="u">${e(m.title[locale])}</span> <span class="st">(${e(MEASURE_STATUS_LABELS[m.status][locale])})</span></li>`,
  );
  return `<ol class="ms">${[...own, ...items].join('')}</ol>`;
}

function ownerLabel(owner: OwnerTier, locale: Locale): string {
  return e(termLabel(OWNER_TIER_LABELS, owner, locale));
}

/**
 * The catalog rows of one post: one per risk point, one for a power without risk points. The
 * department and post are written on the post's first row and the power on its first row, the
 * cells below left blank without a top rule (as merged cells print), so a long post name is
 * written once and the rows stay as short as their measures. Real row spans would keep a post's
 * rows from breaking across pages.
 */
function catalogRows(post: CatalogPost, numbers: ReadonlyMap<CatalogRiskPoint, number>, locale: Locale): string {
  const rows: string[] = [];
  const cont = '<td class="cont"></td>';
  let first = true;
  const heads = (): string => {
    if (!first) return cont;
    first = false;
    return `<td class="u">${e(post.name)}${post.keyPost ? ` <span class="tag">${e(htmlLabel('keyPost', locale))}</span>` : ''}</td>`;
  };
  const empty = (text: HtmlLabelKey, power: string): string =>
    `<tr><td class="n">–</td>${heads()}${power}<td colspan="6" class="muted">${e(htmlLabel(text, locale))}</td></tr>`;
  if (post.powers.length === 0) rows.push(empty('noPower', '<td></td>'));
  for (const power of post.powers) {
    const powerCell = `<td class="u">${e(power.name)}</td>`;
    if (power.riskPoints.length === 0) rows.push(empty('noRiskPoint', powerCell));
    power.riskPoints.forEach((rp, i) => {
      const residual =
        rp.residualLevel !== rp.level
          ? `<span class="lv-note">${e(htmlLabel('residualShort', locale, { level: levelLabel(rp.residualLevel, locale) }))}</span>`
          : '';
      // The level the unit's committee gave before (an imported 一览表), beside the computed one.
      const published =
        rp.publishedLevel === undefined ? '' : `<span class="lv-note">${e(htmlLabel('publishedShort', locale, { level: levelLabel(rp.publishedLevel, locale) }))}</span>`;
      rows.push(
        [
          '<tr>',
          `<td class="n">${numbers.get(rp) ?? ''}</td>`,
          heads(),
          i === 0 ? powerCell : cont,
          `<td class="u">${e(rp.step)}</td>`,
          `<td class="u">${e(rp.description)}</td>`,
          `<td>${e(termLabel(RISK_CATEGORIES, rp.riskCategory, locale))}</td>`,
          `<td class="c">${levelBadge(rp.level, locale)}${residual}${published}</td>`,
          `<td>${measureList(rp, locale)}</td>`,
          `<td class="owners">${ownersOf(rp).map((o) => `<span>${ownerLabel(o, locale)}</span>`).join('')}</td>`,
          '</tr>',
        ].join(''),
      );
    });
  }
  return rows.join('\n');
}

function powerBlock(power: CatalogPower, numbers: ReadonlyMap<CatalogRiskPoint, number>, locale: Locale, chartNumber: number): string {
  const tags = [
    `<span class="tag plain">${e(termLabel(POWER_CATEGORIES, power.category, locale))}</span>`,
    power.majorMatter ? `<span class="tag">${e(htmlLabel('majorMatter', locale))}</span>` : '',
    power.collectiveDecision ? `<span class="tag plain">${e(htmlLabel('collectiveDecision', locale))}</span>` : '',
  ].join('');
  const numbered: NumberedRiskPoint[] = power.riskPoints.map((riskPoint) => ({ riskPoint, n: numbers.get(riskPoint) ?? 0 }));
  // The table under the chart holds the descriptions: the chart's badges carry level and number only.
  const svg = powerFlowSvg(power, numbered, locale, chartNumber, { descriptions: false });
  const rows = numbered.map(
    ({ riskPoint: rp, n }) =>
      `<tr><td class="n">${n}</td><td class="u">${e(rp.description)}${rp.priorIncident ? ` <span class="tag">${e(htmlLabel('priorIncident', locale))}</span>` : ''}</td><td class="c">${levelBadge(rp.level, locale)}<span class="lv-note">${fixed(rp.score, 1)}</span></td><td class="c">${levelBadge(rp.residualLevel, locale)}<span class="lv-note">${fixed(rp.residualScore, 1)}</span></td><td class="u">${e(rp.explanation.text[locale])}</td></tr>`,
  );
  const st = { locale };
  return [
    '<section class="power">',
    `<h5><span class="u">${e(power.name)}</span> ${tags}</h5>`,
    svg !== '' ? `<figure class="flow">${svg}</figure>` : `<p class="muted">${label(st, 'noSteps')}</p>`,
    rows.length > 0
      ? `<table class="rps"><colgroup>${RISK_POINT_COLUMNS.map((c) => `<col style="width:${c.width}%">`).join('')}</colgroup><thead><tr>${RISK_POINT_COLUMNS.map((c) => `<th${c.cls === '' ? '' : ` class="${c.cls}"`}>${label(st, c.key)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '',
    '</section>',
  ].join('\n');
}

/** The unit's own measures of a post's risk points in full (owner, deadline, indicator), by risk point number. */
function ownMeasuresBlock(post: CatalogPost, numbers: ReadonlyMap<CatalogRiskPoint, number>, locale: Locale): string {
  const items: string[] = [];
  for (const power of post.powers) {
    for (const rp of power.riskPoints) {
      for (const m of rp.ownMeasures) {
        const facts = ownMeasureFacts(m, locale);
        items.push(
          `<li><span class="n">${numbers.get(rp) ?? ''}</span> <span class="u">${e(ownMeasureLine(m, locale))}</span>${facts === '' ? '' : `<span class="mm u">${e(facts)}</span>`}</li>`,
        );
      }
    }
  }
  return items.length === 0 ? '' : `<h5>${e(renderLabel('ownMeasures', locale))}</h5><ul class="own-measures">${items.join('')}</ul>`;
}

function postCard(post: CatalogPost, cardId: number, numbers: ReadonlyMap<CatalogRiskPoint, number>, state: State): string {
  const locale = state.locale;
  const st = { locale };
  const w = post.warning;
  const byId = new Map<string, number>();
  for (const [rp, n] of numbers) byId.set(rp.id, n);
  const warning = [
    `<span class="warn warn-${w.tier}">${e(WARNING_TIER_LABELS[w.tier]?.[locale] ?? w.tier)}</span>`,
    label(st, 'warningOwner', { owner: termLabel(OWNER_TIER_LABELS, w.owner, locale) }),
    label(st, 'reviewCycle', { n: fixed(w.reviewCycleDays, 0) }),
    w.nextReviewOn !== undefined ? label(st, 'nextReview', { date: w.nextReviewOn }) : label(st, 'nextReviewUnknown'),
    ...(w.signals.length === 0
      ? []
      : [label(st, 'warningSignals', { list: w.signals.map((x) => termLabel(WARNING_SIGNAL_LABELS, x, locale)).join(locale === 'en' ? ', ' : '、') })]),
  ].join(' · ');
  const measureItem = (m: PostMeasure, serves: boolean): string => {
    const served = serves ? m.riskPointIds.map((id) => byId.get(id)).filter((n): n is number => n !== undefined) : [];
    const meta = [
      label(st, 'measureOwner', { owner: termLabel(OWNER_TIER_LABELS, m.owner, locale) }),
      label(st, 'reviewCycle', { n: fixed(m.reviewDays, 0) }),
      e(MEASURE_STATUS_LABELS[m.status]?.[locale] ?? m.status),
      served.length > 0 ? label(st, 'servesRiskPoints', { list: served.join(locale === 'en' ? ', ' : '、') }) : '',
    ].filter((x) => x !== '');
    const indicator = m.indicator !== undefined ? ` · ${label(st, 'indicator', { text: m.indicator[locale] })}` : '';
    return `<li><span class="ph">${e(PHASE_TAGS[m.phase]?.[locale] ?? m.phase)}</span><span class="mt u">${e(m.title[locale])}</span> <span class="u">${e(m.text[locale])}</span><span class="mm">${meta.join(' · ')}${indicator}</span></li>`;
  };
  const postWide =
    post.postMeasures.length > 0 ? `<h5>${e(renderLabel('postMeasures', locale))}</h5><ul class="pm">${post.postMeasures.map((m) => measureItem(m, false)).join('')}</ul>` : '';
  const merged = `<h5>${label(st, 'mergedMeasures')}</h5>${
    post.measures.length > 0
      ? `<ul class="pm">${PHASES.flatMap((phase) => post.measures.filter((m) => m.phase === phase).map((m) => measureItem(m, true))).join('')}</ul>`
      : `<p class="muted">${label(st, 'noMeasures')}</p>`
  }`;
  const findings =
    post.findings.length > 0
      ? `<h5>${label(st, 'postFindings')}</h5><ul class="findings-list">${post.findings.map((f) => `<li><strong>${e(FINDING_TITLES[f.code]?.[locale] ?? f.code)}</strong>: <span class="u">${e(f.message[locale])}</span></li>`).join('')}</ul>`
      : '';
  return [
    `<article class="card lvl-${post.level}" id="post-${cardId}">`,
    '<header class="card-head">',
    '<div>',
    `<p class="kicker">${label(st, 'postCards')}</p>`,
    `<h4><span class="u">${e(post.name)}</span>${post.keyPost ? ` <span class="tag">${label(st, 'keyPost')}</span>` : ''}</h4>`,
    `<p class="sub"><span class="u">${e(post.department)}</span> · ${label(st, 'rank')}: ${e(termLabel(RANKS, post.rank, locale))} · ${label(st, 'tenure')}: ${label(st, 'years', { n: fixed(post.tenureYears, 0) })}</p>`,
    '</div>',
    '<div class="levels">',
    `<div class="lvbox"><span class="cap">${label(st, 'inherentRisk')}</span>${levelBadge(post.level, locale)}<span class="num">${label(st, 'score', { n: fixed(post.score, 1) })}</span></div>`,
    `<div class="lvbox"><span class="cap">${label(st, 'residualRisk')}</span>${levelBadge(post.residualLevel, locale)}<span class="num">${label(st, 'score', { n: fixed(post.residualScore, 1) })}</span></div>`,
    '</div>',
    '</header>',
    `<p class="warnline"><strong>${label(st, 'earlyWarning')}</strong>: ${warning}</p>`,
    termLine(post, locale),
    `<p class="expl"><strong>${label(st, 'explanation')}</strong><span class="u">${e(post.explanation.text[locale])}</span></p>`,
    post.powers.map((p) => powerBlock(p, numbers, locale, ++state.charts)).join('\n'),
    ownMeasuresBlock(post, numbers, locale),
    postWide,
    merged,
    findings,
    '</article>',
  ].join('\n');
}

// The holder's timeline on the card: who, since when, and what is due next and when.
function termLine(post: CatalogPost, locale: Locale): string {
  const term = describeTerm(post.term, locale);
  return `<p class="termline"><strong>${e(TERM_LABELS.timeline[locale])}</strong>: <span class="u">${e(term.holder)}</span> · <span class="u">${e(term.due)}</span></p>`;
}

function openDepartment(state: State, department: string): string {
  const st = { locale: state.locale };
  const index = state.departmentIndex.get(department);
  const first = index !== undefined && !state.departmentsOpened.has(department);
  state.departmentsOpened.add(department);
  state.sections += 1;
  let id: string;
  let kicker: string;
  let number: string;
  if (first) {
    id = `dept-${index}`;
    kicker = label(st, 'departmentKicker', { n: String(index), total: String(state.departmentTotal) });
    number = `3.${index} `;
  } else {
    state.extraSections += 1;
    id = `dept-more-${state.extraSections}`;
    kicker = label(st, 'departmentKickerExtra');
    number = '';
  }
  const cols = CATALOG_COLUMNS.map((c) => `<col style="width:${c.width}%">`).join('');
  const ths = CATALOG_COLUMNS.map((c) => `<th${c.key === 'colNo' ? ' class="n"' : c.key === 'colLevel' ? ' class="c"' : ''}>${label(st, c.key)}</th>`).join('');
  return [
    `<section class="dept" id="${id}">`,
    `<div class="dept-head"><h3>${number}<span class="u">${e(department)}</span></h3><p class="kicker">${kicker}</p></div>`,
    `<table class="catalog"><colgroup>${cols}</colgroup><thead><tr>${ths}</tr></thead><tbody>`,
  ].join('\n');
}

function closeDepartment(state: State): string {
  const out = ['</tbody></table>', ...state.cards, '</section>'].join('\n');
  state.cards = [];
  state.current = undefined;
  return out;
}

function findingsSection(findings: readonly Finding[], state: State): string {
  const st = { locale: state.locale };
  const locale = state.locale;
  const byCode = new Map<string, number>();
  for (const f of findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const codeRows = [...byCode].map(
    ([code, n]) => `<tr><td>${e((FINDING_TITLES as Readonly<Record<string, { readonly [L in Locale]: string }>>)[code]?.[locale] ?? code)}</td><td class="n">${fixed(n, 0)}</td></tr>`,
  );
  const rows = findings.map((f, i) => {
    const post = state.postNames.get(f.postId);
    return `<tr><td class="n">${i + 1}</td><td>${e(FINDING_TITLES[f.code]?.[locale] ?? f.code)}</td><td class="u">${post !== undefined ? e(post.department) : ''}</td><td class="u">${post !== undefined ? e(post.name) : ''}</td><td class="u">${e(f.message[locale])}</td></tr>`;
  });
  return [
    `<section class="part" id="sec-findings">`,
    `<h2>${partHeading(locale, 4, 'sectionFindings')}</h2>`,
    `<p>${label(st, 'findingsIntro')}</p>`,
    findings.length === 0
      ? `<p class="muted">${label(st, 'noFindings')}</p>`
      : [
          `<table style="width:auto;min-width:40%"><thead><tr><th>${label(st, 'colFindingType')}</th><th class="n">${label(st, 'colCount')}</th></tr></thead><tbody>${codeRows.join('')}</tbody></table>`,
          `<table><colgroup><col style="width:5%"><col style="width:17%"><col style="width:11%"><col style="width:17%"><col style="width:50%"></colgroup><thead><tr><th class="n">${label(st, 'colNo')}</th><th>${label(st, 'colFindingType')}</th><th>${label(st, 'colDepartment')}</th><th>${label(st, 'colPost')}</th><th>${label(st, 'colFindingMessage')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
        ].join('\n'),
    '</section>',
  ].join('\n');
}

/** The appendix: what ratings 1, 3 and 5 of each factor mean, so the reader sees what the rater saw. */
function anchorsSection(locale: Locale): string {
  const st = { locale };
  const rows = FACTORS.map(
    (f) =>
      `<tr><th scope="row">${e(f.label[locale])}</th><td>${e(f.question[locale])}</td>${([1, 3, 5] as const).map((r) => `<td>${e(f.anchors[r][locale])}</td>`).join('')}<td>${label(st, f.ratedOnPost ? 'ratedOnPost' : 'ratedOnRiskPoint')}</td></tr>`,
  );
  return [
    `<section class="part" id="sec-anchors">`,
    `<h2>${partHeading(locale, 5, 'sectionAnchors')}</h2>`,
    `<p>${label(st, 'anchorsIntro')}</p>`,
    `<table class="anchors"><colgroup><col style="width:11%"><col style="width:21%"><col style="width:19%"><col style="width:19%"><col style="width:19%"><col style="width:11%"></colgroup>`,
    `<thead><tr><th>${label(st, 'colFactor')}</th><th>${label(st, 'colQuestion')}</th>${[1, 3, 5].map((n) => `<th>${label(st, 'colRating', { n: String(n) })}</th>`).join('')}<th>${label(st, 'colRatedOn')}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

/**
 * Renders the catalog as a self-contained HTML report, one chunk at a time: first the head, the
 * cover with key figures and contents, the summary and the charts; then the catalog post by post
 * (each department's table, followed by the risk cards of its posts); then the findings and the
 * appendix of factor anchors. The
 * source's posts are iterated once, as they arrive. Only one department's cards are held at a time.
 * @param source - a catalog, or a catalog whose posts are streamed
 * @param options - the locale of the report's words, and an optional title
 * @returns an iterable of HTML chunks whose concatenation is the report
 * @example
 * for (const chunk of renderHtmlChunks(catalog, { locale: 'zh-CN' })) stream.write(chunk);
 */
export function* renderHtmlChunks(source: CatalogSource, options: HtmlOptions): Generator<string, void, undefined> {
  const locale: Locale = isLocale(options.locale) ? options.locale : DEFAULT_LOCALE;
  requireTexts(source, 'html', locale);
  const title = options.title ?? HTML_LABELS.reportTitle[locale];
  const departmentIndex = new Map<string, number>();
  source.summary.byDepartment.forEach((d, i) => {
    if (!departmentIndex.has(d.department)) departmentIndex.set(d.department, i + 1);
  });
  const state: State = {
    locale,
    departmentIndex,
    departmentTotal: source.summary.byDepartment.length,
    departmentsOpened: new Set(),
    current: undefined,
    sections: 0,
    extraSections: 0,
    charts: 0,
    nextNumber: 1,
    cards: [],
    postNames: new Map(),
  };
  yield `${head(source, locale, title)}\n`;
  yield `${summarySection(source, locale)}\n`;
  yield `${chartsSection(source, locale)}\n`;
  let cardId = 0;
  for (const post of source.posts) {
    let chunk = '';
    if (state.current !== post.department || state.sections === 0) {
      if (state.sections > 0) chunk += `${closeDepartment(state)}\n`;
      chunk += `${openDepartment(state, post.department)}\n`;
      state.current = post.department;
    }
    const numbers = new Map<CatalogRiskPoint, number>();
    for (const power of post.powers) for (const rp of power.riskPoints) numbers.set(rp, state.nextNumber++);
    chunk += `${catalogRows(post, numbers, locale)}\n`;
    cardId += 1;
    state.cards.push(postCard(post, cardId, numbers, state));
    if (!state.postNames.has(post.id)) state.postNames.set(post.id, { name: post.name, department: post.department });
    yield chunk;
  }
  let tail = state.sections > 0 ? `${closeDepartment(state)}\n` : `<p class="muted">${label(state, 'noPosts')}</p>\n`;
  tail += '</section>\n'; // closes the catalog part opened with the charts
  tail += `${findingsSection(source.findings, state)}\n`;
  tail += `${anchorsSection(locale)}\n`;
  tail += `<footer class="foot">${label(state, 'footer')}</footer>\n</main>\n</body>\n</html>\n`;
  yield tail;
}

/**
 * Renders the catalog as one self-contained HTML string: the concatenation of
 * {@link renderHtmlChunks}. Use the chunks for large organizations.
 * @param catalog - the catalog (or a streamed source, iterated once)
 * @param options - the locale of the report's words, and an optional title
 * @returns the whole HTML document
 * @example
 * const html = renderHtml(catalog, { locale: 'en', title: 'Integrity risks 2026' });
 */
export function renderHtml(catalog: Catalog | CatalogSource, options: HtmlOptions): string {
  return joinChunks(renderHtmlChunks(catalog, options), 'renderHtmlChunks');
}
