// The page's language and its texts (assets/i18n/<lang>/shell.json, inlined at build into
// texts.js). One language for the page and the app: the user's choice when they made one, else
// the first of the browser's languages Waymark speaks, else English.
import { SHELL_TEXT as texts } from "./texts.js";

const languageKey = "waymark.language";
const storedLanguage = (() => { try { return localStorage.getItem(languageKey); } catch { return null; } })();
const browserLanguages = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"])
  .map((l) => String(l).slice(0, 2).toLowerCase());
let lang = [storedLanguage, ...browserLanguages].find((l) => l && texts[l]) || "en";

// The language the app is shown in ("en", "de", "id").
export const language = () => lang;

export const text = (key, args = {}) => {
  const raw = (texts[lang] && texts[lang][key]) || texts.en[key] || key;
  return raw.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m));
};

const translatePage = () => {
  document.documentElement.lang = lang;
  document.getElementById("status").querySelector(".message").textContent = text("shell.loading");
  document.getElementById("canvas").setAttribute("aria-label", text("shell.canvas_label"));
  document.getElementById("text-sink").setAttribute("aria-label", text("shell.text_entry_label"));
};
translatePage();

// The user chose a language in the app: kept for the next visit, and the page follows.
export function chooseLanguage(code) {
  lang = texts[code] ? code : "en";
  try { localStorage.setItem(languageKey, lang); } catch { /* private mode: the choice lasts this visit */ }
  translatePage();
}
