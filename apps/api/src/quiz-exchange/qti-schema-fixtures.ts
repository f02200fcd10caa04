import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

/** The 1EdTech QTI 3.0 schemas kept in vendor/qti-3.0 (see its README for their source and licence). */
export const SCHEMA_ROOT = path.resolve(__dirname, '../../../../vendor/qti-3.0');
export const ITEM_SCHEMA = 'imsqti_asiv3p0_sbacv1p0_v1p0.xsd';
export const MANIFEST_SCHEMA = 'imsqtiv3p0_imscpv1p2_v1p0.xsd';

function schemaFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    return entry.isDirectory() ? schemaFiles(file) : file.endsWith('.xsd') ? [file] : [];
  });
}

/**
 * xmllint-wasm's file system has one folder, so each schema is given by its file name and its
 * imports are pointed there. The MathML 3 and SSML 1.1 copies name the namespaces of their own
 * later editions; QTI 3.0 imports them under the earlier ones, which they are put back to.
 */
function asLoaded(file: string): XMLFileInfo {
  const text = readFileSync(file, 'utf8')
    .replaceAll('http://www.w3.org/2010/Math/MathML', 'http://www.w3.org/1998/Math/MathML')
    .replaceAll('http://www.w3.org/2010/10/synthesis', 'http://www.w3.org/2001/10/synthesis')
    .replace(/schemaLocation\s*=\s*"(?:[^"]*\/)?([^"/]+\.xsd)"/g, 'schemaLocation="$1"');
  return { fileName: path.basename(file), contents: text };
}

export interface SchemaCheck {
  valid: boolean;
  errors: string[];
}

/** Validates documents against one of the schemas with libxml2 (compiled to WebAssembly), as `xmllint --schema` would. */
export async function checkAgainstSchema(schema: string, documents: Record<string, string>): Promise<SchemaCheck> {
  const files = schemaFiles(SCHEMA_ROOT).map(asLoaded);
  const result = await validateXML({
    xml: Object.entries(documents).map(([name, contents]) => ({ fileName: name.replaceAll('/', '_'), contents })),
    schema: files.find((file) => file.fileName === schema)!,
    preload: files.filter((file) => file.fileName !== schema),
    maxMemoryPages: 4096,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
