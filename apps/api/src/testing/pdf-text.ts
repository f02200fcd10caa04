import { execFileSync } from 'node:child_process';

/** pdf.js loads its worker with a dynamic import, which Jest's module system refuses; a plain Node process reads the PDF instead. */
export function textOfPdf(pdf: Buffer): string {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: Buffer.concat(chunks) });
      process.stdout.write((await parser.getText()).text);
      await parser.destroy();
    });`;
  return execFileSync(process.execPath, ['-e', script], { input: pdf, cwd: __dirname }).toString('utf8');
}
