/**
 * The report's charts as inline SVG, built as strings: levels by department (stacked bars), the
 * likelihood-by-harm heatmap, and each power's risk-control chart (廉政风险防控图). Every level is
 * written as text next to its colour, and the colours differ in lightness (plus a hatch for
 * medium) so a greyscale print still reads. No chart uses an id, a URL or a style from the data.
 */
import type { CatalogPower, CatalogRiskPoint } from '../catalog/types.js';
import type { LevelCounts } from '../scoring/types.js';
import type { Locale } from '../i18n/locale.js';
import { LEVELS, termLabel, type Level } from '../model/enums.js';
import { escapeHtml } from './html-escape.js';
import { htmlLabel } from './html-labels.js';
import { coord, fixed, textWidthEm, wrapText } from './svg-text.js';

/** Colours of a level: `fill` behind `ink` text, `tint` for large light areas. */
export interface LevelColors {
  readonly fill: string;
  readonly ink: string;
  readonly tint: string;
}

/**
 * Level colours. Dark red, amber and light blue sit far apart in lightness (about 30%, 55% and
 * 75% grey), so they stay distinct in a greyscale print; the level is always written too.
 */
export const LEVEL_COLORS = {
  high: { fill: '#b42318', ink: '#ffffff', tint: '#fbeae8' },
  medium: { fill: '#e08a00', ink: '#2a1800', tint: '#fdf2dc' },
  low: { fill: '#9cc4e8', ink: '#0b2f55', tint: '#e9f2fa' },
} as const satisfies Record<Level, LevelColors>;

/** Levels from high to low, the order charts and tables show them in. */
export const LEVELS_HIGH_FIRST: readonly Level[] = ['high', 'medium', 'low'];

/** The label of a level in a locale. */
export function levelLabel(level: Level, locale: Locale): string {
  return termLabel(LEVELS, level, locale);
}

const INK = '#1f2937';
const MUTED = '#6b7280';
const RULE = '#cbd5e1';

/** A finite, non-negative count; anything else counts as zero. */
function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Lines of text as `<text>` with one `<tspan>` per line; every line is escaped. */
function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  attrs: string,
): string {
  const spans = lines.map((line, i) => `<tspan x="${coord(x)}" y="${coord(y + i * lineHeight)}">${escapeHtml(line)}</tspan>`);
  return `<text ${attrs}>${spans.join('')}</text>`;
}

