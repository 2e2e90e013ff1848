// Scanning result codes with the camera, where the browser can.
export { cameraProblem, qrDetectorClass, scanCodes, SCAN_EVERY_MS, type BarcodeDetectorClass, type CodeDetector, type FoundCode, type Scan } from './scan-codes';
