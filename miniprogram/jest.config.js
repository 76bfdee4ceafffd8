module.exports = {
  globalSetup: '<rootDir>/test/helpers/global-setup.js',
  // A page renders with the real TDesign components, compiled by wcc: slower than a stub.
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/unit/**/*.test.js'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/setup-unit.js'],
      // TDesign ships ES modules that WeChat DevTools compiles (project.config.json `es6`); jest
      // needs the same done to them.
      // ...and finds a package's own packages in the nearest miniprogram_npm/, as WeChat does.
      moduleDirectories: ['node_modules', 'miniprogram_npm'],
      transform: {
        'miniprogram_npm/.+\\.js$': ['babel-jest', { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] }]
      }
    },
    {
      displayName: 'contract',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/contract/**/*.test.js']
    }
  ]
}
