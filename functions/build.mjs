// Bundles src and the unpublished @pano/domain into lib/ so the deployed package is self-contained;
// npm packages stay external and are installed by Cloud Build from package.json.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";

const pkg = JSON.parse(await readFile(new URL("./package.json", import.meta.url), "utf8"));

await build({
  entryPoints: ["src/index.ts"],
  outfile: "lib/index.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  external: Object.keys(pkg.dependencies),
  logLevel: "warning",
});
