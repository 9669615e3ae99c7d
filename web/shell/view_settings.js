// The theme and UI scale chosen under "View", kept like the language; the app ignores what it
// cannot use (ui/kit/view_settings.h), so a damaged value only costs the choice.
const viewSettingsKey = "waymark.view";

export const storedViewSettings = (() => { try { return localStorage.getItem(viewSettingsKey) || ""; } catch { return ""; } })();

export function keepViewSettings(json) {
  try { localStorage.setItem(viewSettingsKey, json); } catch { /* private mode: the choice lasts this visit */ }
}
