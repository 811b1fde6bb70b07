import jsQR from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface DecodedImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
  /** pdf.js image kinds: 1 grayscale 1 bit, 2 RGB 24 bit, 3 RGBA 32 bit. */
  kind: number;
}

function toRgba(img: DecodedImage): Uint8ClampedArray {
  const n = img.width * img.height;
  if (img.kind === 3) return new Uint8ClampedArray(img.data);
  const out = new Uint8ClampedArray(n * 4);
  if (img.kind === 2) {
    for (let i = 0; i < n; i++) {
      out[i * 4] = img.data[i * 3] ?? 0;
      out[i * 4 + 1] = img.data[i * 3 + 1] ?? 0;
      out[i * 4 + 2] = img.data[i * 3 + 2] ?? 0;
      out[i * 4 + 3] = 255;
    }
    return out;
  }
  // 1 bit per pixel, rows padded to whole bytes.
  const rowBytes = Math.ceil(img.width / 8);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const bit = ((img.data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
      const v = bit ? 255 : 0;
      out.set([v, v, v, 255], (y * img.width + x) * 4);
    }
  }
  return out;
}

/**
 * The text of every QR code drawn as an image in a PDF: pdf.js decodes the page's image objects (no canvas
 * needed), jsQR reads them. Used to prove the invitation's QR carries the booking code.
 */
export async function qrCodesInPdf(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({
    data: bytes,
    isOffscreenCanvasSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const found: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
      const name = (ops.argsArray[i] as [string])[0];
      const img = await new Promise<DecodedImage>((resolve) => page.objs.get(name, resolve));
      const code = jsQR(toRgba(img), img.width, img.height);
      if (code) found.push(code.data);
    }
  }
  await pdf.destroy();
  return found;
}
