import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

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
export function themeFor(office: OfficeThemeColors | undefined): Theme {
  const light = office?.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
  return light !== null && light < 0.5 ? webDarkTheme : webLightTheme;
}
