'use strict';
/**
 * The one build setting for every URL in the manifest: ZK_BASE_URL (default https://localhost:3000).
 * manifest.xml in the repository is written for the default origin; the build replaces that origin
 * with the configured one in dist/manifest.xml. Plain CommonJS: webpack.config.js and tests use it.
 */
const DEFAULT_BASE_URL = 'https://localhost:3000';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Checks and normalises the base URL: https, no query or fragment, no trailing slash. */
function baseUrl(value) {
  const raw = (value || DEFAULT_BASE_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ZK_BASE_URL is geen geldige URL: "${raw}".`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ZK_BASE_URL moet met https:// beginnen (Office laadt invoegtoepassingen alleen via https), niet "${raw}".`);
  }
  if (url.search || url.hash) {
    throw new Error(`ZK_BASE_URL mag geen ? of # bevatten: "${raw}".`);
  }
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

/** Replaces the default origin in the committed manifest by the configured base URL. */
function rewriteManifest(xml, base) {
  return xml.split(DEFAULT_BASE_URL).join(base);
}

module.exports = { DEFAULT_BASE_URL, OFFICE_JS_CDN, baseUrl, rewriteManifest };
