/**
 * Builds the package once before the test run, so the CLI tests spawn the real
 * `dist/cli/main.js` exactly as users run it, and the browser tests open the real
 * `dist/workbench.html`: what `npm run build` makes.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildWorkbench } from '../../scripts/build-workbench.js';

export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  await buildWorkbench(root);
}
