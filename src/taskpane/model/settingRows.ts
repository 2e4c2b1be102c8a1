/** The Instellingen rows are the workbook schema's (src/workbook/settings.ts). */
export { settingRows, settingsFromRows, type SettingRow } from '../../workbook/settings';
