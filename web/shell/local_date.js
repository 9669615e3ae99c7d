// Today in the user's calendar, as plan files write dates (YYYY-MM-DD).
export function localDate() {
  const d = new Date();
  return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"), String(d.getDate()).padStart(2, "0")].join("-");
}
