/** A count with its noun, in the way a sentence says it: "1 item", "3,500 items", "2 changes". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
