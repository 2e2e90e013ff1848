// Draws the app icons (two overlapping pages: one event, two reports) as PNGs and an SVG favicon.
// No image library and no network: shapes are rasterised here with 4×4 supersampling and written as
// zlib-compressed PNG. Run `npm run icons` after changing the design; the output is committed in static/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** @typedef {[number, number, number]} Rgb */
/** @typedef {{ x0: number, y0: number, x1: number, y1: number, r: number, color: Rgb }} Shape */

/** @type {Rgb} */
const INK = [0x1f, 0x4e, 0x79];
/** @type {Rgb} */
const RUST = [0xe0, 0x7a, 0x3f];
/** @type {Rgb} */
const PAPER = [0xfb, 0xfa, 0xf7];
/** @type {Rgb} */
const LINE = [0x9f, 0xb3, 0xc8];

/** @type {Shape[]} Shapes in a 0..1 square, painted in order. */
const artwork = [
	{ x0: 0.4, y0: 0.16, x1: 0.8, y1: 0.68, r: 0.05, color: RUST },
	{ x0: 0.2, y0: 0.32, x1: 0.6, y1: 0.84, r: 0.05, color: PAPER },
	{ x0: 0.27, y0: 0.43, x1: 0.53, y1: 0.465, r: 0.0175, color: LINE },
	{ x0: 0.27, y0: 0.52, x1: 0.53, y1: 0.555, r: 0.0175, color: LINE },
	{ x0: 0.27, y0: 0.61, x1: 0.53, y1: 0.645, r: 0.0175, color: LINE },
	{ x0: 0.27, y0: 0.7, x1: 0.45, y1: 0.735, r: 0.0175, color: LINE }
];

/**
 * @param {number} px
 * @param {number} py
 * @param {Shape} shape
 */
function insideRoundedRect(px, py, { x0, y0, x1, y1, r }) {
	if (px < x0 || px > x1 || py < y0 || py > y1) return false;
	const cx = Math.min(Math.max(px, x0 + r), x1 - r);
	const cy = Math.min(Math.max(py, y0 + r), y1 - r);
	return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/**
 * @param {number} size  pixels per side
 * @param {{ maskable: boolean }} options  maskable: full-bleed background and artwork shrunk into the
 *   80% safe circle; otherwise a rounded square on transparency.
 */
function render(size, { maskable }) {
	/** @type {Shape} */
	const background = { x0: 0, y0: 0, x1: 1, y1: 1, r: maskable ? 0 : 0.22, color: INK };
	const scale = maskable ? 0.78 : 1;
	const shapes = artwork.map((s) => ({
		...s,
		x0: 0.5 + (s.x0 - 0.5) * scale,
		y0: 0.5 + (s.y0 - 0.5) * scale,
		x1: 0.5 + (s.x1 - 0.5) * scale,
		y1: 0.5 + (s.y1 - 0.5) * scale,
		r: s.r * scale
	}));
	const n = 4;
	const rgba = Buffer.alloc(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			let r = 0, g = 0, b = 0, a = 0;
			for (let sy = 0; sy < n; sy++) {
				for (let sx = 0; sx < n; sx++) {
					const px = (x + (sx + 0.5) / n) / size;
					const py = (y + (sy + 0.5) / n) / size;
					if (!insideRoundedRect(px, py, background)) continue;
					let color = background.color;
					for (const shape of shapes) if (insideRoundedRect(px, py, shape)) color = shape.color;
					r += color[0]; g += color[1]; b += color[2]; a += 1;
				}
			}
			const i = (y * size + x) * 4;
			// Average the covered samples' colour; alpha is the covered fraction.
			rgba[i] = a ? Math.round(r / a) : 0;
			rgba[i + 1] = a ? Math.round(g / a) : 0;
			rgba[i + 2] = a ? Math.round(b / a) : 0;
			rgba[i + 3] = Math.round((a / (n * n)) * 255);
		}
	}
	return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** @param {Buffer} buffer */
function crc32(buffer) {
	let c = 0xffffffff;
	for (const byte of buffer) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/**
 * @param {number} width
 * @param {number} height
 * @param {Buffer} rgba
 */
function encodePng(width, height, rgba) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 6; // colour type: RGBA
	// Each scanline starts with filter type 0 (none).
	const raw = Buffer.alloc((width * 4 + 1) * height);
	for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

function svg() {
	/** @param {Rgb} c */
	const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
	/** @param {Shape} s */
	const rect = (s) =>
		`<rect x="${s.x0 * 100}" y="${s.y0 * 100}" width="${((s.x1 - s.x0) * 100).toFixed(1)}" height="${((s.y1 - s.y0) * 100).toFixed(1)}" rx="${(s.r * 100).toFixed(2)}" fill="${hex(s.color)}"/>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${rect({ x0: 0, y0: 0, x1: 1, y1: 1, r: 0.22, color: INK })}${artwork.map(rect).join('')}</svg>\n`;
}

const out = new URL('../static/', import.meta.url);
mkdirSync(new URL('icons/', out), { recursive: true });
const files = {
	'icons/icon-192.png': render(192, { maskable: false }),
	'icons/icon-512.png': render(512, { maskable: false }),
	'icons/maskable-512.png': render(512, { maskable: true }),
	// iOS draws its own rounded corners and shows transparency as black: give it the full-bleed version.
	'icons/apple-touch-icon.png': render(180, { maskable: true }),
	'favicon.svg': svg()
};
for (const [name, data] of Object.entries(files)) {
	writeFileSync(new URL(name, out), data);
	console.log(`static/${name}  ${data.length} bytes`);
}
