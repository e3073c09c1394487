// Peers for bench/html_benchmark.cc and tools/eval/html_peers.sh: article
// extraction from raw HTML pages with @mozilla/readability (on linkedom's
// DOM) and @extractus/article-extractor.
//   node html_extract.js PAGES_DIR PASSES [OUT_DIR]
// Prints one line per peer: "RESULT <peer> <seconds per pass> <pages> <bytes>
// <CPU seconds per pass>" (the extraction loop only, pages already in memory;
// wall-clock and this process's CPU time); with OUT_DIR, writes
// OUT_DIR/<peer>/<page>.json as {"title","published","text"} for
// ../shared/eval/html_score.py.
const fs = require("fs");
const path = require("path");
const { parseHTML } = require("linkedom");
const { Readability } = require("@mozilla/readability");

const [, , pagesDir, passesArg, outDir] = process.argv;
const passes = Math.max(1, parseInt(passesArg || "3", 10));
const names = fs.readdirSync(pagesDir).filter((f) => /\.html?$/.test(f)).sort();
const pages = names.map((f) => ({ name: f.replace(/\.html?$/, ""),
  html: fs.readFileSync(path.join(pagesDir, f), "utf8") }));
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);

function readability(html) {
  const { document } = parseHTML(html);
  const r = new Readability(document).parse();
  if (!r) return { title: null, published: null, text: "" };
  return { title: r.title, published: r.publishedTime || null, text: r.textContent || "" };
}

// article-extractor gives the body as HTML: its text, block by block.
function htmlText(fragment) {
  const { document } = parseHTML(`<html><body>${fragment || ""}</body></html>`);
  return document.body ? document.body.textContent : "";
}

async function extractus(extractFromHtml, html) {
  const a = await extractFromHtml(html);
  if (!a) return { title: null, published: null, text: "" };
  return { title: a.title || null, published: a.published || null, text: htmlText(a.content) };
}

function write(peer, name, result) {
  if (!outDir) return;
  const dir = path.join(outDir, peer);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name + ".json"), JSON.stringify(result));
}

async function main() {
  const { extractFromHtml } = await import("@extractus/article-extractor");
  const peers = {
    readability: async (html) => readability(html),
    "article-extractor": (html) => extractus(extractFromHtml, html),
  };
  for (const [peer, run] of Object.entries(peers)) {
    for (const p of pages) {
      let result;
      try { result = await run(p.html); } catch (e) { result = { title: null, published: null, text: "" }; }
      write(peer, p.name, result);
    }
    const start = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < passes; ++i) {
      for (const p of pages) {
        try { await run(p.html); } catch (e) { /* counted as done */ }
      }
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9 / passes;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6 / passes;
    console.log(`RESULT ${peer} ${seconds.toFixed(4)} ${pages.length} ${bytes} ${cpuSeconds.toFixed(4)}`);
  }
}
main();
