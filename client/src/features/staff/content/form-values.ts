// What the studio's editors send for an optional text field: the trimmed text, or null when nothing was typed.
export const trimmedOrNull = (text: string): string | null => (text.trim() ? text.trim() : null);
