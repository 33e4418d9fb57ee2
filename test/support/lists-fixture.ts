/**
 * The township fixture with a legal basis and stated responsibilities on its first power: a
 * document whose lists hold both stated rows and derived ones (marked ＊), for the lists' tests
 * and golden files.
 */
import { readFileSync } from 'node:fs';
import type { OrganizationDocument } from '../../src/model/document.js';
import { parseDocument } from '../../src/validate/document.js';

const raw = JSON.parse(readFileSync(new URL('../fixtures/township.json', import.meta.url), 'utf8'));

/** The stated legal basis of the first power. */
export const STATED_BASIS = '《中国共产党农村基层组织工作条例》《政府投资条例》、本镇“三重一大”事项集体决策制度';

/**
 * The township document, its first power given a legal basis and two stated responsibilities.
 * @returns the validated document
 */
export function townshipWithStated(): OrganizationDocument {
  const copy = structuredClone(raw);
  const power = copy.posts[0].powers[0];
  power.legalBasis = STATED_BASIS;
  power.responsibilities = [
    {
      step: '党委会研究',
      duty: '项目须经党委会集体研究决定，书记末位表态，不得个人拍板',
      accountability: '未经集体研究或个人决定项目的，依规依纪追究书记责任',
    },
    { duty: '项目决策全程纪实，会议记录和材料归档备查' },
  ];
  return parseDocument(copy);
}
