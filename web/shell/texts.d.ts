// The types of texts.js, which is JavaScript only once CMake has filled it in.
export const SHELL_TEXT: Record<string, Record<string, string>>;
export const VERSION: string;
export const LIMITS: { maxPlanFileBytes: number; maxTextCharacters: number };
export const CODES: { StorageProblem: string[]; StoredRefusal: string[]; SharedLinkRead: string[] };
