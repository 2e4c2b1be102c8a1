import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { Busy, Notice, Progress } from '../../src/taskpane/components/Feedback';
import { preloadSteps } from '../../src/taskpane/steps/lazy';

// Fluent's message bar, spinner and progress bar are a chunk of their own (feedback-parts.tsx).
// This file renders before and after that chunk is loaded: a message must show either way.
const render = (node: JSX.Element) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const feedback = (
  <>
    <Notice intent="error" alert>
      Het bestand is niet leesbaar
    </Notice>
    <Busy label="Bezig…" />
    <Progress label="2 van 5 bestanden" value={0.4} />
  </>
);

describe('feedback before and after its chunk is loaded', () => {
  test('before: the error, the busy label and the progress label show as plain text', () => {
    const html = render(feedback);
    expect(html).toMatch(/<p[^>]*role="alert"[^>]*>Het bestand is niet leesbaar<\/p>/);
    expect(html).toContain('Bezig…');
    expect(html).toContain('2 van 5 bestanden');
    expect(html).not.toContain('fui-MessageBar');
    expect(html).not.toContain('role="progressbar"');
  });

  test('after: the same text in Fluent’s message bar, spinner and progress bar', async () => {
    await preloadSteps();
    const html = render(feedback);
    expect(html).toContain('fui-MessageBar');
    expect(html).toMatch(/role="alert"/);
    expect(html).toContain('Het bestand is niet leesbaar');
    expect(html).toContain('fui-Spinner');
    expect(html).toContain('Bezig…');
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('2 van 5 bestanden');
  });
});
