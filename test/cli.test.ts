// The `hasila` command line, run as users run it: the built dist/cli.js in a child process (`npm test` builds it
// first; set HASILA_CLI to try another build). Plumbing shared by every command: inputs, formats, errors, workers.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURES, hasila, lines, SAMPLE } from './fixtures/cli/hasila.js';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const COMMANDS = ['analyze', 'casualties', 'numbers', 'actors', 'normalize'];

describe('hasila: help, version, usage errors', () => {
  it('--version and -V print the package version', () => {
    for (const flag of ['--version', '-V']) expect(hasila([flag])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('--help lists every command', () => {
    const { code, stdout } = hasila(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toContain(`  ${command} `);
  });

  it.each(COMMANDS)('%s --help (and help %s) describe the command and its options', (command) => {
    const { code, stdout } = hasila([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: hasila ${command} [options] [FILE…]`);
    for (const option of ['--jsonl', '--field', '--format', '--workers', '--skip-bad', '--encoding']) expect(stdout).toContain(option);
    // Only the commands that read a lexicon offer one.
    expect(stdout.includes('--lexicon'), command).toBe(command !== 'numbers' && command !== 'normalize');
    expect(hasila(['help', command]).stdout).toBe(stdout);
  });

  it.each([
    [['analyze', '--bogus'], 'unknown option --bogus (see hasila analyze --help)'],
    [['normalize', '--colour=on', 'x.txt'], 'unknown option --colour (see hasila normalize --help)'],
    [['numbers', '-x'], 'unknown option -x (see hasila numbers --help)'],
    [['--bogus', 'actors'], 'unknown option --bogus (see hasila actors --help)'],
    [['--bogus'], 'unknown option --bogus (see hasila --help)'],
    [['casualties', '--field'], '--field needs a value (see hasila casualties --help)'],
    [['casualties', '--jsonl=yes'], '--jsonl takes no value (see hasila casualties --help)'],
  ])('a wrong option %j → exit 2 and one line pointing at the command\'s help', (args, message) => {
    expect(hasila(args)).toEqual({ code: 2, stdout: '', stderr: `hasila: ${message}\n` });
  });

  it.each([
    [['frobnicate'], "unknown command 'frobnicate' (one of: analyze, casualties, numbers, actors, normalize, link)"],
    [['numbers', '--pack', 'yemen'], "--pack and --lexicon apply to analyze, casualties, actors and link ('numbers' reads no lexicon)"],
    [['normalize', '--lexicon', 'x.json'], "--pack and --lexicon apply to analyze, casualties, actors and link ('normalize' reads no lexicon)"],
    [[], 'missing command'],
    [['normalize', '--format', 'xml'], '--format must be one of json, jsonl, table, text'],
    [['numbers', '--format', 'text'], '--format must be one of json, jsonl, table'],
    [['numbers', '--preset', 'display'], "--preset applies to 'normalize' only"],
    [['normalize', '--preset', 'loose'], '--preset must be search or display'],
    [['normalize', '--workers', '0'], '--workers must be an integer from 1 to 256'],
    [['normalize', '-', '-'], "stdin ('-') can be read only once"],
    [['normalize', '--jsonl', '--field', 'a..b'], 'field paths must be names joined by dots'],
  ])('usage error %j → exit 2 and a message', (args, message) => {
    const { code, stdout, stderr } = hasila(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain("Run 'hasila --help' for usage.");
  });
});

describe('hasila: the built file', () => {
  it('is an executable script with a node shebang', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
    expect(spawnSync(CLI, ['--version'], { encoding: 'utf8' }).stdout).toBe(`${VERSION}\n`);
  });

  it('is not reachable from the library entries, which stay free of Node built-ins', () => {
    const library = readdirSync(dirname(CLI), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(c?js)$/u.test(file) && !file.startsWith('cli.'))
      .map((file) => readFileSync(join(dirname(CLI), file), 'utf8'));
    expect(library.length).toBeGreaterThan(0);
    for (const code of library) {
      expect(code).not.toContain('hasila-cli-worker');
      expect(code).not.toMatch(/(?:from |require\()["']node:/u);
    }
  });
});

describe('hasila: inputs', () => {
  it('reads a plain text file as one article', () => {
    const { code, stdout } = hasila(['normalize', SAMPLE]);
    expect(code).toBe(0);
    const [record, ...rest] = lines(stdout);
    expect(rest).toEqual([]);
    expect(record).toMatchObject({ source: SAMPLE });
    expect(record!.text).toContain('ارتفاع حصيله القتلي في معره مصرين الي 31 قتيلا');
  });

  it("reads stdin when piped, and with '-'", () => {
    const expected = [{ source: 'stdin', text: 'قتل في ادلب مائه\n' }];
    expect(lines(hasila(['normalize'], 'قُتِلَ فى إدلب مائة\n').stdout)).toEqual(expected);
    expect(lines(hasila(['normalize', '-'], 'قُتِلَ فى إدلب مائة\n').stdout)).toEqual(expected);
  });

  it('reads several inputs in the order given', () => {
    const { stdout } = hasila(['normalize', SAMPLE, '-', SAMPLE], 'فى');
    expect(lines(stdout).map((r) => r.source)).toEqual([SAMPLE, 'stdin', SAMPLE]);
  });

  it('reads JSON Lines with --field (dotted paths), skips blank lines, carries line numbers and ids', () => {
    const { code, stdout, stderr } = hasila(['normalize', '--jsonl', '--field', 'content', `${FIXTURES}/articles.jsonl`]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const records = lines(stdout);
    expect(records.map((r) => [r.line, r.id])).toEqual([[1, 'a1'], [2, 'a2'], [4, 'a3'], [5, 'a4']]);
    expect(records[0]!.text).toBe('قتل خمسه مدنيين واصيب ثمانيه اخرون في قصف مدفعي علي بلده سرمين بريف ادلب.');
    const nested = hasila(['normalize', '--jsonl', '--field', 'meta.lang', '--id-field', 'meta.lang', `${FIXTURES}/articles.jsonl`]);
    expect(lines(nested.stdout).map((r) => [r.text, r.id])).toEqual(Array(4).fill(['ar', 'ar']));
  });

  it('reads JSON Lines from stdin, with CRLF line ends and a byte-order mark', () => {
    const input = '\uFEFF{"text":"فى"}\r\n{"text":"إلى"}\r\n';
    expect(lines(hasila(['normalize', '--jsonl'], input).stdout)).toEqual([
      { source: 'stdin', line: 1, text: 'في' },
      { source: 'stdin', line: 2, text: 'الي' },
    ]);
  });
});

describe('hasila: encodings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hasila-cli-'));
  // «قتل 5 مدنيين في إدلب» in Windows-1256, the code page of much archived Arabic news.
  const cp1256 = Buffer.from('decae1203520e3cfe4edede420dded20c5cfe1c8', 'hex');
  const file = (name: string, bytes: Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('--encoding reads a plain file and JSON Lines in another encoding; a UTF-16 file by its byte-order mark', () => {
    const plain = hasila(['normalize', '--encoding', 'windows-1256', file('cp.txt', cp1256)]);
    expect(lines(plain.stdout)[0]!.text).toBe('قتل 5 مدنيين في ادلب');
    const jsonl = Buffer.concat([Buffer.from('{"text":"'), cp1256, Buffer.from('"}\n')]);
    expect(lines(hasila(['normalize', '--jsonl', '--encoding', 'cp1256', file('cp.jsonl', jsonl)]).stdout)[0]!.text).toBe('قتل 5 مدنيين في ادلب');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('قتل 5 مدنيين', 'utf16le')]);
    expect(lines(hasila(['normalize', file('u16.txt', utf16)]).stdout)[0]!.text).toBe('قتل 5 مدنيين');
    const utf16Lines = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"قتل 5 مدنيين"}\n', 'utf16le')]);
    expect(lines(hasila(['normalize', '--jsonl', file('u16.jsonl', utf16Lines)]).stdout)[0]!.text).toBe('قتل 5 مدنيين');
  });

  it('text that is not in the encoding, or binary, is an error that says what to do, not garbage', () => {
    const message = (path: string) => `hasila: cannot read '${path}': it is not utf-8 text (give its encoding with --encoding, e.g. --encoding windows-1256)\n`;
    const cp = file('cp2.txt', cp1256);
    expect(hasila(['casualties', cp])).toMatchObject({ code: 1, stdout: '', stderr: message(cp) });
    const jsonl = file('cp2.jsonl', Buffer.concat([Buffer.from('{"text":"'), cp1256, Buffer.from('"}\n')]));
    expect(hasila(['casualties', '--jsonl', jsonl])).toMatchObject({ code: 1, stderr: message(jsonl) });
    const binary = file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
    expect(hasila(['numbers', binary])).toMatchObject({ code: 1, stdout: '', stderr: message(binary) });
    expect(hasila(['numbers', '--encoding', 'klingon', binary])).toMatchObject({ code: 2 });
    expect(hasila(['numbers', '--encoding', 'klingon', binary]).stderr).toMatch(/unknown encoding 'klingon'/u);
  });
});

describe('hasila: errors', () => {
  it('a missing file fails before any output, naming the file', () => {
    const { code, stdout, stderr } = hasila(['normalize', SAMPLE, 'no/such/article.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe("hasila: cannot read 'no/such/article.txt': no such file\n");
  });

  it('a directory stands for its files, by name (not hidden ones nor those of its subdirectories); an empty one fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hasila-dir-'));
    try {
      writeFileSync(join(dir, 'b.txt'), 'قتل 3 أشخاص في حلب');
      writeFileSync(join(dir, 'a.txt'), 'قتل 5 مدنيين في دوما');
      writeFileSync(join(dir, '.hidden'), 'قتل 9 مدنيين');
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'c.txt'), 'قتل 7 مدنيين');
      const { code, stdout } = hasila(['casualties', dir]);
      expect(code).toBe(0);
      expect(lines(stdout).map((r) => [r.source, (r.casualties as { count: { value: number } }[]).map((m) => m.count.value)])).toEqual([
        [join(dir, 'a.txt'), [5]],
        [join(dir, 'b.txt'), [3]],
      ]);
      expect(hasila(['normalize', join(dir, 'sub', '..', 'sub', 'c.txt')]).code).toBe(0);
      const empty = join(dir, 'empty');
      mkdirSync(empty);
      expect(hasila(['normalize', empty])).toMatchObject({ code: 1, stderr: `hasila: cannot read '${empty}': the directory has no files\n` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unreadable JSON line stops the run with its line number and exit 1, after the lines before it', () => {
    const { code, stdout, stderr } = hasila(['normalize', '--jsonl', '--field', 'content', `${FIXTURES}/bad.jsonl`]);
    expect(code).toBe(1);
    expect(lines(stdout).map((r) => r.id)).toEqual(['b1']);
    expect(stderr).toMatch(/^hasila: test\/fixtures\/cli\/bad\.jsonl:2: not valid JSON \(.+\) \(use --skip-bad to skip unreadable lines\)\n$/u);
  });

  it('--skip-bad reports each unreadable line on stderr and keeps going', () => {
    const { code, stdout, stderr } = hasila(['normalize', '--jsonl', '--field', 'content', '--skip-bad', `${FIXTURES}/bad.jsonl`]);
    expect(code).toBe(0);
    expect(lines(stdout).map((r) => r.id)).toEqual(['b1', 'b4']);
    expect(stderr).toContain(`hasila: skipped ${FIXTURES}/bad.jsonl:2: not valid JSON`);
    expect(stderr).toContain(`hasila: skipped ${FIXTURES}/bad.jsonl:3: no field 'content'`);
    expect(stderr).toContain('hasila: skipped 2 unreadable lines\n');
  });

  it('--skip-bad with nothing readable (a wrong --field) exits 1, saying which field was missing and what lines have', () => {
    const { code, stdout, stderr } = hasila(['normalize', '--jsonl', '--field', 'body', '--skip-bad', `${FIXTURES}/bad.jsonl`]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`hasila: skipped ${FIXTURES}/bad.jsonl:1: no field 'body' (the line has: id, content)\n`);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      "hasila: nothing could be read: all 4 lines were unreadable (3 have no field 'body'; use --field to name the text field)",
    );
  });

  it('field names shown from the input cannot reach the terminal as escape sequences', () => {
    const { code, stderr } = hasila(['normalize', '--jsonl', '--skip-bad'], '{"\\u001b[2Jbody":"x"}\n');
    expect(code).toBe(1);
    expect(stderr).not.toContain('\x1b');
    expect(stderr).toContain("no field 'text' (the line has: [2Jbody)");
  });

  it('--skip-bad on empty input is no failure: there was nothing to read', () => {
    expect(hasila(['normalize', '--jsonl', '--skip-bad'], '\n')).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('a field that is not a string makes the line unreadable', () => {
    const { code, stderr } = hasila(['normalize', '--jsonl'], '{"text":42}\n');
    expect(code).toBe(1);
    expect(stderr).toContain("stdin:1: field 'text' is not a string");
  });

  it('a field path never reaches the prototype chain', () => {
    const { code, stderr } = hasila(['normalize', '--jsonl', '--field', 'constructor.name'], '{"text":"x"}\n');
    expect(code).toBe(1);
    expect(stderr).toContain("stdin:1: no field 'constructor.name'");
  });

  it('an invalid lexicon stops the run before any output, naming the file, the entry and the problem', () => {
    const args = ['actors', '--lexicon', `${FIXTURES}/yemen-lexicon.json`, '--lexicon', `${FIXTURES}/bad-lexicon.json`, SAMPLE];
    expect(hasila(args)).toEqual({
      code: 1,
      stdout: '',
      stderr: `hasila: invalid lexicon '${FIXTURES}/bad-lexicon.json': lexicon 'sudan': actors 'saf': form "ـــ" normalizes to no word\n`,
    });
    expect(hasila(args.slice(0, 3).concat(SAMPLE)).code).toBe(0);
  });

  it('a lexicon from untrusted JSON cannot smuggle prototype keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hasila-cli-'));
    const file = join(dir, 'proto.json');
    writeFileSync(file, '{"id":"x","__proto__":{"polluted":true},"actors":[]}');
    const { code, stderr } = hasila(['actors', '--lexicon', file], 'x');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^hasila: invalid lexicon '.+proto\.json': .*__proto__/u);
  });

  it('what only an analyzer checks (a default for no actor noun) names the file too, not an internal error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hasila-cli-'));
    const file = join(dir, 'default.json');
    writeFileSync(file, '{"id":"mine","actors":[{"id":"army","labels":{"ar":"الجيش","en":"Army"},"forms":["الجيش"],"defaultFor":["helicopters"]}]}');
    const { code, stdout, stderr } = hasila(['analyze', '--lexicon', file], 'قتل 5');
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^hasila: invalid lexicon '.+default\.json': .*defaultFor names no actor noun 'helicopters'/u);
    // A later file may define the actor noun an earlier one names.
    const nouns = join(dir, 'nouns.json');
    writeFileSync(nouns, '{"id":"nouns","actorNouns":[{"id":"helicopters","labels":{"ar":"المروحيات","en":"helicopters"},"forms":["المروحيات"],"anaphoric":true}]}');
    expect(hasila(['analyze', '--lexicon', file, '--lexicon', nouns], 'قتل 5').code).toBe(0);
  });

  it('a lexicon file that is missing or not JSON is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hasila-cli-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"id": "yemen", "actors": [');
    expect(hasila(['actors', '--lexicon', broken], 'x')).toMatchObject({ code: 1, stdout: '' });
    expect(hasila(['actors', '--lexicon', broken], 'x').stderr).toMatch(/^hasila: invalid lexicon '.+broken\.json': not valid JSON/u);
    expect(hasila(['actors', '--lexicon', join(dir, 'nope.json')], 'x').stderr).toContain("cannot read lexicon '");
  });
});

describe('hasila: output formats', () => {
  it('json is one array of the records jsonl gives', () => {
    const args = ['normalize', '--jsonl', '--field', 'content', `${FIXTURES}/articles.jsonl`];
    const array = JSON.parse(hasila([...args, '--format', 'json']).stdout) as unknown[];
    expect(array).toEqual(lines(hasila([...args, '--format', 'jsonl']).stdout));
    expect(JSON.parse(hasila(['normalize', '--jsonl', '--format', 'json'], '').stdout)).toEqual([]);
  });

  it('text gives the normalized text alone', () => {
    expect(hasila(['normalize', '--format', 'text', '--preset', 'display'], 'ﻻ قُتِلَ').stdout).toBe('لا قُتِلَ\n');
  });

  it('table shows where each article came from; colors only when asked, never escape codes from the input', () => {
    const args = ['normalize', '--preset', 'display', '--format', 'table', `${FIXTURES}/control-chars.txt`];
    const plain = hasila(args);
    expect(plain.stdout).toBe(`▌ ${FIXTURES}/control-chars.txt\nقُتِلَ فى إدلب [31m مائة\n\n`);
    const colored = hasila(args, '', { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(colored.stdout).toContain('\x1b[1m');
    expect(colored.stdout).not.toContain('\x1b[31m');
  });

  it('when piped, no progress bar or other noise appears on stderr', () => {
    const { stderr } = hasila(['normalize', '--jsonl', '--field', 'content', `${FIXTURES}/articles.jsonl`]);
    expect(stderr).toBe('');
  });
});

describe('hasila: worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hasila-cli-'));
  const big = join(dir, 'many.jsonl');
  const article = readFileSync(SAMPLE, 'utf8');
  // Articles of very different lengths, so that batches finish out of order on the workers.
  writeFileSync(big, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: article.slice(0, (i * 7919) % article.length) })).join('\n'));

  it('--workers 2 gives exactly the output of --workers 1, in input order', () => {
    const one = hasila(['normalize', '--jsonl', '--workers', '1', big]);
    const two = hasila(['normalize', '--jsonl', '--workers', '2', big]);
    expect(one.code).toBe(0);
    expect(two).toEqual(one);
    expect(lines(one.stdout).map((r) => r.id)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });

  it.each(['1', '2'])('stops quietly with exit 0 when the reader goes away (| head), --workers %s', async (workers) => {
    const child = spawn(process.execPath, [CLI, 'normalize', '--jsonl', '--workers', workers, big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('a bad line stops worker runs at the same place', () => {
    const input = readFileSync(big, 'utf8').split('\n');
    input[1500] = '{"text": nope}';
    writeFileSync(join(dir, 'bad.jsonl'), input.join('\n'));
    const one = hasila(['normalize', '--jsonl', join(dir, 'bad.jsonl')]);
    const two = hasila(['normalize', '--jsonl', '--workers', '2', join(dir, 'bad.jsonl')]);
    expect(one.code).toBe(1);
    expect(lines(one.stdout)).toHaveLength(1500);
    expect(one.stderr).toContain('bad.jsonl:1501: not valid JSON');
    expect(two).toEqual(one);
  });
});

// Under a pseudo-terminal (util-linux `script`), as a user at a terminal sees it.
const hasScript = spawnSync('script', ['--version']).status === 0;
describe.skipIf(!hasScript)('hasila at a terminal (needs util-linux script)', () => {
  const inTerminal = (command: string) =>
    spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm-256color' } }).stdout;

  it('prints a colored table by default when stdout is a terminal', () => {
    const out = inTerminal(`node '${CLI}' numbers ${SAMPLE}`);
    expect(out).toContain(`▌ ${SAMPLE}`);
    expect(out).toContain('\x1b[');
    expect(out).toMatch(/value.+kind.+note.+text/u);
  });

  it('fits tables to the terminal width, wrapping the evidence rather than cutting it', () => {
    const out = inTerminal(`stty cols 100; node '${CLI}' casualties ${SAMPLE}`);
    const plain = out.replace(/\x1b\[[0-9;]*m/gu, '').replace(/\r/gu, '');
    const rows = plain.trimEnd().split('\n').slice(2);
    const width = (line: string) => [...line.replace(/[\p{M}\p{Cf}]/gu, '')].length;
    for (const row of rows) expect(width(row)).toBeLessThanOrEqual(100);
    expect(rows.some((row) => row.startsWith(' '))).toBe(true);
    // At a terminal, a left-to-right mark starts every column: bidi-aware terminals keep Arabic cells apart.
    expect(rows.filter((row) => !row.startsWith('▌') && row.split('\u200E').length !== 7)).toEqual([]);
    const evidence = rows.map((row) => row.split('\u200E').at(-1)!.trim()).join(' ');
    const casualties = lines(hasila(['casualties', SAMPLE]).stdout)[0]!.casualties as { text: string }[];
    expect(casualties.length).toBeGreaterThan(3);
    for (const { text } of casualties) expect(evidence).toContain(`«${text}»`);
  });

  it('draws a progress bar on stderr for a long run, and erases it at the end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hasila-cli-'));
    const text = readFileSync(SAMPLE, 'utf8');
    writeFileSync(join(dir, 'long.jsonl'), `${JSON.stringify({ text })}\n`.repeat(30_000));
    const out = inTerminal(`node '${CLI}' normalize --jsonl '${join(dir, 'long.jsonl')}' > '${join(dir, 'out.jsonl')}'`);
    expect(out).toMatch(/\r\x1b\[2K\[[█░]+\] +\d+\.\d% +[\d.]+ MB \/ [\d.]+ MB +[\d,]+ articles/u);
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n')).toHaveLength(30_001);
    const quiet = inTerminal(`node '${CLI}' normalize --no-progress --jsonl '${join(dir, 'long.jsonl')}' > /dev/null`);
    expect(quiet).toBe('');
  });
});

// Peak memory of a run on a large JSON Lines file whose output is read slowly, from /proc (Linux).
describe.skipIf(!existsSync('/proc/self/status'))('hasila on a large JSON Lines file', () => {
  it('keeps memory flat: input read as a stream, output waits for a slow reader', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hasila-cli-'));
    const big = join(dir, 'big.jsonl');
    expect(spawnSync(process.execPath, [`${FIXTURES}/make-jsonl.mjs`, big, '120']).status).toBe(0);
    const child = spawn(process.execPath, [CLI, 'normalize', '--jsonl', '--field', 'content', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKb = 0;
    const poll = setInterval(() => {
      const status = existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0));
    }, 50);
    let bytes = 0;
    // Read nothing for two seconds: the pipe fills and the CLI must wait (Node blocks on a full pipe on Linux, and
    // awaits 'drain' where writes are asynchronous) without losing output.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    const code = await new Promise((resolve) => child.on('close', resolve));
    clearInterval(poll);
    expect(code).toBe(0);
    expect(bytes).toBeGreaterThan(100e6);
    // Reading the whole input first peaks near 250 MB here; streaming stays near 100 MB.
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb / 1024).toBeLessThan(200);
  }, 180_000);
});
