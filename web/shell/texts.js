// The shell's texts in every language, the app's version and the limits it shares with the app
// (assets/limits.json), filled in at build time (cmake/make_page.cmake); texts.d.ts gives their
// types to tsc.
export const SHELL_TEXT = @WAYMARK_SHELL_TEXT@;
export const VERSION = "@WAYMARK_VERSION@";
export const LIMITS = @WAYMARK_LIMITS@;
