/**
 * The property tests draw their cases from one fixed seed, so `npm test` gives the same answer on every run and
 * machine (CI included). `HASILA_FUZZ_SEED=random` draws from a fresh seed each run (`npm run fuzz`), a number
 * replays the seed a failure printed.
 */
import fc from 'fast-check';

const FIXED_SEED = 20_261_204;
const asked = process.env.HASILA_FUZZ_SEED;
fc.configureGlobal(asked === 'random' ? {} : { seed: asked ? Number(asked) : FIXED_SEED });
