/** The dark Fluent theme, in a chunk of its own (theme.ts says why). */
export { webDarkTheme } from '@fluentui/react-components';
