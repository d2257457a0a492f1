// Type checking is `npm run typecheck`; here ts-jest only transpiles (TypeScript, and the ES modules of PnPjs and d3).
const transform = {
  '^.+\\.(tsx?|jsx?|mjs)$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }]
};
const shared = {
  transform,
  // PnPjs, the d3 modules behind Fluent UI charting and the fetch that @microsoft/app-manifest loads ship only as ES modules.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp/|d3-|internmap/|@microsoft/app-manifest/|strip-bom/|node-fetch/|data-uri-to-buffer/|fetch-blob/|formdata-polyfill/))'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json']
};

/** @type {import('jest').Config} */
module.exports = {
  // Browser tests and the 50,000-item tests take seconds each, more on a loaded 2-core CI machine.
  testTimeout: 30_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/{domain,data,ui,tools,emulator,workbench}/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'apps',
      testEnvironment: '<rootDir>/test/support/jsdomWithFetch.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/setupApps.ts'],
      testMatch: ['<rootDir>/test/apps/**/*.test.tsx']
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
      globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'package',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/package/buildPackage.ts',
      testMatch: ['<rootDir>/test/package/**/*.test.ts']
    }
  ]
};
