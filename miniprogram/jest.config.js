// Unit tests and the page gallery render pages the same way.
const PAGES = {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/test/helpers/setup-unit.js'],
  // TDesign ships ES modules that WeChat DevTools compiles (project.config.json `es6`); jest needs
  // the same done to them...
  transform: {
    'miniprogram_npm/.+\\.js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }]
  },
  // ...and finds a package's own packages in the nearest miniprogram_npm/, as WeChat does.
  moduleDirectories: ['node_modules', 'miniprogram_npm'],
  // uCharts draws on a canvas jsdom does not have: a stand-in records what it was asked to draw.
  moduleNameMapper: { '^@qiun/ucharts$': '<rootDir>/test/helpers/ucharts.js' }
}

module.exports = {
  globalSetup: '<rootDir>/test/helpers/global-setup.js',
  // A page renders with the real TDesign components, compiled by wcc: slower than a stub.
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  projects: [
    Object.assign({ displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.js'] }, PAGES),
    // The page gallery: every page drawn to ../docs/screenshots/ by headless Chromium.
    Object.assign({ displayName: 'gallery', testMatch: ['<rootDir>/test/gallery/**/*.test.js'] }, PAGES),
    {
      displayName: 'contract',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/contract/**/*.test.js']
    }
  ]
}
