// What Emscripten 3.1.6 gives the JavaScript libraries in this folder, for tsc --checkJs
// (tsconfig.json here) and, by the same names, ESLint (eslint.config.js): the library
// registry they join at link time, and the runtime they run inside once linked.
declare var LibraryManager: { library: Record<string, unknown> };
declare function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void;
declare function UTF8ToString(pointer: number): string;
declare var HEAPU8: Uint8Array;
// The app's Module object (web/shell/main.js fills it in; the runtime adds the exports).
declare var Module: any;
// library_glfw.js's state, pulled in with __deps: ['$GLFW'].
declare var GLFW: any;
// Safari's AudioContext before it lost the prefix.
interface Window { webkitAudioContext?: typeof AudioContext }
