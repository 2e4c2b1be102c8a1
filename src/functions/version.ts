/** The add-in's version; a test keeps it equal to package.json's "version". */
export const APP_VERSION = '0.1.0';
