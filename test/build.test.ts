/**
 * The build configuration, checked without running webpack: which files feed functions.json,
 * and which origins the task pane may load from.
 */
const config = require('../webpack.config.js') as {
  functionAreaFiles: () => string[];
  contentSecurityPolicy: (officeJs: string | null) => string;
};

describe('webpack configuration', () => {
  it('feeds every src/functions file with @customfunction to functions.json, and no helper', () => {
    const files = config.functionAreaFiles();
    expect(files).toContain('./src/functions/about.ts');
    expect(files).not.toContain('./src/functions/errors.ts');
    expect(files).not.toContain('./src/functions/version.ts');
  });

  it('allows scripts only from our own origin and the office.js CDN', () => {
    const csp = config.contentSecurityPolicy('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const origins = new Set(csp.match(/https:\/\/[^\s;]+/g));
    expect([...origins]).toEqual(['https://appsforoffice.microsoft.com']);
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).not.toMatch(/unsafe-eval|\*/);
    expect(config.contentSecurityPolicy(null)).not.toContain('https://');
  });
});
