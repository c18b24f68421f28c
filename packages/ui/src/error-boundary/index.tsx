import { useTranslate } from '@wayfinder/react/messages';
import type { ComponentType, ErrorInfo, FunctionComponent, ReactNode } from 'react';
import { Component } from 'react';
import { Notice } from '../notice';
import { errorBoundaryMessages } from './messages';

export interface Failure {
  error: Error;
  /** Renders the children again: after the cause is fixed, or just to try once more. */
  reset: () => void;
}

export interface ErrorBoundaryProps {
  children?: ReactNode;
  /** Shown in place of the children after they fail; by default a notice that says so, with a way to try again. */
  fallback?: (failure: Failure) => ReactNode;
  /** Told of every failure, e.g. to report it. */
  onError?: (error: Error, info: ErrorInfo) => void;
  /** After a failure, a change in any of these tries the children again (the data they show, say). */
  resetKeys?: readonly unknown[];
  /** What failed, in the reader's words, for the default notice ("The truth table"). */
  label?: string;
}

interface BoundaryState {
  error: Error | null;
}

const changed = (before: readonly unknown[] = [], after: readonly unknown[] = []) => before.length !== after.length || before.some((value, index) => !Object.is(value, after[index]));

/**
 * Catches what its children throw while rendering, so that one failing part of a page shows a
 * notice in its place instead of blanking everything around it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): BoundaryState {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps) {
    if (this.state.error && changed(previous.resetKeys, this.props.resetKeys)) this.reset();
  }

  reset = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const failure = { error, reset: this.reset };
    return this.props.fallback ? this.props.fallback(failure) : <FailureNotice {...failure} {...(this.props.label ? { label: this.props.label } : {})} />;
  }
}

/** The default fallback: what failed and why, that the rest still works, and a way to try again. */
export function FailureNotice({ error, reset, label }: Failure & { label?: string }) {
  const t = useTranslate(errorBoundaryMessages);
  return (
    <Notice
      tone="error"
      live
      title={label ? t('boundary.titleNamed', { name: label }) : t('boundary.title')}
      className="wf-failure"
      actions={
        <button type="button" className="wf-button" onClick={reset}>
          {t('boundary.retry')}
        </button>
      }
    >
      <p>{t('boundary.reason', { reason: error.message })}</p>
      <p>{t('boundary.rest')}</p>
    </Notice>
  );
}

/**
 * The widget inside a boundary of its own: if it fails to render, a notice takes its place and
 * the host's page goes on working. New data in its props (the host fixing what it passed) tries it
 * again; new callbacks, which a host makes on every render, do not.
 */
export function withErrorBoundary<P extends object>(Widget: ComponentType<P>): FunctionComponent<P> {
  function Guarded(props: P) {
    return (
      <ErrorBoundary resetKeys={Object.values(props).filter((value) => typeof value !== 'function')}>
        <Widget {...props} />
      </ErrorBoundary>
    );
  }
  Guarded.displayName = Widget.displayName ?? Widget.name;
  return Guarded;
}

export { errorBoundaryMessages, errorBoundaryMessagesEs } from './messages';
export type { ErrorBoundaryMessageKey } from './messages';
