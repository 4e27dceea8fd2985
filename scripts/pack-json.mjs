// The text of `packs/<id>.json` for a pack: one field per line, one entry per line, so that a change to an entry
// is a one-line diff. Shared by scripts/packs.mjs (which writes the files) and test/packs.test.ts (which checks
// that the committed files are current).
export function packJson(pack) {
  const fields = Object.entries(pack).map(([key, value]) => {
    const text = Array.isArray(value)
      ? `[\n${value.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]`
      : JSON.stringify(value);
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
