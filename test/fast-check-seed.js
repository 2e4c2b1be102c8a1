/**
 * Property tests explore new random inputs on a developer's machine, where a failure is a find;
 * CI (CI=true) replays one fixed seed, so whether a commit lands does not depend on the luck of
 * the draw. A developer reproduces a CI run with ZK_FC_SEED=20261202, and any failure prints its
 * own seed and path for `fc.assert(…, { seed, path })`.
 */
const fc = require('fast-check');

const fixed = process.env.ZK_FC_SEED ?? (process.env.CI === 'true' ? '20261202' : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });
