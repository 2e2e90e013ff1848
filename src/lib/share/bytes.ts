// Bytes for links: base64url without padding, and deflate-raw with the platform's (Compression|Decompression)
// Stream, in the browser and in Node alike. Inflating stops at a size limit, so a crafted link cannot
// make a phone unpack gigabytes.

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Undefined when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	try {
		const binary = atob(padded);
		const out = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
		return out;
	} catch {
		return undefined;
	}
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
	const reader = stream.getReader();
	const parts: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel().catch(() => undefined);
			return undefined;
		}
		parts.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

const streamOf = (bytes: Uint8Array): ReadableStream<Uint8Array> =>
	new ReadableStream({
		start(controller) {
			controller.enqueue(bytes);
			controller.close();
		},
	});

// The DOM typings declare these streams' input as BufferSource; the bytes we write are Uint8Array, which is one.
type ByteTransform = ReadableWritablePair<Uint8Array, Uint8Array>;
const deflater = () => new CompressionStream('deflate-raw') as unknown as ByteTransform;
const inflater = () => new DecompressionStream('deflate-raw') as unknown as ByteTransform;

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
	const out = await collect(streamOf(bytes).pipeThrough(deflater()), Number.MAX_SAFE_INTEGER);
	return out ?? new Uint8Array();
}

/** Undefined when the bytes are not deflate-raw data or unpack to more than `limit` bytes. */
export async function inflateRaw(bytes: Uint8Array, limit: number): Promise<Uint8Array | undefined> {
	try {
		return await collect(streamOf(bytes).pipeThrough(inflater()), limit);
	} catch {
		return undefined;
	}
}

/** A short, stable name for some text (32-bit FNV-1a, base36). */
export function shortHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}
