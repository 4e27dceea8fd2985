// The bench scripts' command line: `--name value` options read from process.argv.

/** The command-line arguments after the script's name. */
export const args = process.argv.slice(2);

/** The value after `--name` on the command line, or `fallback` when the option is not given. */
export function opt(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}
