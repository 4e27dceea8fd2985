/**
 * No catastrophic backtracking: every regular expression in src/** — literals and `new RegExp`/`RegExp` calls,
 * found by parsing the TypeScript sources — is checked by the recheck ReDoS checker. A `RegExp` built from a
 * non-constant pattern cannot be checked and fails the test: build it from literals, or scan tokens instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

interface FoundRegex {
  /** file:line */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
  /** Why it could not be read, for a dynamic pattern. */
  readonly dynamic?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts)$/u.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The value of a constant string expression (literal, template without substitutions, or `+` of those). */
function constantString(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = constantString(node.left);
    const b = constantString(node.right);
    return a !== undefined && b !== undefined ? a + b : undefined;
  }
  return undefined;
}

/** Every regular expression in one file. */
export function regexesIn(file: string, text = readFileSync(file, 'utf8')): FoundRegex[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const source = pattern && constantString(pattern);
      const flagText = flags ? constantString(flags) : '';
      if (source === undefined || flagText === undefined) {
        found.push({ where: where(node), source: pattern?.getText(sf) ?? '', flags: '', dynamic: 'pattern or flags are not constant' });
      } else {
        found.push({ where: where(node), source, flags: flagText });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const ALL = sourceFiles(SRC).flatMap((f) => regexesIn(f));

describe('the regex collector', () => {
  it('finds literals, constructor calls and dynamic patterns', () => {
    const sample = [
      'const a = /x+y/gu;',
      "const b = new RegExp('a|b', 'u');",
      "const c = RegExp(`^(?:q)$`);",
      'const d = new RegExp(words.join("|"), "u");',
      'const e = x / y / z; // division is not a regex',
    ].join('\n');
    const found = regexesIn(join(SRC, 'sample.ts'), sample);
    expect(found.map((r) => [r.source, r.flags, Boolean(r.dynamic)])).toEqual([
      ['x+y', 'gu', false],
      ['a|b', 'u', false],
      ['^(?:q)$', '', false],
      ['words.join("|")', '', true],
    ]);
  });
});

describe('every regular expression in src/** is safe from catastrophic backtracking (recheck)', () => {
  it('has something to check, or src/** has no regular expression', () => {
    expect(Array.isArray(ALL)).toBe(true);
  });
  it.each(ALL.map((r) => [`${r.where} /${r.source}/${r.flags}`, r] as const))('%s', async (_label, r) => {
    expect(r.dynamic, `${r.where}: a RegExp from a non-constant pattern cannot be checked`).toBeUndefined();
    const result = await check(r.source, r.flags, { timeout: 20_000 });
    const detail = result.status === 'vulnerable' ? `${result.complexity.summary}; attack: ${result.attack.pattern}` : result.status;
    expect(result.status, `${r.where}: ${detail}`).not.toBe('vulnerable');
  }, 60_000);
});

describe('the checker itself', () => {
  it('flags a known catastrophic pattern', async () => {
    expect((await check('^(a+)+$', 'u')).status).toBe('vulnerable');
    expect((await check('^[ab]+$', 'u')).status).toBe('safe');
  });
});
