/* eslint-disable */
'use strict';
/**
 * Builds the add-in into dist/:
 *   taskpane.html (+ taskpane.js)  the task pane; in the shared runtime the same page also loads functions.js
 *   functions.js + functions.json  the =ZK.* custom functions; metadata generated from JSDoc @customfunction
 *   manifest.xml                   with every URL on ZK_BASE_URL (default https://localhost:3000)
 *   assets/                        icons and the support page
 *
 * Settings (environment):
 *   ZK_BASE_URL   https origin (and optional path) where dist/ is hosted. Default https://localhost:3000
 *   ZK_OFFICE_JS  cdn (default): office.js from Microsoft's CDN
 *                 local: <script src="office.js">, served from node_modules by the dev server (browser tests)
 *                 none: no office.js tag (a test injects its own host, e.g. the fake Excel)
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { baseUrl, rewriteManifest, OFFICE_JS_CDN } = require('./scripts/manifest-url.js');

const ROOT = __dirname;
const FUNCTIONS_DIR = path.join(ROOT, 'src/functions');
const PANE_ENTRY = './src/taskpane/index.tsx';
const PANE_TEMPLATE = path.join(ROOT, 'src/taskpane/taskpane.html');
const OFFICE_JS_LOCAL_DIR = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

/**
 * Area files are the files in src/functions that declare at least one @customfunction; helpers
 * (errors.ts, …) are imported by them. New area files are picked up without editing this config.
 */
function functionAreaFiles() {
  return fs
    .readdirSync(FUNCTIONS_DIR)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => path.join(FUNCTIONS_DIR, name))
    .filter((file) => /@customfunction\b/.test(fs.readFileSync(file, 'utf8')))
    .sort()
    .map((file) => './' + path.relative(ROOT, file).split(path.sep).join('/'));
}

function officeJsSource() {
  const mode = process.env.ZK_OFFICE_JS || 'cdn';
  if (!['cdn', 'local', 'none'].includes(mode)) {
    throw new Error(`ZK_OFFICE_JS moet cdn, local of none zijn, niet "${mode}".`);
  }
  if (mode === 'cdn') return OFFICE_JS_CDN;
  if (mode === 'local') return 'office.js';
  return null;
}

/** Only our own origin and the office.js CDN; Fluent UI injects styles at runtime, hence 'unsafe-inline' for styles only. */
function contentSecurityPolicy(officeJs) {
  const cdn = officeJs && /^https:/.test(officeJs) ? ' ' + new URL(officeJs).origin : '';
  return [
    `default-src 'self'`,
    `script-src 'self'${cdn}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'${cdn}`,
    `frame-src 'self'${cdn}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'none'`,
  ].join('; ');
}

/** Puts the CSP meta and the office.js script first in <head>, whatever the pane's template holds. */
class HeadTagsPlugin {
  constructor(officeJs) {
    this.officeJs = officeJs;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('ZkHeadTags', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('ZkHeadTags', (data) => {
        const tags = [
          HtmlWebpackPlugin.createHtmlTagObject('meta', {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(this.officeJs),
          }),
        ];
        if (this.officeJs) tags.push(HtmlWebpackPlugin.createHtmlTagObject('script', { src: this.officeJs }));
        data.headTags = [...tags, ...data.headTags];
        return data;
      });
    });
  }
}

/** Writes dist/manifest.xml with every URL on ZK_BASE_URL. */
class ManifestPlugin {
  constructor(base) {
    this.base = base;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ZkManifest', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ZkManifest', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const file = path.join(ROOT, 'manifest.xml');
          compilation.fileDependencies.add(file);
          const xml = rewriteManifest(fs.readFileSync(file, 'utf8'), this.base);
          compilation.emitAsset('manifest.xml', new compiler.webpack.sources.RawSource(xml));
        },
      );
    });
  }
}

/** https options for the dev server: certificates made by office-addin-dev-certs (see scripts/dev-server.js). */
function devServerHttps() {
  const dir = process.env.ZK_DEV_CERT_DIR || path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  const ca = path.join(dir, 'ca.crt');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return { type: 'http' };
  return {
    type: 'https',
    options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) },
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const base = baseUrl(process.env.ZK_BASE_URL);
  const officeJs = officeJsSource();
  const areaFiles = functionAreaFiles();
  const port = Number(new URL(base).port || 3000);

  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the page's CSP forbids eval.
    devtool: 'source-map',
    context: ROOT,
    entry: {
      taskpane: PANE_ENTRY,
      functions: areaFiles,
    },
    output: {
      path: path.join(ROOT, 'dist'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader gives JavaScript, then Griffel's loader turns our
          // makeStyles calls into precomputed CSS (__styles), as Fluent's own components ship. The
          // pane then neither carries Griffel's CSS compiler (stylis, rtl-css-js: 27 KB) nor runs
          // it for every style at start-up. Tests (ts-jest) keep the runtime makeStyles: same CSS.
          use: [
            { loader: '@griffel/webpack-loader' },
            { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } },
          ],
        },
        // The readers in src/import and exceljs do nothing on import (no top-level calls): a module
        // reached only for a reader the bundle never calls is left out. The module tables' one column
        // mapping (src/import/modules.ts, for =ZK.VV.* and the Modules step) sits next to its CSV and
        // xlsx file readers; without this, functions.js and the pane's first chunk would carry
        // exceljs, papaparse and iconv-lite. Dynamic imports still load them where they are used.
        { test: /[\\/]src[\\/]import[\\/]/, sideEffects: false },
        { test: /[\\/]node_modules[\\/]exceljs[\\/]/, sideEffects: false },
      ],
    },
    // The pane and the functions are two entries with two runtimes on one page (shared runtime),
    // and a chunk one runtime loads is installed by both. Per-runtime export analysis would give a
    // module shared by both different (mangled) export names in each runtime's chunks, so the
    // second runtime could call an export the first one's copy does not have ("e[r] is not a
    // function"); one global analysis gives every copy of a module the same code.
    optimization: { usedExports: 'global' },
    // exceljs/mammoth/docx reach for Node built-ins that the browser build does not need.
    // They are lazy-loaded chunks (dynamic import), never part of the initial task-pane chunk.
    externalsPresets: { web: true },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: areaFiles }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        // Shared runtime: the pane page also loads the functions bundle (one JavaScript context),
        // but not in its head: src/taskpane/index.tsx adds functions.js once the first step is
        // on screen, so the pane's start does not wait for it.
        chunks: ['taskpane'],
        ...(fs.existsSync(PANE_TEMPLATE)
          ? { template: PANE_TEMPLATE }
          : { templateContent: '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>ZK Beoordeling</title></head><body><div id="root"></div></body></html>' }),
        scriptLoading: 'defer',
      }),
      new HeadTagsPlugin(officeJs),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }] }),
      new ManifestPlugin(base),
    ],
    devServer: {
      port,
      server: devServerHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: officeJs === 'office.js' ? [{ directory: OFFICE_JS_LOCAL_DIR, publicPath: '/', watch: false }] : [],
      hot: false,
      liveReload: !production,
      client: { overlay: false },
    },
  };
};

module.exports.functionAreaFiles = functionAreaFiles;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
