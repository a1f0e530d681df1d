import { writeFile } from "node:fs/promises";
import { deflateSync } from "node:zlib";

// The app icons in web/public, drawn from favicon.svg's design (three white bars on the theme's
// blue) and written as PNGs without an image library. Run again after changing the design:
// `npx tsx scripts/generateIcons.ts`.
const blue = [0x1c, 0x7e, 0xd6, 0xff];
const white = [0xff, 0xff, 0xff, 0xff];
const clear = [0, 0, 0, 0];

type Box = { x: number; y: number; width: number; height: number; radius: number };

// Inside a rounded rectangle, in the 32-unit space of favicon.svg.
const inside = (x: number, y: number, box: Box) => {
  const cx = Math.min(Math.max(x, box.x + box.radius), box.x + box.width - box.radius);
  const cy = Math.min(Math.max(y, box.y + box.radius), box.y + box.height - box.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= box.radius ** 2;
};

const bars: Box[] = [
  { x: 7, y: 8, width: 5, height: 16, radius: 1.5 },
  { x: 14, y: 8, width: 5, height: 11, radius: 1.5 },
  { x: 21, y: 8, width: 5, height: 7, radius: 1.5 },
];

// Maskable icons fill the square and keep the bars inside the central safe zone (80%).
const pixel = (u: number, v: number, maskable: boolean) => {
  const scale = maskable ? 0.7 : 1;
  const x = 16 + (u - 16) / scale;
  const y = 16 + (v - 16) / scale;
  if (bars.some((bar) => inside(x, y, bar))) return white;
  if (maskable || inside(u, v, { x: 0, y: 0, width: 32, height: 32, radius: 7 })) return blue;
  return clear;
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Buffer) => {
  let c = 0xffffffff;
  for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const png = (size: number, maskable: boolean) => {
  const rows: number[] = [];
  for (let row = 0; row < size; row++) {
    rows.push(0);
    for (let column = 0; column < size; column++)
      rows.push(...pixel(((column + 0.5) / size) * 32, ((row + 0.5) / size) * 32, maskable));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
};

const publicDir = new URL("../web/public/", import.meta.url);
const icons: [string, number, boolean][] = [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
  ["apple-touch-icon.png", 180, true],
];
for (const [name, size, maskable] of icons)
  await writeFile(new URL(name, publicDir), png(size, maskable));
