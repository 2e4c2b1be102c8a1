import { webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of `Office.context.officeTheme` the pane uses. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const n = parseInt(match[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** Follows Office's theme: a dark body background gives the dark Fluent theme. */
export function themeKindFor(office: OfficeThemeColors | undefined): 'light' | 'dark' {
  const light = office?.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
  return light !== null && light < 0.5 ? 'dark' : 'light';
}

/**
 * The Fluent theme for Office's colours. The light theme is in the first chunk; the dark one
 * (25 KB of tokens) is a chunk of its own, loaded only when Office is dark, so a light pane
 * does not parse it before its first paint.
 */
export async function themeFor(office: OfficeThemeColors | undefined): Promise<Theme> {
  if (themeKindFor(office) === 'light') return webLightTheme;
  return (await import(/* webpackChunkName: "theme-dark" */ './theme-dark')).webDarkTheme;
}
