import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { useEveryMinute } from '../../src/ui/useEveryMinute';

/** Shows the time its clock gives at each render, as a view asking the time now does. */
function Clocked({ wanted, clock }: { wanted: boolean; clock: () => number }): JSX.Element {
  useEveryMinute(wanted);
  return <p>{`At ${clock()}`}</p>;
}

describe('a screen whose views ask the time now', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('renders again each minute with nobody touching it, and only when it asks the time', () => {
    let now = 0;
    const clock = (): number => now;
    const { rerender } = render(<Clocked wanted clock={clock} />);
    expect(screen.getByText('At 0')).toBeTruthy();
    now = 1;
    act(() => jest.advanceTimersByTime(59_999));
    expect(screen.getByText('At 0')).toBeTruthy();
    act(() => jest.advanceTimersByTime(1));
    expect(screen.getByText('At 1')).toBeTruthy();

    rerender(<Clocked wanted={false} clock={clock} />);
    now = 2;
    act(() => jest.advanceTimersByTime(120_000));
    expect(screen.queryByText('At 2')).toBeNull();
  });
});
