import { stringify } from 'yaml';
import type { SourceDocument } from '../model';

/** source.md for a document: front matter, then each section's passages under its `## ` heading. */
export function writeSource(document: SourceDocument): string {
  const { title, origin } = document;
  const frontMatter = stringify(origin ? { title, origin } : { title });
  const blocks: string[] = [];
  let section: string | null = null;
  for (const passage of document.passages) {
    if (passage.section !== section) {
      section = passage.section;
      blocks.push(`## ${section}`);
    }
    blocks.push(`[§${passage.anchor}] ${passage.text}`);
  }
  return `---\n${frontMatter}---\n\n${blocks.join('\n\n')}\n`;
}
