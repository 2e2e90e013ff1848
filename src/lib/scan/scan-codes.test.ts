import { describe, expect, it } from 'vitest';
import { cameraProblem, qrDetectorClass, scanCodes, type CodeDetector } from './scan-codes';

/** A camera that shows these pictures in turn (each the codes a detector would find in it), then nothing. */
function camera(pictures: (string[] | Error)[]): CodeDetector<null> {
	let at = 0;
	return {
		detect: async () => {
			const picture = pictures[at++] ?? [];
			if (picture instanceof Error) throw picture;
			return picture.map((rawValue) => ({ rawValue }));
		},
	};
}

describe('scanning codes one after another', () => {
	it('hands on each code once, in the order seen, however long it stays in front of the camera', async () => {
		const got: string[] = [];
		let looks = 0;
		const scan = scanCodes({
			detector: camera([['DT1-amira'], ['DT1-amira'], [], [' DT1-bo '], ['DT1-bo', 'DT1-amira'], ['DT1-cy']]),
			source: null,
			onCode: (c) => void got.push(c),
			wait: async () => {
				if (++looks === 8) scan.stop();
			},
		});
		await scan.done;
		expect(got).toEqual(['DT1-amira', 'DT1-bo', 'DT1-cy']);
	});

	it('goes on after a picture the detector could not read', async () => {
		const got: string[] = [];
		let looks = 0;
		const scan = scanCodes({
			detector: camera([new Error('not ready'), ['DT1-amira']]),
			source: null,
			onCode: (c) => void got.push(c),
			wait: async () => {
				if (++looks === 3) scan.stop();
			},
		});
		await scan.done;
		expect(got).toEqual(['DT1-amira']);
	});

	it('stops looking once stopped, and hands on nothing more', async () => {
		const got: string[] = [];
		let looks = 0;
		const scan = scanCodes({
			detector: { detect: async () => (looks++, [{ rawValue: `DT1-${looks}` }]) },
			source: null,
			onCode: (c) => {
				got.push(c);
				scan.stop();
			},
			wait: async () => undefined,
		});
		await scan.done;
		expect(got).toEqual(['DT1-1']);
		expect(looks).toBe(1);
	});
});

describe('whether this browser can scan', () => {
	const withCamera = { navigator: { mediaDevices: { getUserMedia: async () => null } } };
	const detector = (formats: string[]) => Object.assign(function () {}, { getSupportedFormats: async () => formats });

	it('scans only with a camera and a detector that reads QR codes; elsewhere the teacher pastes', async () => {
		const win = (extra: object) => ({ ...withCamera, ...extra }) as unknown as Parameters<typeof qrDetectorClass>[0];
		expect(await qrDetectorClass(win({ BarcodeDetector: detector(['qr_code', 'ean_13']) }))).not.toBeNull();
		expect(await qrDetectorClass(win({ BarcodeDetector: detector(['ean_13']) }))).toBeNull();
		expect(await qrDetectorClass(win({}))).toBeNull();
		const noCamera = { navigator: {}, BarcodeDetector: detector(['qr_code']) } as unknown as Parameters<typeof qrDetectorClass>[0];
		expect(await qrDetectorClass(noCamera)).toBeNull();
	});

	it('explains a refused or missing camera in words a teacher can act on', () => {
		expect(cameraProblem(new DOMException('no', 'NotAllowedError'))).toMatch(/not allowed.*paste the codes/);
		expect(cameraProblem(new DOMException('none', 'NotFoundError'))).toMatch(/No camera/);
		expect(cameraProblem('odd')).toMatch(/could not be started/);
	});
});
