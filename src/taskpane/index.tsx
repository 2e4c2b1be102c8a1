// Minimal entry made by the platform helper so the build runs; the task-pane helper replaces it.
import { createRoot } from 'react-dom/client';

function start(): void {
  const host = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(host).render(<h1>ZK Beoordeling</h1>);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => start());
} else {
  start();
}
