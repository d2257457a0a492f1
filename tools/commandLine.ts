/** The value given after `--name` on the command line, if the flag is there; a flag with no value is an error. */
export function option(name: string): string | undefined {
  const flag = process.argv.indexOf(name);
  if (flag < 0) return undefined;
  const value = process.argv[flag + 1];
  if (!value || value.startsWith('--')) throw new Error(`Give a value after ${name}.`);
  return value;
}
