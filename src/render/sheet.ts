/**
 * The blank fill-in sheet a unit starts from (`integrity-risk sheet`): the input columns of the
 * CSV layout (the assessed columns left out: the library computes them), one example row, and, in
 * the workbook, dropdowns, an instructions sheet and the rating guide. Filled in and imported, it
 * gives a valid document.
 */
import type { CatalogSource } from '../catalog/types.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import type { OrganizationDocument } from '../model/document.js';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns.js';
import { CSV_BOM, CSV_EOL, csvRecord, postDataCells } from './csv.js';
import { anchorsSheet, dataSheetColumns, xlsxLabel } from './xlsx.js';
import { writeXlsx, type XlsxCell, type XlsxSheet } from './xlsx-package.js';

const t = (zhCN: string, zhTW: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

/** The words of the fill-in sheet, declared once in every locale. */
export const SHEET_LABELS = {
  fillSheet: t('填报', '填報', 'Fill in'),
  instructionsSheet: t('填报说明', '填報說明', 'Instructions'),
  title: t('岗位廉政风险填报表', '崗位廉政風險填報表', 'Post integrity risk sheet'),
  item: t('事项', '事項', 'Item'),
  explanation: t('说明', '說明', 'Explanation'),
} as const satisfies Record<string, LocalizedText>;

/** The instructions, item and explanation, in every locale. */
export const SHEET_INSTRUCTIONS: readonly (readonly [LocalizedText, LocalizedText])[] = [
  [
    t('每行一个风险点', '每列一個風險點', 'One row per risk point'),
    t(
      '在“填报”表中每个风险点填一行；同一岗位、同一权力事项的各行，岗位列和权力事项列填写相同的内容，或留空沿用上一行。',
      '在「填報」表中每個風險點填一列；同一崗位、同一權力事項的各列，崗位欄和權力事項欄填寫相同的內容，或留空沿用上一列。',
      'In the "Fill in" sheet, write one row per risk point; the rows of one post or one power repeat its columns, or leave them blank to continue the row above.',
    ),
  ],
  [
    t('示例行', '示例列', 'The example row'),
    t('第 2 行是示例，可照着填写，填好后改写或删除。', '第 2 列是示例，可照著填寫，填好後改寫或刪除。', 'Row 2 is an example: follow it, then overwrite or delete it.'),
  ],
  [
    t('编号', '編號', 'Ids'),
    t(
      '岗位编号、权力事项编号、风险点编号由字母、数字和连字符组成（如 cw-chuna），在整张表中不能重复；导入后用于比较各年度的变化。',
      '崗位編號、權力事項編號、風險點編號由字母、數字和連字號組成（如 cw-chuna），在整張表中不能重複；匯入後用於比較各年度的變化。',
      'Post, power and risk point ids are letters, digits and hyphens (such as cw-chuna), unique in the whole sheet; they let the years be compared.',
    ),
  ],
  [
    t('办理流程', '辦理流程', 'Procedure steps'),
    t(
      '权力事项的办理环节按顺序填写，以 | 分隔（如 审核|支付|记账）；风险点的“流程环节”必须是其中之一。',
      '權力事項的辦理環節按順序填寫，以 | 分隔（如 審核|支付|記帳）；風險點的「流程環節」必須是其中之一。',
      'Write the steps of a power in order, separated by | (such as review|payment|booking); a risk point\'s step must be one of them.',
    ),
  ],
  [
    t('设定依据和责任清单', '設定依據和責任清單', 'Legal basis and responsibilities'),
    t(
      '“设定依据”填写设定该权力事项的法律法规或文件；“责任清单”每行写一条责任内容（单元格内换行按 Alt+Enter），其后可在【】中写明环节和追责情形，如：凭审批手续齐全的凭证支付资金【环节：支付；追责情形：违规支付造成资金损失的，依规依纪依法追究责任】。两列都可留空：未写明的，权力清单注明“未注明”，责任清单按流程环节及其风险点生成。同一权力事项的各行填写相同的内容，或留空沿用上一行。',
      '「設定依據」填寫設定該權力事項的法律法規或文件；「責任清單」每行寫一條責任內容（儲存格內換行按 Alt+Enter），其後可在【】中寫明環節和追責情形，如：憑審批手續齊全的憑證支付資金【環節：支付；追責情形：違規支付造成資金損失者，依規依紀依法追究責任】。兩欄都可留空：未寫明者，權力清單註明「未註明」，責任清單按流程環節及其風險點產生。同一權力事項的各列填寫相同的內容，或留空沿用上一列。',
      '"Legal basis" names the laws, regulations or documents that set up the power; "Responsibilities" holds one duty a line (Alt+Enter starts a new line in a cell), followed if you like by its step and accountability in 【】, such as: Pays only on vouchers with complete approval【step: payment; accountability: a payment against the rules that loses money is held to account under the rules, discipline and law】. Both may be left blank: the power list then says the basis is not given, and the responsibility list derives duties from the steps and their risk points. Repeat them on every row of the power, or leave them blank to continue the row above.',
    ),
  ],
  [
    t('下拉选项', '下拉選項', 'Dropdowns'),
    t(
      '职级、权力类别、风险类别、是/否和各项评分从下拉列表中选择。',
      '職級、權力類別、風險類別、是/否和各項評分從下拉清單中選擇。',
      'Choose rank, power category, risk category, yes/no and every rating from the dropdown lists.',
    ),
  ],
  [
    t('评分', '評分', 'Ratings'),
    t(
      '各风险因素按 1 至 5 分评定，含义见“评分标准”表；不了解的可以留空，岗位重要程度和职务影响力可在岗位上评定一次。',
      '各風險因素按 1 至 5 分評定，含義見「評分標準」表；不了解的可以留空，崗位重要程度和職務影響力可在崗位上評定一次。',
      'Rate each factor 1 to 5 as the "Rating guide" sheet explains; leave blank what you do not know; post importance and influence may be rated once on the post.',
    ),
  ],
  [
    t('已有防控措施', '既有防控措施', 'Measures in place'),
    t(
      '已经落实的防控措施填写模板编号，以 | 分隔（模板编号见 integrity-risk templates）；没有可留空。',
      '已經落實的防控措施填寫範本編號，以 | 分隔（範本編號見 integrity-risk templates）；沒有可留空。',
      'Write the template ids of the measures already in place, separated by | (see integrity-risk templates); leave blank if none.',
    ),
  ],
  [
    t('导入', '匯入', 'Import'),
    t(
      '填好后运行 integrity-risk import 填报表.xlsx -o 单位.json；有问题时逐条列出所在的行和列。',
      '填好後執行 integrity-risk import 填報表.xlsx -o 單位.json；有問題時逐條列出所在的列和欄。',
      'When done, run integrity-risk import sheet.xlsx -o unit.json; any problem is listed with its row and column.',
    ),
  ],
];

const example = (l: Locale): OrganizationDocument => {
  const pick = (x: LocalizedText) => x[l];
  return {
    organization: pick(t('某县某局', '某縣某局', 'County Bureau')),
    assessedOn: '2026-03-31',
    posts: [
      {
        id: 'cw-chuna',
        name: pick(t('出纳', '出納', 'Cashier')),
        department: pick(t('计划财务股', '計畫財務股', 'Finance section')),
        rank: 'staff',
        tenureYears: 3,
        factors: {},
        powers: [
          {
            id: 'cw-zijin-zhifu',
            name: pick(t('资金支付', '資金支付', 'Payments')),
            category: 'finance',
            majorMatter: false,
            collectiveDecision: false,
            steps: [pick(t('审核', '審核', 'review')), pick(t('支付', '支付', 'payment')), pick(t('记账', '記帳', 'booking'))],
            legalBasis: pick(t('《中华人民共和国会计法》、本局财务管理办法', '《中華人民共和國會計法》、本局財務管理辦法', 'Accounting Law of the PRC; the bureau\'s financial rules')),
            responsibilities: [
              {
                step: pick(t('支付', '支付', 'payment')),
                duty: pick(t('凭审批手续齐全的凭证支付资金，不得超范围支付', '憑審批手續齊全的憑證支付資金，不得超範圍支付', 'Pays only on vouchers with complete approval, never beyond their scope')),
                accountability: pick(
                  t(
                    '违规支付造成资金损失的，依规依纪依法追究责任',
                    '違規支付造成資金損失者，依規依紀依法追究責任',
                    'A payment against the rules that loses money is held to account under the rules, discipline and law',
                  ),
                ),
              },
            ],
            riskPoints: [
              {
                id: 'cw-zijin-zhifu-1',
                description: pick(
                  t('未经审批或超范围支付资金，虚列支出套取资金', '未經審批或超範圍支付資金，虛列支出套取資金', 'Pays without approval or beyond its scope; books false expenses to take money'),
                ),
                step: pick(t('支付', '支付', 'payment')),
                riskCategory: 'process',
                factors: { fundLinkage: 5, discretion: 2, externalContact: 2, opacity: 3, likelihood: 3, harm: 4, monitoringDifficulty: 3 },
                priorIncident: false,
                controls: [],
              },
            ],
          },
        ],
      },
    ],
  };
};

/**
 * The example document of the fill-in sheet, in a locale: one post, one power, one risk point.
 * @param locale - the language of its texts
 * @returns a valid document
 */
export function sheetExample(locale: Locale): OrganizationDocument {
  return example(locale);
}

/** The input columns: the CSV's without the assessed ones. */
const INPUT_COLUMNS = (CSV_COLUMNS as readonly CsvColumn[]).map((c, i) => ({ c, i })).filter(({ c }) => c.scope !== 'computed');

/**
 * The fill-in sheet as a workbook: the fill-in sheet (input columns, the example row, dropdowns,
 * frozen header, autofilter), the instructions and the rating guide.
 * @param example - the example document's catalog source (see {@link sheetExample})
 * @param locale - the language of headers, labels and instructions
 * @returns the workbook's bytes
 */
export function renderSheetXlsx(example: CatalogSource, locale: Locale): Uint8Array {
  const columns = dataSheetColumns(locale);
  const rows: XlsxCell[][] = [];
  for (const post of example.posts) for (const cells of postDataCells(example, post, locale)) rows.push(INPUT_COLUMNS.map(({ i }) => cells[i] ?? null));
  const fill: XlsxSheet = {
    name: SHEET_LABELS.fillSheet[locale],
    columns: INPUT_COLUMNS.map(({ i }) => columns[i]!),
    header: INPUT_COLUMNS.map(({ c }) => c.header[locale]),
    rows,
    landscape: true,
    validationRows: 5000,
  };
  const instructions: XlsxSheet = {
    name: SHEET_LABELS.instructionsSheet[locale],
    title: SHEET_LABELS.title[locale],
    columns: [
      { width: 18, kind: 'text' },
      { width: 100, kind: 'text' },
    ],
    header: [SHEET_LABELS.item[locale], SHEET_LABELS.explanation[locale]],
    rows: SHEET_INSTRUCTIONS.map(([item, text]) => [{ text: item[locale] }, { text: text[locale] }]),
  };
  return writeXlsx({ title: SHEET_LABELS.title[locale], listSheetName: xlsxLabel('listsSheet', locale), sheets: [fill, instructions, anchorsSheet(locale)] });
}

/**
 * The fill-in sheet as CSV: the input columns' headers and the example row (UTF-8 with BOM, CRLF).
 * @param example - the example document's catalog source (see {@link sheetExample})
 * @param locale - the language of headers and labels
 * @returns the CSV text
 */
export function renderSheetCsv(example: CatalogSource, locale: Locale): string {
  const lines = [csvRecord(INPUT_COLUMNS.map(({ c }) => ({ text: c.header[locale] })))];
  for (const post of example.posts) for (const cells of postDataCells(example, post, locale)) lines.push(csvRecord(INPUT_COLUMNS.map(({ i }) => cells[i] ?? null)));
  return CSV_BOM + lines.map((l) => l + CSV_EOL).join('');
}
