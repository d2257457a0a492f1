import * as React from 'react';

export type Load<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; error: unknown };

/**
 * Runs `load` when the component mounts, whenever one of `inputs` changes (the list a screen reads, chosen
 * by the person) and whenever `retry` is called, keeping the last outcome. A result that arrives after
 * unmount, or after a newer attempt started, is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, inputs: readonly unknown[] = []): [Load<T>, () => void] {
  const [outcome, setOutcome] = React.useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const loadRef = React.useRef(load);
  loadRef.current = load;

  React.useEffect(() => {
    let current = true;
    // Kept as it is when already loading: a new object would render the whole screen again for nothing.
    setOutcome((last) => (last.state === 'loading' ? last : { state: 'loading' }));
    loadRef.current().then(
      (value) => current && setOutcome({ state: 'ready', value }),
      (error: unknown) => current && setOutcome({ state: 'failed', error })
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the load depends on
  }, [attempt, ...inputs]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return [outcome, retry];
}
