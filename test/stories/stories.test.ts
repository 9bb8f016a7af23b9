import { describe, expect, it } from "vitest";
import { encodeSignature } from "../../src/stories/serialize.js";
import { signatureOf } from "../../src/stories/signature.js";
import { StoryIndex } from "../../src/stories/story-index.js";
import type { StorySignature } from "../../src/stories/types.js";
import {
  followUp,
  laterMeeting,
  original,
  otherOutlet,
  portalCopy,
  sameWeekMeeting,
  undated,
  unrelated,
} from "./fixtures.js";
import { doc } from "./helpers.js";

const sig = (s: Parameters<typeof doc>[0]) => signatureOf(doc(s));
const all = [original, unrelated, otherOutlet, portalCopy, sameWeekMeeting, followUp, laterMeeting, undated];

function run(sigs: StorySignature[], index = new StoryIndex()) {
  return sigs.map((s) => ({ id: s.id, ...index.add(s) }));
}

describe("stories", () => {
  it("puts two outlets' reports of one meeting in the same story", () => {
    const r = run([sig(original), sig(otherOutlet)]);
    expect(r[1]?.story).toBe(r[0]?.story);
  });

  it("keeps meetings of the same two ministers on different dates apart", () => {
    const r = run([sig(original), sig(laterMeeting)]);
    expect(r[1]?.story).not.toBe(r[0]?.story);
  });

  it("keeps a second meeting in the same week apart (the dates in the text differ)", () => {
    const r = run([sig(original), sig(otherOutlet), sig(sameWeekMeeting)]);
    expect(r[2]?.story).toBe("s-lima-2");
  });

  it("gives a follow-up criticism days later its own story", () => {
    const r = run([sig(original), sig(followUp)]);
    expect(r[1]?.story).toBe("s-times-8");
  });

  it("does not attach an undated report by actors alone", () => {
    const r = run([sig(original), sig(undated)]);
    expect(r[1]?.story).toBe("s-blog-1");
  });

  it("gives the same result one by one, in batches and from a rebuilt index", () => {
    const sigs = all.map(sig);
    const oneShot = run(sigs);
    const index = new StoryIndex();
    const first = run(sigs.slice(0, 3), index);
    // A new ingest: the index is rebuilt from the stored signatures, then the next batch is added.
    const rebuilt = StoryIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    const second = run(sigs.slice(3), rebuilt);
    expect([...first, ...second].map(({ id, story, duplicateOf }) => ({ id, story, duplicateOf }))).toEqual(
      oneShot.map(({ id, story, duplicateOf }) => ({ id, story, duplicateOf })),
    );
  });

  it("is deterministic and ids do not depend on anything but the order", () => {
    const a = run(all.map(sig));
    const b = run(all.map(sig));
    expect(a).toEqual(b);
    expect(new Set(a.map((x) => x.story))).toEqual(
      new Set(["s-wire-1", "s-asia-4", "s-lima-2", "s-times-8", "s-wire-9", "s-blog-1"]),
    );
  });

  it("returns the current assignment when a document is added twice", () => {
    const index = new StoryIndex();
    run([sig(original), sig(otherOutlet)], index);
    expect(index.add(sig(otherOutlet)).story).toBe("s-wire-1");
    expect(index.size).toBe(2);
  });

  it("stores signatures as small JSON", () => {
    const e = encodeSignature(sig(original));
    expect(typeof e.copy).toBe("string");
    expect(JSON.stringify(e).length).toBeLessThan(2000);
  });
});
