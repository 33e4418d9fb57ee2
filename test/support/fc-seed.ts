/**
 * Runs before every test file: `FC_SEED=<integer>` fixes the seed of every fast-check property,
 * so a failure seen once (fast-check prints its seed) replays exactly, and CI can run the suite
 * under several seeds (`npm run test:seeds`). Without it each run draws its own seed.
 */
import fc from 'fast-check';

const raw = process.env['FC_SEED'];
if (raw !== undefined && raw !== '') {
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(raw)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
