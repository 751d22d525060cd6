import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStaged } from '../../src/views/useStaged';

function Part({ value }: { value: string | null }) {
  const staged = useStaged(value);
  return <p>{staged === null ? 'not yet' : `shows ${staged}`}</p>;
}

/** A page with layout: jsdom has none, so the root element is given a width as a browser would. */
function withLayout() {
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1280, 800));
}

describe('useStaged', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('in a laid-out page, lets a value that arrives reach the part one task later, then passes changes at once', async () => {
    withLayout();
    vi.useFakeTimers();
    const { rerender } = render(<Part value={null} />);
    expect(screen.getByText('not yet')).toBeTruthy();
    rerender(<Part value="dataset 1" />);
    expect(screen.getByText('not yet')).toBeTruthy();
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(screen.getByText('shows dataset 1')).toBeTruthy();
    rerender(<Part value="dataset 2" />);
    expect(screen.getByText('shows dataset 2')).toBeTruthy();
  });

  it('where nothing is laid out (jsdom), passes the value within the same render pass', () => {
    render(<Part value="dataset" />);
    expect(screen.getByText('shows dataset')).toBeTruthy();
  });
});
