// The shell's texts in every language, the app's version and the limits it shares with the app
// (assets/limits.json), filled in at build time (cmake/make_page.cmake). A file of its own so the page needs no inline script (its
// Content-Security-Policy allows scripts from this site only).
window.WAYMARK_SHELL_TEXT = @WAYMARK_SHELL_TEXT@;
window.WAYMARK_VERSION = "@WAYMARK_VERSION@";
window.WAYMARK_LIMITS = @WAYMARK_LIMITS@;