/** Round numbers for an axis from 0 to at least `max`: 1, 2 or 5 times a power of ten per step. */
function axisTicks(max: number): { readonly top: number; readonly step: number } {
  const raw = max / 4;
  let magnitude = 1;
  while (magnitude * 10 <= raw) magnitude *= 10;
  const step = raw <= 1 ? 1 : ([1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? magnitude * 10);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { top, step };
}

/** One bar of the levels-by-department chart. */
export interface LevelBar {
  /** The department's name (user text). */
  readonly label: string;
  readonly counts: LevelCounts;
}

/** How to draw a stacked-bar chart. */
export interface LevelBarsOptions {
  /** The chart's accessible name (template text). */
  readonly title: string;
  /** A number unique in the page, for the id of the chart's hatch pattern. */
  readonly chartNumber: number;
  /** The length of the longest bar in px. */
  readonly barWidth: number;
}

/**
 * Draws counts by level as horizontal stacked bars, high first, with a legend, an axis, the count
 * inside each wide enough segment, the total after each bar and every count written on the right.
 * Used for risk points by department and for inherent against residual risk.
 * @param bars - one bar per row, top to bottom
 * @param locale - the locale of the labels
 * @param options - title, pattern id number and bar length
 * @returns an `<svg>` element
 */
export function levelBarsSvg(bars: readonly LevelBar[], locale: Locale, options: LevelBarsOptions): string {
  const labelRight = 148;
  const x0 = 160;
  const barW = options.barWidth;
  const top = 40;
  const rowH = 44;
  const barH = 24;
  const fontEm = 13;
  const hatch = `ir-hatch-${options.chartNumber}`;
  const summaries = bars.map((bar) => LEVELS_HIGH_FIRST.map((level) => `${levelLabel(level, locale)} ${fixed(count(bar.counts[level]), 0)}`).join(' · '));
  const summaryX = x0 + barW + 44;
  const W = Math.ceil(summaryX + summaries.reduce((m, t) => Math.max(m, textWidthEm(t) * 12), 0) + 8);
  const max = bars.reduce((m, b) => Math.max(m, count(b.counts.high) + count(b.counts.medium) + count(b.counts.low)), 0);
  const { top: axisTop, step } = axisTicks(max);
  const H = top + Math.max(1, bars.length) * rowH + 34;
  const title = options.title;
  const out: string[] = [];
  out.push(
    `<svg class="chart bars" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${W} ${coord(H)}" width="${W}" height="${coord(H)}">`,
    `<title>${escapeHtml(title)}</title>`,
    // The hatch marks medium in greyscale.
    `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    '<rect width="6" height="6" fill="#e08a00"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2" stroke-opacity="0.55"/></pattern></defs>',
  );
  // Legend.
  let lx = x0;
  for (const level of LEVELS_HIGH_FIRST) {
    const label = levelLabel(level, locale);
    out.push(
      `<rect x="${coord(lx)}" y="6" width="18" height="14" fill="${level === 'medium' ? `url(#${hatch})` : LEVEL_COLORS[level].fill}" stroke="${INK}" stroke-width="0.5"/>`,
      `<text x="${coord(lx + 24)}" y="18" font-size="13" fill="${INK}">${escapeHtml(label)}</text>`,
    );
    lx += 40 + textWidthEm(label) * 13;
  }
  // Grid and axis.
  const scale = barW / axisTop;
  const axisY = top + Math.max(1, bars.length) * rowH;
  for (let v = 0; v <= axisTop; v += step) {
    const x = x0 + v * scale;
    out.push(
      `<line x1="${coord(x)}" y1="${top - 6}" x2="${coord(x)}" y2="${coord(axisY)}" stroke="${v === 0 ? INK : RULE}" stroke-width="${v === 0 ? 1 : 0.75}"/>`,
      `<text x="${coord(x)}" y="${coord(axisY + 18)}" font-size="12" fill="${MUTED}" text-anchor="middle">${fixed(v, 0)}</text>`,
    );
  }
  if (bars.length === 0) {
    out.push(`<text x="${x0 + 12}" y="${top + 26}" font-size="13" fill="${MUTED}">${escapeHtml(htmlLabel('noDepartments', locale))}</text>`);
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowH + (rowH - barH) / 2;
    const cy = y + barH / 2;
    const c = { high: count(bar.counts.high), medium: count(bar.counts.medium), low: count(bar.counts.low) };
    out.push(`<g><title>${escapeHtml(htmlLabel('barRow', locale, { dept: bar.label, high: fixed(c.high, 0), medium: fixed(c.medium, 0), low: fixed(c.low, 0) }))}</title>`);
    const lines = wrapText(bar.label, (labelRight - 4) / fontEm, 2);
    const ly = cy + 4.5 - ((lines.length - 1) * 15) / 2;
    out.push(textBlock(lines, labelRight, ly, 15, `font-size="${fontEm}" fill="${INK}" text-anchor="end"`));
    let x = x0;
    for (const level of LEVELS_HIGH_FIRST) {
      const n = c[level];
      const w = n * scale;
      if (n > 0) {
        const colors = LEVEL_COLORS[level];
        out.push(
          `<rect x="${coord(x)}" y="${coord(y)}" width="${coord(w)}" height="${barH}" fill="${level === 'medium' ? `url(#${hatch})` : colors.fill}" stroke="#ffffff" stroke-width="1"/>`,
        );
        const full = `${levelLabel(level, locale)} ${fixed(n, 0)}`;
        const short = fixed(n, 0);
        const text = textWidthEm(full) * 12 + 10 <= w ? full : textWidthEm(short) * 12 + 6 <= w ? short : '';
        if (text !== '') {
          out.push(
            `<text x="${coord(x + w / 2)}" y="${coord(cy + 4.5)}" font-size="12" font-weight="700" fill="${colors.ink}" text-anchor="middle">${escapeHtml(text)}</text>`,
          );
        }
      }
      x += w;
    }
    const summary = summaries[i] ?? '';
    out.push(
      `<text x="${coord(x + 6)}" y="${coord(cy + 4.5)}" font-size="12.5" font-weight="700" fill="${INK}">${fixed(c.high + c.medium + c.low, 0)}</text>`,
      `<text x="${coord(summaryX)}" y="${coord(cy + 4.5)}" font-size="12" fill="${INK}">${escapeHtml(summary)}</text>`,
      '</g>',
    );
  });
  out.push('</svg>');
  return out.join('');
}

function hex2(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
}

/** A colour between a light and a dark blue-grey; `t` in [0, 1]. */
function ramp(t: number): string {
  const from = [0xe3, 0xeb, 0xf5];
  const to = [0x1d, 0x35, 0x57];
  return `#${from.map((f, i) => hex2(f + ((to[i] ?? f) - f) * t)).join('')}`;
}

/**
 * Draws the 5x5 likelihood-by-harm heatmap: likelihood 5 at the top, harm 5 on the right, the
 * count written in every cell and the shade growing with the count.
 * @param matrix - `summary.heatmap`: rows are likelihood 1-5, columns harm 1-5; missing cells count 0
 * @param locale - the locale of the labels
 * @returns an `<svg>` element
 */
export function heatmapSvg(matrix: readonly (readonly number[])[], locale: Locale): string {
  const cellW = 64;
  const cellH = 50;
  const x0 = 64;
  const y0 = 12;
  const W = x0 + 5 * cellW + 12;
  const H = y0 + 5 * cellH + 54;
  const cell = (l: number, h: number): number => count(matrix[l]?.[h] ?? 0);
  let max = 0;
  for (let l = 0; l < 5; l++) for (let h = 0; h < 5; h++) max = Math.max(max, cell(l, h));
  const title = htmlLabel('chartHeatmap', locale);
  const out: string[] = [
    `<svg class="chart heatmap" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`,
    `<title>${escapeHtml(title)}</title>`,
  ];
  for (let row = 0; row < 5; row++) {
    const l = 4 - row; // likelihood 5 on top
    const y = y0 + row * cellH;
    out.push(`<text x="${x0 - 10}" y="${coord(y + cellH / 2 + 5)}" font-size="13" fill="${INK}" text-anchor="end">${l + 1}</text>`);
    for (let h = 0; h < 5; h++) {
      const n = cell(l, h);
      const t = max > 0 && n > 0 ? 0.18 + 0.82 * (n / max) : 0;
      const x = x0 + h * cellW;
      const label = htmlLabel('heatmapCell', locale, { l: String(l + 1), h: String(h + 1), n: fixed(n, 0) });
      out.push(
        `<g><title>${escapeHtml(label)}</title>`,
        `<rect x="${x}" y="${y}" width="${cellW}" height="${cellH}" fill="${n > 0 ? ramp(t) : '#ffffff'}" stroke="${RULE}" stroke-width="1"/>`,
        `<text x="${coord(x + cellW / 2)}" y="${coord(y + cellH / 2 + 6)}" font-size="${n > 0 ? 17 : 13}" font-weight="${n > 0 ? 700 : 400}" fill="${n === 0 ? '#a3acb9' : t > 0.5 ? '#ffffff' : INK}" text-anchor="middle">${fixed(n, 0)}</text>`,
        '</g>',
      );
    }
  }
  const gridBottom = y0 + 5 * cellH;
  for (let h = 0; h < 5; h++) {
    out.push(`<text x="${coord(x0 + h * cellW + cellW / 2)}" y="${gridBottom + 18}" font-size="13" fill="${INK}" text-anchor="middle">${h + 1}</text>`);
  }
  const harm = `${htmlLabel('axisHarm', locale)} →`;
  const likelihood = `${htmlLabel('axisLikelihood', locale)} →`;
  out.push(
    `<text x="${coord(x0 + (5 * cellW) / 2)}" y="${gridBottom + 42}" font-size="13" font-weight="700" fill="${INK}" text-anchor="middle">${escapeHtml(harm)}</text>`,
    `<text x="0" y="0" font-size="13" font-weight="700" fill="${INK}" text-anchor="middle" transform="translate(22 ${coord(y0 + (5 * cellH) / 2)}) rotate(-90)">${escapeHtml(likelihood)}</text>`,
    '</svg>',
  );
  return out.join('');
}

/** A risk point with its number within the post (1-based), as the card lists it. */
export interface NumberedRiskPoint {
  readonly riskPoint: CatalogRiskPoint;
  readonly n: number;
}

interface FlowColumn {
  readonly name: string;
  readonly index: number | undefined; // step number, absent for the catch-all column
  readonly riskPoints: readonly NumberedRiskPoint[];
}

/** An arrow head pointing right, with its tip at (x, y). */
function arrowHead(x: number, y: number): string {
  return `<path d="M${coord(x)} ${coord(y)} L${coord(x - 8)} ${coord(y - 4.5)} L${coord(x - 8)} ${coord(y + 4.5)} Z" fill="${INK}"/>`;
}

/** Options of {@link powerFlowSvg}. */
export interface PowerFlowOptions {
  /** Whether each risk point's badge carries its description under the level and number; `true` by default. */
  readonly descriptions?: boolean;
}

/**
 * Draws a power's risk-control chart (廉政风险防控图): the steps of its procedure as boxes joined by
 * arrows, five to a row, and under each step the risk points found there as badges in their
 * level's colour, each headed by its level in words and its number on the post's card. Risk points
 * at a step the procedure does not list are gathered in a dashed box at the end.
 * @param power - the power
 * @param riskPoints - the power's risk points, numbered as on the post's card
 * @param locale - the locale of the labels
 * @param chartNumber - a number unique in the page, for the ids that name the chart to assistive technology
 * @param options - `descriptions: false` draws each badge as its level and number only, for a page
 *   where a table of the risk points follows the chart (the report's post section)
 * @returns an `<svg>` element, or `''` when the power lists neither steps nor risk points
 */
export function powerFlowSvg(
  power: CatalogPower,
  riskPoints: readonly NumberedRiskPoint[],
  locale: Locale,
  chartNumber: number,
  options: PowerFlowOptions = {},
): string {
  const descriptions = options.descriptions ?? true;
  const columns: FlowColumn[] = power.steps.map((name, i) => ({ name, index: i + 1, riskPoints: [] }));
  const placed: NumberedRiskPoint[][] = columns.map(() => []);
  const orphans: NumberedRiskPoint[] = [];
  for (const item of riskPoints) {
    const at = power.steps.indexOf(item.riskPoint.step);
    if (at >= 0) placed[at]?.push(item);
    else orphans.push(item);
  }
  const all: FlowColumn[] = columns.map((c, i) => ({ ...c, riskPoints: placed[i] ?? [] }));
  if (orphans.length > 0) all.push({ name: htmlLabel('otherStep', locale), index: undefined, riskPoints: orphans });
  if (all.length === 0) return '';

  const perRow = 5;
  const colW = 172;
  const gap = 34;
  const lead = 26;
  // Without descriptions the chart prints narrower than the page: larger type keeps it legible.
  const boxFont = descriptions ? 13.5 : 16;
  const boxLine = descriptions ? 18 : 20;
  const badgeFont = 12;
  const badgeLine = 16;
  const chipFont = 14;
  const chipH = 24;
  const used = Math.min(perRow, all.length);
  const W = lead + used * colW + (used - 1) * gap + lead;
  const title = htmlLabel('riskControlChart', locale, { power: power.name });
  const out: string[] = [];
  let y = 14;
  const rows = Math.ceil(all.length / perRow);
  for (let r = 0; r < rows; r++) {
    const row = all.slice(r * perRow, r * perRow + perRow);
    const names = row.map((c) => wrapText(c.name, (colW - 20) / boxFont, 3));
    const boxH = 18 + Math.max(...names.map((n) => n.length)) * boxLine;
    const boxY = y;
    const midY = boxY + boxH / 2;
    let bottom = boxY + boxH;
    row.forEach((column, i) => {
      const x = lead + i * (colW + gap);
      const lines = names[i] ?? [];
      const dashed = column.index === undefined;
      out.push(
        `<rect x="${coord(x)}" y="${coord(boxY)}" width="${colW}" height="${coord(boxH)}" rx="6" fill="#f1f5f9" stroke="${INK}" stroke-width="1.25"${dashed ? ' stroke-dasharray="5 4"' : ''}/>`,
        textBlock(lines, x + colW / 2, midY + 5 - ((lines.length - 1) * boxLine) / 2, boxLine, `font-size="${boxFont}" font-weight="700" fill="${INK}" text-anchor="middle"`),
      );
      if (column.index !== undefined) {
        out.push(
          `<circle cx="${coord(x + 12)}" cy="${coord(boxY)}" r="10" fill="${INK}"/>`,
          `<text x="${coord(x + 12)}" y="${coord(boxY + 4)}" font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle">${column.index}</text>`,
        );
      }
      // Arrows: to the next box in the row, or out of the row and into the next one.
      const isLastStep = column.index !== undefined && column.index === power.steps.length;
      if (column.index !== undefined && !isLastStep) {
        const end = i < row.length - 1 ? x + colW + gap - 2 : x + colW + lead - 2;
        out.push(`<line x1="${coord(x + colW)}" y1="${coord(midY)}" x2="${coord(end - 6)}" y2="${coord(midY)}" stroke="${INK}" stroke-width="1.5"/>`, arrowHead(end, midY));
      }
      if (i === 0 && r > 0 && column.index !== undefined) {
        out.push(`<line x1="2" y1="${coord(midY)}" x2="${coord(x - 8)}" y2="${coord(midY)}" stroke="${INK}" stroke-width="1.5"/>`, arrowHead(x - 2, midY));
      }
      // Risk point badges under the step.
      let by = boxY + boxH + (descriptions ? 14 : 10);
      if (column.riskPoints.length > 0) {
        out.push(`<line x1="${coord(x + colW / 2)}" y1="${coord(boxY + boxH)}" x2="${coord(x + colW / 2)}" y2="${coord(by)}" stroke="${MUTED}" stroke-width="1" stroke-dasharray="3 3"/>`);
      }
      for (const { riskPoint, n } of column.riskPoints) {
        const colors = LEVEL_COLORS[riskPoint.level] ?? LEVEL_COLORS.medium;
        const head = htmlLabel('stepBadge', locale, { level: levelLabel(riskPoint.level, locale), n: String(n) });
        if (!descriptions) {
          out.push(
            `<rect x="${coord(x)}" y="${coord(by)}" width="${colW}" height="${chipH}" rx="4" fill="${colors.fill}"/>`,
            `<text x="${coord(x + 8)}" y="${coord(by + 17)}" font-size="${chipFont}" font-weight="700" fill="${colors.ink}">${escapeHtml(head)}</text>`,
          );
          by += chipH + 5;
          continue;
        }
        const body = wrapText(riskPoint.description, (colW - 16) / badgeFont, 4);
        const h = 22 + 8 + body.length * badgeLine;
        out.push(
          '<g>',
          `<rect x="${coord(x)}" y="${coord(by)}" width="${colW}" height="${coord(h)}" rx="4" fill="${colors.tint}" stroke="${colors.fill}" stroke-width="1.25"/>`,
          `<rect x="${coord(x)}" y="${coord(by)}" width="${colW}" height="22" rx="4" fill="${colors.fill}"/>`,
          `<text x="${coord(x + 8)}" y="${coord(by + 15.5)}" font-size="12" font-weight="700" fill="${colors.ink}">${escapeHtml(head)}</text>`,
          textBlock(body, x + 8, by + 22 + 16, badgeLine, `font-size="${badgeFont}" fill="${INK}"`),
          '</g>',
        );
        by += h + 8;
      }
      bottom = Math.max(bottom, by);
    });
    y = bottom + (descriptions ? 22 : 16);
  }
  const H = y - 8;
  const flow = power.steps.join(' → ');
  return [
    // Named through ids made from a counter: the power's name stays text, never an attribute.
    `<svg class="chart flow" role="img" aria-labelledby="flow-${chartNumber}-t flow-${chartNumber}-d" viewBox="0 0 ${coord(W)} ${coord(H)}" width="${coord(W)}" height="${coord(H)}">`,
    `<title id="flow-${chartNumber}-t">${escapeHtml(title)}</title>`,
    `<desc id="flow-${chartNumber}-d">${escapeHtml(flow)}</desc>`,
    ...out,
    '</svg>',
  ].join('');
}
