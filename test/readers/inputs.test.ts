import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readStream } from "../../src/readers/index.js";
import { collect, fixtures, read, readOne, tempDir, write } from "./helpers.js";

const ARTICLE = "ANKARA — Turkey and Azerbaijan signed an energy agreement on Thursday.\n";

describe("directories and ids", () => {
  it("reads a directory recursively in sorted order, with ids from file names", async () => {
    const { docs, errors } = await read([join(fixtures, "corpus")]);
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(["news-001", "brief", "wire-17", "records-2"]);
    expect(docs[1]?.origin.path).toBe(join(fixtures, "corpus/wire/brief.html"));
  });

  it("strips all extensions, skips hidden files, makes duplicate ids unique, is deterministic", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "b"));
    mkdirSync(join(dir, "a"));
    write(dir, "b/abc.html.gz", gzipSync("<html><body><p>Hi</p></body></html>"));
    write(dir, "a/abc.txt", ARTICLE);
    write(dir, "Zeta.v2.txt", ARTICLE);
    write(dir, ".DS_Store", "junk");
    symlinkSync(dir, join(dir, "a/loop")); // must not recurse forever
    const first = await read([dir]);
    expect(first.errors).toEqual([]);
    expect(first.docs.map((d) => [d.id, d.origin.path])).toEqual([
      ["Zeta", join(dir, "Zeta.v2.txt")],
      ["abc", join(dir, "a/abc.txt")],
      [expect.stringMatching(/^abc~[0-9a-f]{8}$/), join(dir, "b/abc.html.gz")],
    ]);
    expect(first.docs[2]?.contentType).toBe("html");
    const second = await read([dir]);
    expect(second.docs.map((d) => d.id)).toEqual(first.docs.map((d) => d.id));
  });

  it("reads a file once however often and however it is named in one run", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    const file = write(dir, "sub/talks.txt", ARTICLE);
    symlinkSync(file, join(dir, "link.txt"));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { docs, errors } = await read(["sub/talks.txt", "./sub/talks.txt", "sub", file, "link.txt"]);
      expect(errors).toEqual([]);
      expect(docs.map((d) => d.id)).toEqual(["talks"]);
    } finally {
      process.chdir(cwd);
    }
  });

  it("gives a clashing file an id of its own, whatever else the run read and in which order", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    mkdirSync(join(dir, "c"));
    const a = write(dir, "a/report.txt", ARTICLE);
    const b = write(dir, "b/report.txt", ARTICLE);
    const c = write(dir, "c/report.txt", ARTICLE);
    const ids = async (paths: string[]) =>
      new Map((await read(paths)).docs.map((d) => [d.origin.path, d.id]));
    const abc = await ids([a, b, c]);
    expect(abc.get(a)).toBe("report");
    expect(abc.get(b)).toMatch(/^report~[0-9a-f]{8}$/);
    expect(new Set(abc.values()).size).toBe(3);
    // c's id does not depend on whether b was read before it.
    expect((await ids([a, c])).get(c)).toBe(abc.get(c));
    expect((await ids([a, c, b])).get(b)).toBe(abc.get(b));
  });

  it("reads several paths in the order given", async () => {
    const dir = tempDir();
    const z = write(dir, "z.txt", ARTICLE);
    const a = write(dir, "a.txt", ARTICLE);
    const { docs } = await read([z, a]);
    expect(docs.map((d) => d.id)).toEqual(["z", "a"]);
  });
});

describe("gzip", () => {
  it("decompresses .gz transparently and picks the reader from the inner extension", async () => {
    const dir = tempDir();
    const text = await readOne(write(dir, "story.txt.gz", gzipSync(ARTICLE)));
    expect(text.id).toBe("story");
    expect(text.content).toBe(ARTICLE);
    const lines = await read([
      write(dir, "batch.jsonl.gz", gzipSync('{"id":"g1","text":"a"}\n{"id":"g2","text":"b"}\n')),
    ]);
    expect(lines.docs.map((d) => d.id)).toEqual(["g1", "g2"]);
  });

  it("recognises gzip by its magic bytes even without .gz", async () => {
    const dir = tempDir();
    const doc = await readOne(write(dir, "noext", gzipSync(ARTICLE)));
    expect(doc.content).toBe(ARTICLE);
  });

  it("reports a truncated gzip", async () => {
    const dir = tempDir();
    const whole = gzipSync(ARTICLE.repeat(50));
    const path = write(dir, "cut.txt.gz", whole.subarray(0, whole.length - 12));
    const { docs, errors } = await read([path]);
    expect(docs).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([`${path}: truncated or corrupt gzip`]);
  });

  it("reports a corrupt gzip", async () => {
    const dir = tempDir();
    const bytes = Buffer.from(gzipSync(ARTICLE.repeat(50)));
    bytes.fill(0x55, 20, 40);
    const path = write(dir, "bad.txt.gz", bytes);
    const { errors } = await read([path]);
    expect(errors.map((e) => e.message)).toEqual([`${path}: truncated or corrupt gzip`]);
  });
});

