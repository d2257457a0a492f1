import * as React from 'react';

/**
 * Every name asked for since the component mounted, in the order first asked: it only grows, and is the
 * same array until a new name is asked for, so a screen visited once does not cost a second read.
 */
export function useNamesSoFar(names: readonly string[]): readonly string[] {
  const soFar = React.useRef<readonly string[]>([]);
  const added = names.filter((name) => !soFar.current.includes(name));
  if (added.length) soFar.current = [...soFar.current, ...added];
  return soFar.current;
}
