import { createIndexedDbStorage } from '@wayfinder/core/storage/indexeddb';
import { ErrorBoundary } from '@wayfinder/ui/error-boundary';
import '@wayfinder/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    {/* The last line of defence, for a failure of the provider itself (the shell, pages and widgets have boundaries of their own). */}
    <ErrorBoundary>
      <App storage={createIndexedDbStorage('wayfinder-navigator')} />
    </ErrorBoundary>
  </StrictMode>,
);
