import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createLeaveGuards, LeaveGuardProvider, useLeaveGuard } from './index';

function Editor({ dirty, reason }: { dirty: boolean; reason: string }) {
  useLeaveGuard(dirty, reason);
  return null;
}

describe('leave guards', () => {
  it('hold the page while a widget has unsaved work, for the tab and for the app’s router', () => {
    const guards = createLeaveGuards();
    const listener = vi.fn();
    guards.subscribe(listener);
    const view = render(
      <LeaveGuardProvider guards={guards}>
        <Editor dirty={false} reason="Unsaved answers" />
      </LeaveGuardProvider>,
    );
    expect(guards.reasons()).toEqual([]);
    view.rerender(
      <LeaveGuardProvider guards={guards}>
        <Editor dirty reason="Unsaved answers" />
      </LeaveGuardProvider>,
    );
    expect(guards.reasons()).toEqual(['Unsaved answers']);
    expect(listener).toHaveBeenCalled();
    const unload = new Event('beforeunload', { cancelable: true });
    act(() => void window.dispatchEvent(unload));
    expect(unload.defaultPrevented).toBe(true);
    view.unmount();
    expect(guards.reasons()).toEqual([]);
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it('count the same reason from two widgets twice, and remove each once', () => {
    const guards = createLeaveGuards();
    const first = guards.add('Unsaved');
    const second = guards.add('Unsaved');
    first();
    first();
    expect(guards.reasons()).toEqual(['Unsaved']);
    second();
    expect(guards.reasons()).toEqual([]);
  });
});
