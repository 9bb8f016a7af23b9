// The Zyte Article Extraction Benchmark metric, ported from the suite's score_aeb.py:
// bags of word 4-gram shingles per document, tp/fp/fn normalised per document,
// then macro-averaged precision and recall; F1 from the two means.

/** Python's `\w+` with re.UNICODE: letters, numbers (any category) and underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SEP = "\u0001";

function shingles(text: string, n = 4): Map<string, number> {
  const toks = text.match(TOKEN) ?? [];
  const bag = new Map<string, number>();
  // Like the Python: a text shorter than n still gives one (shorter) shingle; an empty one none.
  const last = Math.max(1, toks.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = toks.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join(SEP);
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

export interface DocCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Shingle overlap of one document, as fractions of all shingles involved. */
export function docCounts(truth: string, pred: string): DocCounts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

function prec({ tp, fp, fn }: DocCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function rec({ tp, fp, fn }: DocCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Scores predictions (id → text) against ground truth (id → text); ids missing from predictions count as "". */
export function scoreAeb(truth: Map<string, string>, pred: Map<string, string>): Score {
  const P: number[] = [];
  const R: number[] = [];
  for (const [id, text] of truth) {
    const c = docCounts(text, pred.get(id) ?? "");
    if (c.tp + c.fp > 0) P.push(prec(c));
    if (c.tp + c.fn > 0) R.push(rec(c));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(P);
  const recall = mean(R);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
