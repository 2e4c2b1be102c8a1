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

describe('functions.json', () => {
  it('is generated from the JSDoc of every area file without errors, one id per function, each described', async () => {
    const { generateCustomFunctionsMetadata } = require('custom-functions-metadata') as {
      generateCustomFunctionsMetadata: (input: string[], log?: boolean) => Promise<{ metadataJson: string; associate: { id: string }[]; errors: string[] }>;
    };
    const path = require('node:path') as typeof import('node:path');
    const files = config.functionAreaFiles().map((f) => path.resolve(__dirname, '..', f));
    const result = await generateCustomFunctionsMetadata(files, false);
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson) as { functions: { id: string; description?: string }[] };
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).toContain('VERSION');
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of metadata.functions) expect(f.description ?? '').not.toBe('');
    expect(result.associate.map((a) => a.id).sort()).toEqual([...ids].sort());
  });
});
