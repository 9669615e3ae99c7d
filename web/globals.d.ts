// The page's globals, for tsc --checkJs (tsconfig.json): what the shell leaves on window for
// Emscripten's generated code (Module), for tests and scripts (waymark, WaymarkStore), and what
// that code adds to Module.
interface Window {
  Module: any;
  WaymarkStore: { checksum(text: string): string; DELETED_KEPT_DAYS: number };
  waymark: any;
}
