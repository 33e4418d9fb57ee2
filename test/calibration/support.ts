/** The calibration set, read once for the calibration tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OrganizationDocument } from '../../src/model/document.js';
import { parseDocument } from '../../src/validate/document.js';
import { readGraded } from '../../scripts/suggested-agreement.js';

/** The folder of the calibration set. */
export const CALIBRATION_DIR = fileURLToPath(new URL('../../examples/calibration/', import.meta.url));

/** The set's files, in name order (the order the README's figures are measured in). */
export const CALIBRATION_FILES: readonly string[] = readdirSync(CALIBRATION_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** The set's documents, validated, in file-name order. */
export const CALIBRATION_SET: readonly OrganizationDocument[] = CALIBRATION_FILES.map((f) => parseDocument(JSON.parse(readFileSync(CALIBRATION_DIR + f, 'utf8'))));

/** The folder of the development set: graded rows from other sources, for working on the suggester. */
export const DEV_DIR = fileURLToPath(new URL('../../examples/calibration/dev/', import.meta.url));

/** The development set's documents, validated, in file-name order (not part of the calibration set). */
export const DEV_SET: readonly OrganizationDocument[] = readGraded(DEV_DIR);
