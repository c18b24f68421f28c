import type { DependencyList, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from '@wayfinder/react/messages';
import { workbenchMessages } from './messages';

export type TaskState<T> = { state: 'idle' } | { state: 'running'; done?: number; total?: number } | { state: 'stopped' } | { state: 'failed'; message: string } | { state: 'done'; result: T };

/**
 * A computation a user starts in the analysis worker: one at a time, stopped with its Stop button
 * (the worker is replaced), and forgotten when what it was computed from changes (`resetOn`).
 */
export function useWorkerTask<T>(resetOn: DependencyList) {
  const [task, setTask] = useState<TaskState<T>>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => {
    setTask({ state: 'idle' });
    return () => abort.current?.abort();
    // The task's inputs, as the caller lists them.
  }, resetOn);
  const start = async (run: (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<T>) => {
    if (abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setTask({ state: 'running' });
    try {
      const result = await run(controller.signal, (done, total) => setTask({ state: 'running', done, total }));
      setTask({ state: 'done', result });
    } catch (error) {
      setTask(controller.signal.aborted ? { state: 'stopped' } : { state: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
    }
  };
  return { task, start, stop: () => abort.current?.abort() };
}

/** The task's start button (a submit button inside a form), its Stop button while it runs, and its status in words. */
export function TaskControls<T>({ task, label, onStart, onStop, status, submit = false }: { task: TaskState<T>; label: string; onStart?: () => void; onStop: () => void; status: (task: TaskState<T>) => ReactNode; submit?: boolean }) {
  const t = useTranslate(workbenchMessages);
  return (
    <>
      <button type={submit ? 'submit' : 'button'} className="wf-button" onClick={onStart} disabled={task.state === 'running'}>
        {label}
      </button>
      {task.state === 'running' && (
        <button type="button" className="wf-button" onClick={onStop}>
          {t('workbench.cancel')}
        </button>
      )}
      <span role="status">{task.state === 'stopped' ? t('workbench.stopped') : status(task)}</span>
    </>
  );
}
