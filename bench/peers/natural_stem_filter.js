// Peer for accuracy comparisons: natural's StemmerId as a filter, one word a
// line in, word<TAB>stem out (like `warta stem`).
const natural = require("natural");
const lines = require("fs").readFileSync(0, "utf8").split("\n");
if (lines.length && lines[lines.length - 1] === "") lines.pop();
process.stdout.write(lines.map((w) => `${w}\t${natural.StemmerId.stem(w)}`).join("\n") + "\n");
