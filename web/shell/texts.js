// The shell's texts in every language, the app's version, and what the page shares with the app:
// its limits (assets/limits.json) and the codes the two pass by number (assets/page_codes.json,
// index = number). Filled in at build time (cmake/make_page.cmake); texts.d.ts gives their types
// to tsc.
export const SHELL_TEXT = @WAYMARK_SHELL_TEXT@;
export const VERSION = "@WAYMARK_VERSION@";
export const LIMITS = @WAYMARK_LIMITS@;
export const CODES = @WAYMARK_PAGE_CODES@;
