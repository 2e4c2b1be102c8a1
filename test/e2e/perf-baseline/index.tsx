/**
 * The baseline for the pane's start: the smallest Fluent UI v9 add-in page with an interactive
 * step (a heading and a button inside FluentProvider), built like the pane for production. Like
 * every add-in page it loads office.js first and renders when Office is ready, so the ratio
 * measures what the pane adds, not the host's script. Measured next to the pane in every e2e
 * run (test/e2e/perf.ts).
 */
import { Button, FluentProvider, Title3, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

function Minimal() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h2">Aanvragen importeren</Title3>
      <Button appearance="primary">Bestanden kiezen</Button>
    </FluentProvider>
  );
}

void Office.onReady(() => createRoot(document.getElementById('root')!).render(<Minimal />));
