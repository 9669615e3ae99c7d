// ESLint for every JavaScript file we write (scripts/lint.sh runs it in the test command): the
// page's shell and Plan together's code (ES modules in the browser), the platform layer's
// Emscripten libraries, and the Node scripts, servers and tests (ES modules).
import js from '@eslint/js';
import globals from 'globals';

export default [
  // texts.js and sw.js are templates CMake fills in (@NAME@), not JavaScript until then.
  { ignores: ['node_modules/', 'build*/', 'web/shell/texts.js', 'web/sw.js'] },
  js.configs.recommended,
  {
    // The Emscripten libraries the C++ platform layer calls (cmake/web.cmake links them): scripts
    // that join Emscripten's library registry, with its runtime's names (src/platform/js/emscripten.d.ts).
    files: ['src/platform/js/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, mergeInto: 'readonly', LibraryManager: 'readonly', UTF8ToString: 'readonly',
                 HEAPU8: 'readonly', Module: 'readonly', GLFW: 'readonly' },
    },
  },
  {
    // The page's shell (web/shell/) and Plan together's room code (web/together/, bundled as
    // together.js; it runs in Node's tests too): ES modules for the browser.
    files: ['web/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // Code handed to page.evaluate() and addInitScript() runs in the page.
    files: ['tests/e2e/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none', argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
];
