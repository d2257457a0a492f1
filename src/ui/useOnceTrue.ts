import * as React from 'react';

/** True from the first render in which `value` was true, and ever after: for what loads once first needed and then stays. */
export function useOnceTrue(value: boolean): boolean {
  const seen = React.useRef(false);
  if (value) seen.current = true;
  return seen.current;
}
