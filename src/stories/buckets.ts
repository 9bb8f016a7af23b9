// Candidate buckets: numeric key → document numbers. Most keys hold one document, so a lone number
// is stored without an array (keeps 100k documents × 16 bands small).
export class Buckets {
  private readonly map = new Map<number, number | number[]>();

  add(key: number, doc: number): void {
    const cur = this.map.get(key);
    if (cur === undefined) this.map.set(key, doc);
    else if (typeof cur === "number") {
      if (cur !== doc) this.map.set(key, [cur, doc]);
    } else if (cur[cur.length - 1] !== doc) cur.push(doc);
  }

  /** Calls fn for the documents under key, at most the `limit` newest, oldest first. */
  each(key: number, fn: (doc: number) => void, limit = Number.POSITIVE_INFINITY): void {
    const cur = this.map.get(key);
    if (cur === undefined) return;
    if (typeof cur === "number") fn(cur);
    else for (let i = Math.max(0, cur.length - limit); i < cur.length; i++) fn(cur[i] as number);
  }

  get size(): number {
    return this.map.size;
  }
}
