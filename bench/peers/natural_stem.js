// Peer for bench/stem_benchmark.cc: stems a word list with the `natural`
// package's StemmerId (a port of Sastrawi) and reports the time per pass.
//   node natural_stem.js WORDS.txt PASSES [OUT.tsv]
// Prints one line "RESULT <seconds per pass> <words>"; with OUT.tsv, writes
// word<TAB>stem lines (for accuracy comparisons).
const fs = require("fs");
const natural = require("natural");

const [, , wordsPath, passesArg, outPath] = process.argv;
const words = fs.readFileSync(wordsPath, "utf8").split("\n").filter((w) => w.length > 0);
const passes = Math.max(1, parseInt(passesArg || "3", 10));
const stem = (w) => natural.StemmerId.stem(w);

for (const w of words.slice(0, 1000)) stem(w);  // warm-up
const start = process.hrtime.bigint();
let sink = 0;
for (let p = 0; p < passes; ++p) for (const w of words) sink += stem(w).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9 / passes;
if (outPath) fs.writeFileSync(outPath, words.map((w) => `${w}\t${stem(w)}`).join("\n") + "\n");
console.log(`RESULT ${seconds} ${words.length} ${sink}`);
