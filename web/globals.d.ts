// The page's globals, for tsc --checkJs (tsconfig.json): what one script leaves for the next, and
// what Emscripten's generated code provides.
interface Window {
  WAYMARK_SHELL_TEXT: Record<string, Record<string, string>>;
  WAYMARK_VERSION: string;
  WAYMARK_LIMITS: { maxPlanFileBytes: number; maxTextCharacters: number };
  WaymarkStore: any;
  waymark: any;
}
declare var Module: any;
