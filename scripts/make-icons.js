#!/usr/bin/env node
/**
 * Draws the add-in's icons as PNG files in assets/ (run: node scripts/make-icons.js).
 * No image tool is needed: shapes are drawn on a 16×16 design grid, supersampled for smooth
 * edges, and written with Node's zlib. The PNGs are committed; rerun only to change the design.
 *
 * icon-*.png   the toolkit: NHS blue rounded square with "STR" in white and a rule under it.
 * insert-*.png the "Insert framework" button: the same square with a white table on it.
 * check-*.png  the "Check this workbook" button: the same square with a white tick on it.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const NHS_BLUE = [0x00, 0x5e, 0xb8];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 samples a pixel

// Shapes on the 16-unit grid: [x0, y0, x1, y1] rectangles.
// "STR" in a 3×5 block font, 1 unit a block, letters 1 unit apart, centred.
const STR_MARK = [
  // S
  [2.5, 4, 5.5, 5],
  [2.5, 5, 3.5, 6],
  [2.5, 6, 5.5, 7],
  [4.5, 7, 5.5, 8],
  [2.5, 8, 5.5, 9],
  // T
  [6.5, 4, 9.5, 5],
  [7.5, 5, 8.5, 9],
  // R
  [10.5, 4, 12.5, 5],
  [10.5, 5, 11.5, 9],
  [12.5, 5, 13.5, 6],
  [10.5, 6, 12.5, 7],
  [12.5, 7, 13.5, 9],
  // rule under the letters: a hint of a table
  [2.5, 11, 13.5, 12],
];
// A small table: outline, filled header row, one column and one row divider.
const TABLE_MARK = [
  [3, 3, 13, 6], // header row
  // left, right and bottom edges
  [3, 6, 4, 13],
  [12, 6, 13, 13],
  [3, 12, 13, 13],
  [7, 6, 8, 12], // column divider (whole units, so the 16 px icon stays sharp)
  [4, 9, 12, 10], // row divider
];

// A tick as a staircase of overlapping 2×2 blocks: a short stroke down, a long one up.
const TICK_MARK = [
  [3, 8, 5, 10],
  [4, 9, 6, 11],
  [5, 10, 7, 12],
  [6, 9, 8, 11],
  [7, 8, 9, 10],
  [8, 7, 10, 9],
  [9, 6, 11, 8],
  [10, 5, 12, 7],
  [11, 4, 13, 6],
];

/** Inside the 16×16 rounded square (corner radius 3)? */
function inBackground(x, y) {
  const r = 3;
  const cx = Math.min(Math.max(x, r), 16 - r);
  const cy = Math.min(Math.max(y, r), 16 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 16 && y >= 0 && y <= 16;
}

function inMark(mark, x, y, shift) {
  return mark.some(([x0, y0, x1, y1]) => x >= x0 + shift && x < x1 + shift && y >= y0 && y < y1);
}

/** RGBA pixels for one icon size. */
function render(size, mark) {
  // At 16 px one unit is one pixel: move the centred "STR" (half-unit edges) onto whole pixels.
  const shift = size === 16 && mark === STR_MARK ? -0.5 : 0;
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((pxl + (sx + 0.5) / SAMPLES) * 16) / size;
          const y = ((py + (sy + 0.5) / SAMPLES) * 16) / size;
          if (!inBackground(x, y)) continue;
          if (inMark(mark, x, y, shift)) fg++;
          else bg++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = (bg + fg) / n;
      const i = (py * size + pxl) * 4;
      for (let c = 0; c < 3; c++) {
        // Colour is the mix of the covered samples; alpha carries the rounded corners.
        px[i + c] = bg + fg ? Math.round((NHS_BLUE[c] * bg + WHITE[c] * fg) / (bg + fg)) : 0;
      }
      px[i + 3] = Math.round(alpha * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each row starts with filter byte 0 (none).
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
const icons = [
  ...[16, 32, 64, 80, 128].map((size) => ({ name: `icon-${size}.png`, size, mark: STR_MARK })),
  ...[16, 32, 80].map((size) => ({ name: `insert-${size}.png`, size, mark: TABLE_MARK })),
  ...[16, 32, 80].map((size) => ({ name: `check-${size}.png`, size, mark: TICK_MARK })),
];
for (const { name, size, mark } of icons) {
  fs.writeFileSync(path.join(outDir, name), png(size, render(size, mark)));
  console.log(`assets/${name}`);
}
