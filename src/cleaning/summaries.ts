// "Highlights" / "In brief" boxes: a label, then bullets that restate the article in other words. The label
// goes; each bullet goes when most of its content words are in the rest of the article (it adds nothing).
import type { Line } from "./classify.js";
import { lexicon } from "./lexicon.js";
import { contentStems, wordCount } from "./text.js";

const MOST_BULLETS = 8;
const MOST_BULLET_WORDS = 45;
/** Share of a bullet's content words the rest of the article must hold. */
const RESTATED_SHARE = 0.6;

const isLabel = (s: string): boolean =>
  wordCount(s) <= 5 && lexicon.summaryLabels.has(s.toLowerCase().replace(/[\s:.-]+$/, ""));

/** Marks summary labels and the bullets after them that restate the article. */
export function markSummaryBoxes(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i] as Line;
    if (label.reason || !label.text || !isLabel(label.text)) continue;
    label.reason = "marker";
    const box: Line[] = [];
    for (let j = i + 1; j < lines.length && box.length < MOST_BULLETS; j++) {
      const l = lines[j] as Line;
      if (!l.text) continue;
      if (l.reason || wordCount(l.text) > MOST_BULLET_WORDS) break;
      box.push(l);
    }
    const inBox = new Set(box);
    const rest = new Set(
      lines.filter((l) => l !== label && !inBox.has(l) && !l.reason).flatMap((l) => contentStems(l.text)),
    );
    for (const b of box) {
      const own = new Set(contentStems(b.text));
      let found = 0;
      for (const s of own) if (rest.has(s)) found++;
      if (own.size === 0 || found / own.size < RESTATED_SHARE) break;
      b.reason = "repeated";
    }
  }
}
