// Peer for bench/timex_benchmark.cc and tools/eval/timex_peers.sh: finds and
// resolves dates in articles with the `chrono-node` package's Indonesian
// parser (chrono.id), each against its publication date.
//   node chrono_timex.js ARTICLES.jsonl PASSES [OUT_DIR]
// ARTICLES.jsonl: one {"id","published","text"} object a line.
// Prints one line "RESULT <seconds per pass> <articles> <bytes>" (the parse
// loop only); with OUT_DIR, writes OUT_DIR/<id>.json with a "timex" list in
// warta's output form (character offsets, TIMEX3 values) for score.py.
const fs = require("fs");
const path = require("path");
const chrono = require("chrono-node");

const [, , articlesPath, passesArg, outDir] = process.argv;
const articles = fs.readFileSync(articlesPath, "utf8").split("\n")
  .filter((l) => l.trim().length > 0).map((l) => JSON.parse(l));
const passes = Math.max(1, parseInt(passesArg || "3", 10));

function reference(a) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(a.published || "");
  return m ? new Date(+m[1], +m[2] - 1, +m[3], 12, 0, 0) : new Date(2000, 0, 1, 12);
}
const pad = (n, w) => String(n).padStart(w, "0");

// TIMEX3 value of a parsed date: as precise as chrono is certain of.
function value(c) {
  const y = pad(c.get("year"), 4), m = pad(c.get("month"), 2), d = pad(c.get("day"), 2);
  if (c.isCertain("day") || c.isCertain("weekday") || c.isCertain("hour")) return `${y}-${m}-${d}`;
  if (c.isCertain("month")) return `${y}-${m}`;
  if (c.isCertain("year")) return y;
  return `${y}-${m}-${d}`;
}

// JavaScript indexes count UTF-16 units; the scorer counts code points.
function codePoints(text, utf16) { return Array.from(text.slice(0, utf16)).length; }

const parse = (a) => chrono.id.parse(a.text, reference(a));
let bytes = 0;
for (const a of articles) bytes += Buffer.byteLength(a.text, "utf8");
for (const a of articles.slice(0, 20)) parse(a);  // warm-up
const start = process.hrtime.bigint();
let sink = 0;
for (let p = 0; p < passes; ++p) for (const a of articles) sink += parse(a).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9 / passes;

if (outDir) {
  for (const a of articles) {
    const timex = parse(a).map((r) => ({
      start: codePoints(a.text, r.index),
      end: codePoints(a.text, r.index + r.text.length),
      text: r.text,
      value: value(r.start),
    }));
    fs.writeFileSync(path.join(outDir, `${a.id}.json`),
      JSON.stringify({ id: a.id, text: a.text, timex }));
  }
}
console.log(`RESULT ${seconds} ${articles.length} ${bytes} ${sink}`);
