import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useRef, useSyncExternalStore } from 'react';

/** The reasons the page should not be left now, one per widget holding work not yet saved. */
export interface LeaveGuards {
  /** Adds a reason; the function it returns takes it away. */
  add(reason: string): () => void;
  reasons(): readonly string[];
  subscribe(listener: () => void): () => void;
}

/** A set of leave guards for one app: its router asks `reasons()` before it changes the page. */
export function createLeaveGuards(): LeaveGuards {
  let reasons: readonly string[] = [];
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    add(reason) {
      reasons = [...reasons, reason];
      changed();
      let removed = false;
      return () => {
        if (removed) return;
        removed = true;
        const at = reasons.indexOf(reason);
        reasons = [...reasons.slice(0, at), ...reasons.slice(at + 1)];
        changed();
      };
    },
    reasons: () => reasons,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const LeaveGuardContext = createContext<LeaveGuards | null>(null);

/** Lets the widgets inside tell `guards` when leaving the page would lose work. */
export function LeaveGuardProvider({ guards, children }: { guards: LeaveGuards; children?: ReactNode }) {
  return <LeaveGuardContext.Provider value={guards}>{children}</LeaveGuardContext.Provider>;
}

/**
 * While `active`, leaving costs work: the browser asks before the tab is closed or reloaded, and
 * the app's router (through a `LeaveGuardProvider`) can ask before it changes the page, giving
 * `reason`.
 */
export function useLeaveGuard(active: boolean, reason: string): void {
  const guards = useContext(LeaveGuardContext);
  const latestReason = useRef(reason);
  latestReason.current = reason;
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    const remove = guards?.add(latestReason.current);
    return () => {
      window.removeEventListener('beforeunload', warn);
      remove?.();
    };
  }, [active, guards]);
}

/** The reasons to stay, kept current, for a router or a "you have unsaved work" badge. */
export function useLeaveReasons(guards: LeaveGuards): readonly string[] {
  return useSyncExternalStore(guards.subscribe, guards.reasons, guards.reasons);
}
