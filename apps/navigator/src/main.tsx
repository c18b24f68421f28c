import { createIndexedDbStorage } from '@wayfinder/core/storage/indexeddb';
import '@wayfinder/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App storage={createIndexedDbStorage('wayfinder-navigator')} />
  </StrictMode>,
);
