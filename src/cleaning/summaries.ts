// "Highlights" / "In brief" boxes: a label, then bullets that restate the article in other words. The label
// goes; each bullet goes when most of its content words are in the rest of the article (it adds nothing).
import type { Line } from "./classify.js";
import { lexicon } from "./lexicon.js";
import { contentStems, wordCount } from "./text.js";

const MOST_BULLETS = 8;
const MOST_BULLET_WORDS = 45;
/** A box without bullet marks: a few short lines. */
const MOST_PLAIN_LINES = 5;
const MOST_PLAIN_WORDS = 25;
/** Share of a bullet's content words the rest of the article must hold. */
const RESTATED_SHARE = 0.6;

const isLabel = (s: string): boolean =>
  wordCount(s) <= 5 && lexicon().summaryLabels.has(s.toLowerCase().replace(/[\s:.-]+$/, ""));

const BULLET = /^[•·▪►*–—-]/;

/** Marks summary labels and the bullets after them that restate the article (what follows the bullet). */
export function markSummaryBoxes(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i] as Line;
    if (label.reason || !label.text || !isLabel(label.text)) continue;
    label.reason = "marker";
    const box = boxAfter(lines, i);
    const inBox = new Set(box.bulleted ? box.lines : []);
    for (const b of box.lines) {
      // Bullets are checked against the article after the box; unmarked lines against what follows them.
      const after = lines.slice(lines.indexOf(b) + 1).filter((l) => !l.reason && !inBox.has(l));
      const rest = new Set(after.flatMap((l) => contentStems(l.text)));
      const own = new Set(contentStems(b.text));
      let found = 0;
      for (const s of own) if (rest.has(s)) found++;
      if (own.size === 0 || found / own.size < RESTATED_SHARE) break;
      b.reason = "repeated";
    }
  }
}

/** The lines of the box after a label: its bullets, or else a few short lines. */
function boxAfter(lines: Line[], label: number): { lines: Line[]; bulleted: boolean } {
  const next = lines.slice(label + 1).filter((l) => l.text);
  const bulleted = BULLET.test(next[0]?.text ?? "");
  const box: Line[] = [];
  for (const l of next) {
    if (l.reason || box.length >= (bulleted ? MOST_BULLETS : MOST_PLAIN_LINES)) break;
    if (bulleted ? !BULLET.test(l.text) : wordCount(l.text) > MOST_PLAIN_WORDS) break;
    if (wordCount(l.text) > MOST_BULLET_WORDS) break;
    box.push(l);
  }
  return { lines: box, bulleted };
}
