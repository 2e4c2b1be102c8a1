/**
 * Browser entry of the fake Excel (built to dist-test/fake-office.js by `npm run build:fake-office`).
 * Loaded before the task pane's scripts, it installs `Excel`, `Office` and `CustomFunctions` on
 * window; `window.__fakeExcel` holds the host (model + sync statistics) for the test to inspect.
 * `?lang=en-US` in the page URL (or `window.__fakeOfficeLanguage`) sets Office's display language.
 */
import { installFakeOffice } from './host';

const scope = globalThis as unknown as Record<string, unknown>;
const language =
  (scope.__fakeOfficeLanguage as string | undefined) ??
  (typeof location !== 'undefined' ? new URLSearchParams(location.search).get('lang') ?? undefined : undefined);
installFakeOffice(scope, { displayLanguage: language });
