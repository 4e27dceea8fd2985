/**
 * What each command computes for one article: a pure function of the text, built once per thread.
 * @module cli/commands
 */
import { normalize } from '../normalize/index.js';
import { extractNumbers } from '../numbers/index.js';
import type { TaskSetup } from './task.js';

/** The command's result for one text, as the fields of an output record. */
export type Compute = (text: string) => Record<string, unknown>;

/** The computation of `setup.command`, with its analyzer built once. */
export function compute(setup: TaskSetup): Compute {
  switch (setup.command) {
    case 'normalize': {
      const options = { preset: setup.preset };
      return (text) => ({ text: normalize(text, options) });
    }
    case 'numbers':
      return (text) => ({ numbers: extractNumbers(text) });
    default:
      throw new Error(`'${setup.command}' is not available in this build`);
  }
}
