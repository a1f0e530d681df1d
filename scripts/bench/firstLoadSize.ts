import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";

// First-load JS: the entry script and the chunks index.html preloads, gzip-compressed as served.
const dist = new URL("../../web/dist/", import.meta.url);
const html = await readFile(new URL("index.html", dist), "utf8");
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
  (match) => match[1] ?? "",
);

let raw = 0;
let gzip = 0;
for (const file of files) {
  const content = await readFile(new URL(file, dist));
  raw += content.length;
  gzip += gzipSync(content, { level: 9 }).length;
  console.log(`${file.padEnd(48)} ${(content.length / 1024).toFixed(1).padStart(8)} kB`);
}
console.log(
  `first-load JS: ${files.length} files, ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip`,
);
