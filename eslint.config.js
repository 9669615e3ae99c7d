// ESLint for every JavaScript file we write (scripts/lint.sh runs it in the test command): the
// page's shell and store (classic scripts in the browser), the service worker, the Emscripten
// libraries of the platform layer, and the Node scripts, servers and tests (ES modules).
import js from '@eslint/js';
import globals from 'globals';

export default [
  // texts.js and sw.js are templates CMake fills in (@NAME@), not JavaScript until then.
  { ignores: ['node_modules/', 'build*/', 'web/texts.js', 'web/sw.js'] },
  js.configs.recommended,
  {
    files: ['web/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, Module: 'writable' } },
  },
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
    // Plan together's room code: ES modules for the browser (bundled as together.js) and Node.
    files: ['web/together/**/*.js'],
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
