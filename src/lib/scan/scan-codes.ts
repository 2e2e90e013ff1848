// Reads QR codes from a camera picture again and again, and hands on each new one once: a teacher holds the
// students' phones up one after another and every result code is taken in without a tap. The browser's
// parts (a BarcodeDetector, the video it looks at, the timer) are passed in, so the loop is tested with
// stand-ins and the page decides what a code means.

/** What a detector reports for one code in the picture (the shape of the browser's DetectedBarcode). */
export interface FoundCode {
	rawValue: string;
}

export interface CodeDetector<Source> {
	detect(source: Source): Promise<FoundCode[]>;
}

/**
 * How long to wait between looks at the camera: four a second feels instant when a phone is held up, and
 * leaves most of a cheap laptop's time to the page.
 */
export const SCAN_EVERY_MS = 250;

export interface ScanOptions<Source> {
	detector: CodeDetector<Source>;
	source: Source;
	/** Called once for each new code seen, in the order seen. */
	onCode: (code: string) => void | Promise<void>;
	every?: number;
	wait?: (ms: number) => Promise<void>;
}

export interface Scan {
	stop(): void;
	/** Settles when the loop has stopped. */
	done: Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function scanCodes<Source>({ detector, source, onCode, every = SCAN_EVERY_MS, wait = sleep }: ScanOptions<Source>): Scan {
	let stopped = false;
	const seen = new Set<string>();
	const loop = async () => {
		while (!stopped) {
			let found: FoundCode[] = [];
			try {
				found = await detector.detect(source);
			} catch {
				// A frame the detector could not read (the camera still starting, a blurred picture): try the next.
			}
			for (const { rawValue } of found) {
				const code = rawValue.trim();
				if (stopped || !code || seen.has(code)) continue;
				seen.add(code);
				await onCode(code);
			}
			if (!stopped) await wait(every);
		}
	};
	return {
		stop: () => {
			stopped = true;
		},
		done: loop(),
	};
}

/** The browser's BarcodeDetector, where there is one that reads QR codes. */
export interface BarcodeDetectorClass {
	new (options: { formats: string[] }): CodeDetector<HTMLVideoElement>;
	getSupportedFormats?: () => Promise<string[]>;
}

/** The detector class when this browser can scan QR codes from a camera; null where the teacher pastes instead. */
export async function qrDetectorClass(win: Window & { BarcodeDetector?: BarcodeDetectorClass }): Promise<BarcodeDetectorClass | null> {
	const Detector = win.BarcodeDetector;
	if (!Detector || typeof win.navigator.mediaDevices?.getUserMedia !== 'function') return null;
	try {
		const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
		return formats.includes('qr_code') ? Detector : null;
	} catch {
		return null;
	}
}

/** The camera's refusal in words a teacher can act on. */
export function cameraProblem(error: unknown): string {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'NotAllowedError' || name === 'SecurityError')
		return 'The camera was not allowed. Allow it for this site in the browser’s settings, or paste the codes instead.';
	if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No camera was found on this device. Paste the codes instead.';
	if (name === 'NotReadableError') return 'The camera is in use by another app. Close it and try again, or paste the codes instead.';
	return 'The camera could not be started. Paste the codes instead.';
}
