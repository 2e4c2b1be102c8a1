/** The Office host around the pane: its language and theme, and when it is ready. */

/** What the pane reads from Office once it is ready; empty outside Office (a plain browser). */
export interface OfficeHostInfo {
  displayLanguage?: string;
  /** The part of `Office.context.officeTheme` the pane uses. */
  theme?: { bodyBackgroundColor?: string };
}

export function officeHostInfo(): OfficeHostInfo {
  if (typeof Office === 'undefined' || !Office.context) return {};
  return { displayLanguage: Office.context.displayLanguage, theme: Office.context.officeTheme ?? undefined };
}

/** Runs `start` once Office is ready, or at once outside Office. */
export function whenOfficeReady(start: () => void): void {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    void Office.onReady(() => start());
  } else {
    start();
  }
}
