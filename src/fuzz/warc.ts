// WARC files as crawlers write them: warcinfo, request/response pairs (HTML pages, redirects, errors),
// WET-style text conversions and metadata, each record framed by its byte Content-Length.
import { renderHtml } from "../bench/corpus-html.js";
import { body, type Rng, type Story, url } from "./records.js";

function record(type: string, target: string | null, contentType: string, block: Buffer, n: number): Buffer {
  const head = [
    "WARC/1.0",
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, "0")}>`,
    "WARC-Date: 2024-03-11T08:00:00Z",
    ...(target ? [`WARC-Target-URI: ${target}`] : []),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ].join("\r\n");
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from("\r\n\r\n")]);
}

function http(status: string, mime: string, payload: string): Buffer {
  const bytes = Buffer.from(payload);
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${mime}\r\nContent-Length: ${bytes.length}\r\n\r\n`),
    bytes,
  ]);
}

export function warc(rng: Rng, stories: Story[]): Buffer {
  let n = 0;
  const out = [
    record("warcinfo", null, "application/warc-fields", Buffer.from("software: dyad-fuzz\r\n"), n++),
  ];
  for (const s of stories) {
    const target = url(rng, s);
    if (rng.chance(0.5))
      out.push(
        record(
          "request",
          target,
          "application/http; msgtype=request",
          Buffer.from(`GET / HTTP/1.1\r\nHost: example.org\r\n\r\n`),
          n++,
        ),
      );
    const kind = rng.int(0, 9);
    const msg = "application/http; msgtype=response";
    if (kind === 0)
      out.push(record("response", target, msg, http("301 Moved Permanently", "text/html", ""), n++));
    else if (kind === 1)
      out.push(
        record("response", target, msg, http("404 Not Found", "text/html", "<h1>Not found</h1>"), n++),
      );
    else if (kind === 2)
      out.push(record("conversion", target, "text/plain", Buffer.from(`${s.title}\n\n${body(s)}`), n++));
    else if (kind === 3)
      out.push(
        record("metadata", target, "application/warc-fields", Buffer.from("fetchTimeMs: 120\r\n"), n++),
      );
    else {
      const charset = rng.pick(["", "; charset=utf-8", "; charset=ISO-8859-1", "; charset=bogus"]);
      out.push(
        record(
          "response",
          target,
          msg,
          http("200 OK", `text/html${charset}`, renderHtml(rng, s, `w${n}`)),
          n++,
        ),
      );
    }
  }
  return Buffer.concat(out);
}
