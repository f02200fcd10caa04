import type { ArticleImport, DroppedRepeat, ImportedPassage, ImportedSection } from './import-article';

/** What the importer did to the article, line by line, for the instructor to review. */
export function describeImport(imported: ArticleImport): string[] {
  const report = [`Sections (${imported.sections.length}):`, ...imported.sections.map(describeSection)];
  for (const section of imported.emptySections) {
    report.push(`Left out section "${section.heading}" (line ${section.line}): all its paragraphs were repeats.`);
  }
  if (imported.repeats.length > 0) {
    report.push(`Dropped ${imported.repeats.length} repeated lines (the first copy is kept):`);
    report.push(...imported.repeats.map(describeRepeat));
  } else {
    report.push('No repeated lines.');
  }
  const ad = imported.advertisement;
  if (ad) {
    const first = ad.lines[0].line;
    const last = ad.lines[ad.lines.length - 1].line;
    report.push(`Dropped the advertisement at lines ${first}-${last} (${ad.reason}):`);
    report.push(...ad.lines.map((entry) => `  line ${entry.line}: ${quote(entry.text)}`));
  } else {
    report.push('No advertisement found.');
  }
  return report;
}

function describeSection(section: ImportedSection): string {
  const where = section.line === null ? 'before the first heading' : `line ${section.line}`;
  const lines = (p: ImportedPassage) => (p.lastLine > p.line ? `lines ${p.line}-${p.lastLine}` : `line ${p.line}`);
  const anchors = section.passages.map((p) => `${p.anchor} (${lines(p)})`).join(', ');
  return `  ${section.heading} [${where}]: ${anchors}`;
}

function describeRepeat(repeat: DroppedRepeat): string {
  const likeness =
    repeat.likeness === 'identical' ? 'identical' : `near-identical, ${Math.round(repeat.similarity * 100)}% alike`;
  return `  line ${repeat.line} repeats line ${repeat.firstLine} (${repeat.kind}, ${likeness}): ${quote(repeat.text)}`;
}

function quote(text: string, max = 70): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
