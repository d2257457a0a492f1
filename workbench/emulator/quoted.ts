/**
 * Reads a quoted value starting just after its opening quote, where a doubled quote stands for one
 * (`'O''Brien'`, `"say ""hi"""`): the formula language, OData literals and REST addresses all quote so.
 * Returns the value and the index just past the closing quote, or undefined when it never closes.
 */
export function readQuoted(source: string, start: number, quote: string): [value: string, next: number] | undefined {
  let value = '';
  let index = start;
  while (index < source.length) {
    if (source[index] === quote && source[index + 1] === quote) {
      value += quote;
      index += 2;
    } else if (source[index] === quote) {
      return [value, index + 1];
    } else value += source[index++];
  }
  return undefined;
}
