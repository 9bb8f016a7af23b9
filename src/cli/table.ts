// Tables for humans: a header row, columns as wide as their content up to a limit, and one column that
// takes what is left of the line. A cell too long for its column is cut with "…", so a long name never
// pushes the next columns out of line. Widths count what a terminal shows: a CJK character or an emoji
// takes two cells, a combining accent none.
import { printable } from "./terminal.js";

export interface Column {
  header: string;
  /** The most cells the column may take (default: as wide as its widest value). */
  max?: number;
  align?: "right";
  /** Takes the rest of the line (the last such column); cut to fit it. */
  fill?: boolean;
  /** Never cut (an id the user will type again). */
  keep?: boolean;
}

const GAP = "  ";
/** When stdout is not a terminal (a pipe, a file), lines are laid out for this many cells. */
export const FIXED_WIDTH = 120;
/** A fill column keeps at least this much, even on a narrow terminal. */
const MIN_FILL = 12;
/** Other columns give up cells on a narrow terminal down to this. */
const MIN_SHRUNK = 10;

/** The line width to lay tables out for: the terminal's when stdout is one, else FIXED_WIDTH. */
export function lineWidth(): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  return columns && columns > 20 ? columns : FIXED_WIDTH;
}

function charWidth(cp: number, ch: string): number {
  if (/\p{M}/u.test(ch) || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f))
    return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f000 && /\p{Extended_Pictographic}/u.test(ch)) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** Cells a string takes on a terminal. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0) ?? 0, ch);
  return w;
}

/** The string cut to at most `width` cells, ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  let w = 0;
  for (const ch of text) {
    const c = charWidth(ch.codePointAt(0) ?? 0, ch);
    if (w + c > width - 1) break;
    out += ch;
    w += c;
  }
  return `${out}…`;
}

function pad(text: string, width: number, align?: "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/**
 * The header line, then one line per row (so callers can put notes under a row: line i + 1 is row i).
 * Cells are made printable (control characters escaped) before they are measured.
 */
export function renderTable(columns: Column[], rows: string[][], width = lineWidth()): string[] {
  const cells = rows.map((r) => columns.map((_, i) => printable(r[i] ?? "")));
  const widths = columns.map((c, i) => {
    const natural = Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? "")));
    return c.keep ? natural : Math.min(natural, Math.max(c.max ?? natural, displayWidth(c.header)));
  });
  const fill = columns.map((c) => c.fill === true).lastIndexOf(true);
  if (fill !== -1) {
    const others = widths.reduce((s, w, i) => (i === fill ? s : s + w), 0);
    const room = width - others - GAP.length * (columns.length - 1);
    widths[fill] = Math.min(
      widths[fill] ?? 0,
      Math.max(room, MIN_FILL, displayWidth(columns[fill]?.header ?? "")),
    );
  }
  // Still too wide (a narrow terminal): the widest other columns give up cells, down to MIN_SHRUNK.
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP.length * (columns.length - 1);
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (i !== fill && !columns[i]?.keep && w > MIN_SHRUNK && (widest === -1 || w > (widths[widest] ?? 0)))
        widest = i;
    });
    if (widest === -1) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        const w = widths[i] ?? 0;
        // The last column is not padded: no trailing blanks.
        return i === values.length - 1 && columns[i]?.align !== "right"
          ? truncate(v, w)
          : pad(truncate(v, w), w, columns[i]?.align);
      })
      .join(GAP)
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)];
}
