#!/usr/bin/env node
// Keeps the examples of README.md and the guides in EXAMPLE_DOCS true: every ```js block that imports from 'hasila'
// is run against the build, and the ```json block right after it is replaced by what its last expression returns.
// `npm run docs:readme` rewrites them (after a build); test/docs.test.ts fails when a document shows output the
// build does not produce.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const BLOCK = /```js\n([\s\S]*?)```\n\n```json\n[\s\S]*?```/g;

/** The documents whose examples are run, relative to the package root. */
export const EXAMPLE_DOCS = ['README.md', 'docs/lexicons.md', 'docs/dates-and-places.md'];

/** One-line JSON with a space after `:` and `,`, as people write it. */
function flatJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(flatJson).join(', ')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${flatJson(v)}`).join(', ')} }` : '{}';
}

/** JSON with arrays and objects kept on one line when they fit in `width` columns (after `used` columns). */
export function compactJson(value, indent = '', used = 0, width = 116) {
  const flat = flatJson(value);
  if (value === null || typeof value !== 'object' || used + flat.length <= width) return flat;
  const inner = indent + '  ';
  const items = Array.isArray(value)
    ? value.map((v) => inner + compactJson(v, inner, inner.length, width))
    : Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, inner.length + k.length + 4, width)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

/** Runs one example: its imports come from the build in `dist`, its last top-level expression is the result. */
async function run(code, dist, exportsMap) {
  const lines = code.trimEnd().split('\n');
  let last = lines.length - 1;
  while (last > 0 && (/^[\s)\]}]/.test(lines[last]) || lines[last] === '')) last--;
  const body = lines.slice(0, last).join('\n');
  const expression = lines.slice(last).join('\n').replace(/;\s*(\/\/.*)?$/, '');
  const imports = [];
  const modules = [];
  const rest = body.replace(/^import \{([^}]*)\} from '(hasila(?:\/[\w/]+)?)';$/gm, (_, names, spec) => {
    const sub = spec === 'hasila' ? '.' : `./${spec.slice('hasila/'.length)}`;
    const file = exportsMap[sub]?.import?.default;
    if (!file) throw new Error(`README example imports ${spec}, which the exports map does not have`);
    modules.push(pathToFileURL(`${dist}/${file.replace(/^\.\/dist\//, '')}`).href);
    imports.push(`const {${names.replace(/\bas\b/g, ':')}} = modules[${modules.length - 1}];`);
    return '';
  });
  // The modules are imported here, not inside the generated function (a test runner's VM may not allow it there).
  const loaded = await Promise.all(modules.map((url) => import(url)));
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  return new AsyncFunction('modules', `${imports.join('\n')}\n${rest}\nreturn (${expression});`)(loaded);
}

/** A Markdown document with every example's output block recomputed from the build in `dist`. */
export async function renderExamples(readme, dist) {
  const exportsMap = JSON.parse(readFileSync(here('../package.json'), 'utf8')).exports;
  const outputs = [];
  for (const [, code] of readme.matchAll(BLOCK)) {
    if (!/from 'hasila/.test(code)) outputs.push(null);
    else outputs.push(compactJson(await run(code, dist, exportsMap)));
  }
  let i = 0;
  return readme.replace(BLOCK, (whole, code) => {
    const out = outputs[i++];
    return out === null ? whole : `\`\`\`js\n${code}\`\`\`\n\n\`\`\`json\n${out}\n\`\`\``;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.env.HASILA_DIST ?? here('../dist');
  for (const doc of EXAMPLE_DOCS) {
    const file = here(`../${doc}`);
    writeFileSync(file, await renderExamples(readFileSync(file, 'utf8'), dist));
    console.log(`examples recomputed: ${doc}`);
  }
}
