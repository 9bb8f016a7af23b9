// How a user's knowledge file extends the shipped one with the same path: lists are appended to
// (a record whose key matches a shipped record's replaces it in place), maps are merged key by key
// (a user key wins, or extends when both values are lists or maps), any other value is replaced.

type Json = unknown;

const isMap = (v: Json): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `keys`: for a top-level list of records, the field that identifies a record ("id", "code"). */
export function mergeTable(shipped: Json, user: Json, keys: Record<string, string> = {}): Json {
  if (!isMap(shipped) || !isMap(user)) return mergeValue(shipped, user, undefined);
  const out: Record<string, Json> = { ...shipped };
  for (const [k, v] of Object.entries(user)) out[k] = mergeValue(shipped[k], v, keys[k]);
  return out;
}

function mergeValue(shipped: Json, user: Json, key: string | undefined): Json {
  if (Array.isArray(shipped) && Array.isArray(user))
    return key ? byKey(shipped, user, key) : [...shipped, ...user];
  if (isMap(shipped) && isMap(user)) {
    const out: Record<string, Json> = { ...shipped };
    for (const [k, v] of Object.entries(user))
      out[k] = k in shipped ? mergeValue(shipped[k], v, undefined) : v;
    return out;
  }
  return user;
}

function byKey(shipped: Json[], user: Json[], key: string): Json[] {
  const out = [...shipped];
  const at = new Map<Json, number>();
  out.forEach((r, i) => {
    if (isMap(r)) at.set(r[key], i);
  });
  for (const r of user) {
    const i = isMap(r) ? at.get(r[key]) : undefined;
    if (i === undefined) {
      if (isMap(r)) at.set(r[key], out.length);
      out.push(r);
    } else out[i] = r;
  }
  return out;
}
