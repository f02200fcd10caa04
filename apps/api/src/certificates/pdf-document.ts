import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

type Font = ReturnType<typeof fontkit.create>;

/**
 * Noto Sans rather than the built-in PDF fonts, which only know Western European letters: a
 * holder named Łukasz, Nguyễn or Δημήτρης must see their name as written. The parsed fonts are
 * kept for the life of the process (they never change); parsing them per document would cost
 * about 100 ms, rendering with them costs a few.
 */
let fonts: { regular: Font; bold: Font } | null = null;

function loadFonts(): { regular: Font; bold: Font } {
  const file = (weight: string) => require.resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);
  fonts ??= {
    regular: fontkit.create(readFileSync(file('400Regular'))),
    bold: fontkit.create(readFileSync(file('700Bold'))),
  };
  return fonts;
}

/**
 * An A4 document with the fonts 'regular' and 'bold', and the bytes it will hold once ended.
 * The platform's printed documents (certificates, transcripts) all start here.
 */
export function newPdfDocument(options: Pick<PDFKit.PDFDocumentOptions, 'layout' | 'margin' | 'info'>): { doc: PDFKit.PDFDocument; finished: Promise<Buffer> } {
  const { regular, bold } = loadFonts();
  // No default font: pdfkit would parse Helvetica's metrics for every document only to replace it.
  const doc = new PDFDocument({ size: 'A4', ...options, font: null as never });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // Named once, each font is reused by name for the rest of the document.
  doc.font(regular as never, 'regular').font(bold as never, 'bold');
  return { doc, finished };
}