describe("stdin", () => {
  it("reads a stream, choosing the reader by content", async () => {
    const lines = '{"id":"s1","text":"From a pipe."}\n{"text":"Second."}\n';
    const { docs } = await collect(readStream(Readable.from([Buffer.from(lines)])));
    expect(docs.map((d) => [d.id, d.origin.path, d.origin.format])).toEqual([
      ["s1", "-", "json"],
      ["stdin-2", "-", "json"],
    ]);
    const gz = await collect(readStream(Readable.from([gzipSync(ARTICLE)])));
    expect(gz.docs[0]?.id).toBe("stdin");
    expect(gz.docs[0]?.content).toBe(ARTICLE);
  });

  it('reads "-" from the real stdin', () => {
    const script =
      'import { readInputs } from "./src/readers/index.ts";' +
      'for await (const d of readInputs(["-"])) console.log(JSON.stringify([d.id, d.origin.path, d.content]));';
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      input: ARTICLE,
      encoding: "utf8",
      cwd: new URL("../../", import.meta.url).pathname,
    });
    expect(result.stderr).not.toMatch(/Error/);
    expect(JSON.parse(result.stdout)).toEqual(["stdin", "-", ARTICLE]);
  });
});

describe("bad input never stops the batch", () => {
  it("reports each bad input by path and still reads the good ones", async () => {
    const dir = tempDir();
    const empty = write(dir, "empty.txt", "");
    const blank = write(dir, "blank.txt", "  \n\n ");
    const binary = write(
      dir,
      "photo.txt",
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0, 1, 2, 0, 0, 0, 0, 9]),
    );
    const emptyGz = write(dir, "empty.txt.gz", gzipSync(""));
    const good = write(dir, "good.txt", ARTICLE);
    const missing = join(dir, "missing.txt");
    const { docs, errors } = await read([empty, blank, binary, emptyGz, missing, good]);
    expect(docs.map((d) => d.id)).toEqual(["good"]);
    expect(errors.map((e) => e.message)).toEqual([
      `${empty}: empty file`,
      `${blank}: empty file`,
      `${binary}: binary file, not text`,
      `${emptyGz}: empty file`,
      `${missing}: no such file or directory`,
    ]);
  });

  it("refuses a 50 MB text file with a clear message, plain or gzipped", async () => {
    const dir = tempDir();
    const big = Buffer.alloc(50 * 1024 * 1024, "Seoul and Tokyo held talks. ");
    const plain = write(dir, "huge.txt", big);
    const gz = write(dir, "huge2.txt.gz", gzipSync(big));
    const after = write(dir, "small.txt", ARTICLE);
    const { docs, errors } = await read([plain, gz, after]);
    expect(errors.map((e) => e.message)).toEqual([
      `${plain}: file too large (50 MB > 20 MB limit)`,
      `${gz}: file too large (over 20 MB limit after decompression)`,
    ]);
    expect(docs.map((d) => d.id)).toEqual(["small"]);
  });

  it("reads a file just under a custom limit and refuses one just over", async () => {
    const dir = tempDir();
    const ok = write(dir, "ok.txt", "x".repeat(1000));
    const over = write(dir, "over.txt", "x".repeat(1001));
    const { docs, errors } = await read([ok, over], { maxDocumentBytes: 1000 });
    expect(docs.map((d) => d.id)).toEqual(["ok"]);
    expect(errors[0]?.message).toMatch(/over\.txt: file too large/);
  });

  it("turns a read error into an InputError naming the path", async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
      },
    });
    const { errors } = await collect(readStream(failing, { path: "locked/story.txt", name: "story.txt" }));
    expect(errors.map((e) => e.message)).toEqual(["locked/story.txt: permission denied"]);
  });

  it.skipIf(process.getuid?.() === 0)("reports a file and a directory it may not read", async () => {
    const dir = tempDir();
    const file = write(dir, "secret.txt", ARTICLE);
    mkdirSync(join(dir, "closed"));
    writeFileSync(join(dir, "closed/inside.txt"), ARTICLE);
    chmodSync(file, 0o000);
    chmodSync(join(dir, "closed"), 0o000);
    try {
      const { errors } = await read([dir]);
      expect(errors.map((e) => e.message).sort()).toEqual([
        `${join(dir, "closed")}: permission denied`,
        `${file}: permission denied`,
      ]);
    } finally {
      chmodSync(join(dir, "closed"), 0o755);
    }
  });
});
