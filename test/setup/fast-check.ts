/**
 * The property tests draw their cases from one fixed seed, so `npm test` gives the same answer on every run and
 * machine (CI included). `HASILA_FUZZ_SEED=random` draws from a fresh seed each run (`npm run fuzz`), a number
 * replays the seed a failure printed.
 */
import fc from 'fast-check';

const FIXED_SEED = 20_261_204;
const asked = process.env.HASILA_FUZZ_SEED;
const seed = asked === undefined || asked === '' ? FIXED_SEED : asked === 'random' ? undefined : Number(asked);
if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`HASILA_FUZZ_SEED must be an integer or "random", not ${JSON.stringify(asked)}`);
fc.configureGlobal(seed === undefined ? {} : { seed });
