/**
 * Every command of the command line, in the order `--help` lists them. A new command is a file
 * in this folder exporting a {@link Command}, added here.
 */
import type { Command } from '../program.js';
import { calibrateCommand } from './calibrate.js';
import { catalogCommand } from './catalog.js';
import { diffCommand } from './diff.js';
import { importCommand } from './import.js';
import { listsCommand } from './lists.js';
import { modelCommand } from './model.js';
import { sheetCommand } from './sheet.js';
import { templatesCommand } from './templates.js';
import { validateCommand } from './validate.js';
import { workbenchCommand } from './workbench.js';

/** The commands. */
export const COMMANDS: readonly Command[] = [validateCommand, catalogCommand, listsCommand, importCommand, sheetCommand, diffCommand, templatesCommand, modelCommand, calibrateCommand, workbenchCommand];
