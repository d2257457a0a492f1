import * as React from 'react';

/** Renders again each minute while `wanted`: for a screen whose views ask the time now (a deadline passing). */
export function useEveryMinute(wanted: boolean): void {
  const [, setTicks] = React.useState(0);
  React.useEffect(() => {
    if (!wanted) return undefined;
    const timer = setInterval(() => setTicks((ticks) => ticks + 1), 60_000);
    return () => clearInterval(timer);
  }, [wanted]);
}
