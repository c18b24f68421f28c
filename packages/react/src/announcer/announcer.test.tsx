import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Politeness } from './index';
import { AnnouncerProvider, useAnnounce } from './index';

let announce: (message: string, politeness?: Politeness) => void = () => {};
function Capture() {
  announce = useAnnounce();
  return null;
}

describe('AnnouncerProvider', () => {
  it('puts polite and assertive messages into their live regions, and repeats are re-announced', () => {
    render(
      <AnnouncerProvider>
        <Capture />
      </AnnouncerProvider>,
    );
    act(() => announce('Row 3 of 16'));
    const status = screen.getByRole('status');
    expect(status.textContent?.replace('\u200b', '')).toBe('Row 3 of 16');
    const first = status.textContent;
    act(() => announce('Row 3 of 16'));
    expect(status.textContent).not.toBe(first);
    act(() => announce('Destination is required', 'assertive'));
    expect(screen.getByRole('alert').textContent?.replace('\u200b', '')).toBe('Destination is required');
  });
});
