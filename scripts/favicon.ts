// Draws app/favicon.ico: the key of app/icon.svg at 32 x 32 for browsers that ask for /favicon.ico.
// Run: npx tsx scripts/favicon.ts
import { writeFileSync } from "node:fs";

const SIZE = 32;
const BRAND = [0x1f, 0x3a, 0x5f];
const WHITE = [0xff, 0xff, 0xff];

/** The key, as in icon.svg: a ring (the bow) and a bar with two teeth, on a rounded square. */
function pixel(x: number, y: number): number[] | null {
  const px = x + 0.5;
  const py = y + 0.5;
  const corner = Math.hypot(Math.max(6 - px, px - 26, 0), Math.max(6 - py, py - 26, 0));
  if (corner > 6) return null;
  const ring = Math.abs(Math.hypot(px - 11, py - 16) - 5) <= 1.5;
  const bar = px >= 16 && px <= 27.5 && Math.abs(py - 16) <= 1.5;
  const tooth = py >= 16 && py <= 21.5 && (Math.abs(px - 21) <= 1.5 || Math.abs(px - 26) <= 1.5);
  return ring || bar || tooth ? WHITE : BRAND;
}

// An ICO holding one 32-bit BMP: ICONDIR, one ICONDIRENTRY, BITMAPINFOHEADER, pixels bottom-up, AND mask.
const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const colour = pixel(x, y);
    const at = ((SIZE - 1 - y) * SIZE + x) * 4;
    if (colour) pixels.set([colour[2] ?? 0, colour[1] ?? 0, colour[0] ?? 0, 0xff], at);
  }
}
const mask = Buffer.alloc((SIZE * SIZE) / 8);
const info = Buffer.alloc(40);
info.writeUInt32LE(40, 0);
info.writeInt32LE(SIZE, 4);
info.writeInt32LE(SIZE * 2, 8);
info.writeUInt16LE(1, 12);
info.writeUInt16LE(32, 14);
info.writeUInt32LE(pixels.length + mask.length, 20);
const image = Buffer.concat([info, pixels, mask]);
const header = Buffer.alloc(6 + 16);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(SIZE, 6);
header.writeUInt8(SIZE, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(image.length, 14);
header.writeUInt32LE(header.length, 18);
writeFileSync(new URL("../app/favicon.ico", import.meta.url), Buffer.concat([header, image]));
