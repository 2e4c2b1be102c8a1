'use strict';
/**
 * Test-only build of the fake Excel host for browser tests: out/fake-office.js (never in dist/).
 * Load it before the pane's scripts, e.g. Playwright `page.addInitScript({ path: 'out/fake-office.js' })`.
 */
const path = require('node:path');

module.exports = {
  mode: 'development',
  devtool: false,
  entry: { 'fake-office': './test/fake-excel/browser.ts' },
  output: { path: path.join(__dirname, 'out'), filename: '[name].js', iife: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } },
      },
    ],
  },
};
