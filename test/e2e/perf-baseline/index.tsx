/**
 * The baseline for the pane's start: the smallest Fluent UI v9 page with an interactive step (a
 * heading and a button inside FluentProvider), built like the pane for production. Measured next
 * to the pane in every e2e run (test/e2e/perf.ts).
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

createRoot(document.getElementById('root')!).render(<Minimal />);
