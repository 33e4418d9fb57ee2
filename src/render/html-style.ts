/**
 * The report's stylesheet: readable on screen, and on paper A4 landscape with a page per part, a
 * page per post card, table headers repeated on every page and rows never split. Only local font
 * names; no URL of any kind.
 */
import type { Locale } from '../i18n/locale.js';
import { LEVEL_COLORS } from './svg-charts.js';

// Local fonts only: the file must render offline. CJK fonts come first for the Chinese locales so
// punctuation takes the Chinese shapes; the English report still falls back to CJK for names.
const FONT_STACKS: Readonly<Record<Locale, string>> = {
  'zh-CN': '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif',
  'zh-TW': '"Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK SC", sans-serif',
  en: '"Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
};

/**
 * The stylesheet of the report for a locale.
 * @param locale - selects the font stack
 * @returns CSS text, free of any value from the document
 */
export function reportCss(locale: Locale): string {
  const { high, medium, low } = LEVEL_COLORS;
  return `
:root{--ink:#1f2937;--muted:#5b6472;--rule:#cfd6df;--soft:#f4f6f9;--head:#1d3557;--accent:#9b1c1c;--high:${high.fill};--medium:${medium.fill};--low:${low.fill}}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#e9edf2;color:var(--ink);font-family:${FONT_STACKS[locale]};font-size:14px;line-height:1.6}
.report{max-width:1200px;margin:24px auto;background:#fff;padding:44px 52px 36px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
.u{white-space:pre-line;overflow-wrap:anywhere}
a{color:var(--head)}
h1,h2,h3,h4,h5,h6{line-height:1.3;break-after:avoid;page-break-after:avoid}
h1{font-size:30px;margin:6px 0 4px;letter-spacing:.04em}
h2{font-size:21px;margin:0 0 14px;padding-bottom:6px;border-bottom:3px solid var(--accent);color:var(--head)}
h3{font-size:18px;margin:0 0 10px;color:var(--head)}
h4{font-size:16px;margin:0}
h5{font-size:14.5px;margin:14px 0 6px;color:var(--head)}
h6{font-size:13px;margin:0 0 6px}
p{margin:6px 0}
.muted{color:var(--muted)}
.kicker{margin:0;color:var(--accent);font-size:12.5px;font-weight:700;letter-spacing:.08em}
.cover{border-top:8px solid var(--accent);padding-top:22px;margin-bottom:20px}
.cover .org{font-size:20px;font-weight:700;margin:10px 0 0}
.meta{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:4px 14px;margin:18px 0 0;padding:12px 16px;background:var(--soft);border-left:4px solid var(--head)}
.meta dt{color:var(--muted)}
.meta dd{margin:0;font-weight:600}
.figures{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:22px 0}
.figure{border:1px solid var(--rule);border-top:4px solid var(--head);padding:10px 14px}
.figure .n{display:block;font-size:28px;font-weight:700;line-height:1.2}
.figure .l{color:var(--muted);font-size:13px}
.figure .lvls{display:block;margin-top:4px;font-size:12px}
.toc{margin-top:10px}
.toc ol{margin:0;padding-left:0;list-style:none}
.toc li{margin:4px 0;break-inside:avoid;max-width:640px}
.toc>ol>li>a{font-weight:700}
.toc ol ol{padding-left:22px;font-size:13px}
.toc a{text-decoration:none}
.part{margin-top:40px}
table{border-collapse:collapse;width:100%;margin:6px 0 14px}
th,td{border:1px solid var(--rule);padding:5px 7px;vertical-align:top;text-align:left}
thead{display:table-header-group}
thead th{background:var(--head);color:#fff;font-weight:600;font-size:12.5px;vertical-align:middle}
tbody tr:nth-child(even) td{background:#fafbfc}
tr{break-inside:avoid;page-break-inside:avoid}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.c,th.c{text-align:center}
td.cont{border-top-color:transparent}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:24px;align-items:start}
.grid-charts{display:grid;grid-template-columns:1fr 1.2fr;gap:40px;align-items:start;margin-top:22px}
figure{margin:0;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:700;color:var(--head);margin-bottom:6px}
figure .note{font-size:12px;color:var(--muted);margin-top:6px}
svg.chart{display:block;max-width:100%;height:auto;font-family:inherit}
svg.chart text{font-family:inherit}
.lv{display:inline-block;min-width:2.2em;padding:0 6px;border-radius:3px;font-weight:700;text-align:center;white-space:nowrap;border:1px solid transparent}
.lv-high{background:var(--high);color:${high.ink};border-color:#7d1810}
.lv-medium{background:repeating-linear-gradient(135deg,var(--medium) 0 5px,#eca233 5px 8px);color:${medium.ink};border-color:#a86400}
.lv-low{background:var(--low);color:${low.ink};border-color:#6f9cc6}
.lv-note{display:block;margin-top:3px;font-size:11.5px;color:var(--muted)}
.tag{display:inline-block;padding:0 6px;border:1px solid var(--accent);color:var(--accent);border-radius:3px;font-size:11.5px;font-weight:700;margin-left:4px;white-space:nowrap}
.tag.plain{border-color:var(--rule);color:var(--muted)}
table.catalog{font-size:12.5px;table-layout:fixed}
table.catalog td{overflow-wrap:anywhere}
.ms{margin:0;padding-left:0;list-style:none}
.ms li{margin:0 0 3px}
.ph{display:inline-block;font-size:11px;color:var(--head);border:1px solid var(--head);border-radius:2px;padding:0 3px;margin-right:4px;line-height:1.35}
.st{font-size:11px;color:#1b6e3a;font-weight:700;white-space:nowrap}
.owners span{display:block}
.dept{margin-top:34px}
.dept .dept-head{display:flex;justify-content:space-between;align-items:baseline;gap:16px}
.card{margin-top:28px;border:1px solid var(--rule);border-top:5px solid var(--head);padding:16px 20px 10px}
.card.lvl-high{border-top-color:var(--high)}
.card.lvl-medium{border-top-color:var(--medium)}
.card.lvl-low{border-top-color:var(--low)}
.card-head{display:flex;justify-content:space-between;gap:20px;align-items:flex-start}
.card-head .sub{color:var(--muted);margin:4px 0 0}
.levels{display:flex;gap:10px;flex-wrap:wrap;justify-content:flex-end}
.lvbox{border:1px solid var(--rule);padding:4px 10px;text-align:center;min-width:96px}
.lvbox .cap{display:block;font-size:11.5px;color:var(--muted)}
.lvbox .lv{font-size:15px}
.lvbox .num{display:block;font-size:11.5px;color:var(--muted)}
.warn{display:inline-block;font-weight:700;padding:0 8px;border-radius:3px;border:1px solid}
.warn-red{background:#fbeae8;color:#8a1a10;border-color:var(--high)}
.warn-yellow{background:#fdf2dc;color:#6b4000;border-color:var(--medium)}
.warn-blue{background:#e9f2fa;color:#0b2f55;border-color:#5b8fc4}
.warnline,.termline{margin:10px 0 4px;font-size:13px}
.expl{background:var(--soft);padding:8px 12px;margin:8px 0;font-size:13px}
.expl strong{margin-right:8px}
.power{margin-top:10px;border-top:1px dashed var(--rule);padding-top:4px}
.power h5 .meta-line{font-weight:400;color:var(--muted);font-size:12.5px;margin-left:8px}
.flow{margin:8px 0 10px;overflow-x:auto}
table.rps{font-size:12.5px}
.pm{margin:0 0 6px;padding-left:0;list-style:none;columns:2;column-gap:22px}
.pm li{margin:0 0 7px;font-size:12.5px;break-inside:avoid;page-break-inside:avoid}
.pm .mt{font-weight:700;margin-right:4px}
.pm .mm{color:var(--muted);font-size:11.5px;margin-left:6px}
.findings-list{margin:0;padding-left:0;list-style:none}
.findings-list li{border-left:4px solid var(--accent);background:#fbf3f2;padding:6px 10px;margin-bottom:6px;font-size:13px}
.foot{margin-top:36px;padding-top:8px;border-top:1px solid var(--rule);font-size:12px;color:var(--muted)}
@page{size:A4 landscape;margin:12mm 13mm 14mm;@bottom-right{content:counter(page) " / " counter(pages);font-size:8pt;color:#6b7280}}
@media print{
body{background:#fff;font-size:10pt}
.report{max-width:none;margin:0;padding:0;box-shadow:none}
.part{margin-top:0;break-before:page;page-break-before:always}
.dept{margin-top:0}
.dept+.dept{break-before:page;page-break-before:always}
.card{break-before:page;page-break-before:always;margin-top:0;border:none;border-top:5px solid var(--head);padding:10px 0 0}
.flow{overflow:visible}
a{text-decoration:none;color:inherit}
.toc a{color:var(--head)}
.toc li{margin:2px 0}
.toc ol ol{columns:3;column-gap:28px}
table.catalog{font-size:8.5pt}
table.rps,.pm li{font-size:8.5pt}
thead th{font-size:8.5pt}
.figures{margin:16px 0}
}
`.trim();
}
