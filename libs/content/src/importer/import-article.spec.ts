import * as fs from 'node:fs';
import * as path from 'node:path';
import { readArticleLines } from './article-lines';
import { importArticle } from './import-article';

const articlePath = path.join(__dirname, '../../fixtures/articles/botox-chronic-migraine-article.txt');
const readArticle = () => fs.readFileSync(articlePath, 'utf8');

describe('importArticle on the botox article', () => {
  it('finds the introduction and the four headed sections', () => {
    const { sections, emptySections } = importArticle(readArticle());

    expect(sections.map((s) => [s.heading, s.line])).toEqual([
      ['Introduction', null],
      ['Background behind this idea', 3],
      ['Botox in migraine', 5],
      ['Any risks?', 13],
      ['Summary', 15],
    ]);
    expect(emptySections).toEqual([]);
  });

  it('keeps the first copy of every paragraph and heading, verbatim, and reports each second copy', () => {
    const lines = readArticleLines(readArticle());
    const { sections, repeats } = importArticle(readArticle());
    const kept = sections.flatMap((s) => s.passages);

    expect(kept.map((p) => [p.line, p.lastLine])).toEqual([
      [1, 1],
      [2, 2],
      [4, 4],
      [6, 6],
      [7, 9],
      [10, 10],
      [11, 11],
      [12, 12],
      [14, 14],
      [16, 16],
    ]);
    const linesOf = (p: { line: number; lastLine: number }) =>
      lines.filter((l) => l.line >= p.line && l.line <= p.lastLine).map((l) => l.text);
    expect(kept.map((p) => p.text)).toEqual(kept.map((p) => linesOf(p).join(' ')));
    // The article's second half (lines 17-31) repeats lines 2-16 one for one.
    expect(repeats.map((r) => [r.line, r.firstLine, r.likeness])).toEqual(
      Array.from({ length: 15 }, (_, i) => [17 + i, 2 + i, 'identical']),
    );
    expect(repeats.filter((r) => r.kind === 'heading').map((r) => r.text)).toEqual([
      'Background behind this idea',
      'Botox in migraine',
      'Any risks?',
      'Summary',
    ]);
  });

  it('drops the author box and the advertisement after it', () => {
    const { advertisement, sections } = importArticle(readArticle());

    expect(advertisement?.lines.map((l) => l.line)).toEqual([32, 33]);
    expect(advertisement?.reason).toBe('author box "About the Author:" and what follows');
    expect(sections.flatMap((s) => s.passages).some((p) => /IAPAM|About the Author/.test(p.text))).toBe(false);
  });

  it('assigns unique anchors from section slugs that are the same on every run', () => {
    const first = importArticle(readArticle());
    const anchors = first.sections.flatMap((s) => s.passages.map((p) => p.anchor));

    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors).toContain('botox-in-migraine-3');
    expect(anchors[0]).toBe('introduction-1');
    expect(importArticle(readArticle())).toEqual(first);
  });
});

describe('importArticle', () => {
  const paragraph =
    'Botox injections are recommended for chronic migraine sufferers who have had headaches for more than 15 days in a month.';

  it('drops a near-identical copy of a paragraph and says how alike it is', () => {
    const copy = paragraph.replace('sufferers', 'patients');

    const { sections, repeats } = importArticle(`Who is treated\n${paragraph}\n${copy}\n`);

    expect(sections[0].passages.map((p) => p.text)).toEqual([paragraph]);
    expect(repeats).toEqual([
      {
        kind: 'passage',
        line: 3,
        text: copy,
        firstLine: 2,
        likeness: 'near-identical',
        similarity: expect.any(Number),
      },
    ]);
    expect(repeats[0].similarity).toBeGreaterThan(0.6);
  });

  it('keeps different paragraphs on the same topic', () => {
    const other = 'Botox injections are not recommended for patients whose headaches come from overusing painkillers.';

    expect(importArticle(`${paragraph}\n${other}\n`).repeats).toEqual([]);
  });

  it('treats a short last line and a line ending like a sentence as text, not headings', () => {
    const { sections } = importArticle('Risks\nNeck pain is rare.\nShort closing words\n');

    expect(sections).toEqual([
      {
        heading: 'Risks',
        line: 1,
        slug: 'risks',
        passages: [
          { anchor: 'risks-1', line: 2, lastLine: 2, text: 'Neck pain is rare.' },
          { anchor: 'risks-2', line: 3, lastLine: 3, text: 'Short closing words' },
        ],
      },
    ]);
  });

  it('drops trailing promotional text when there is no author box', () => {
    const { advertisement } = importArticle(
      `Risks\nNeck pain is rare.\nSign up for our course at www.example.com today.\n`,
    );

    expect(advertisement).toEqual({
      lines: [{ line: 3, text: 'Sign up for our course at www.example.com today.' }],
      reason: 'promotional text at the end',
    });
  });

  it('drops a closing sales pitch as promotional text', () => {
    const { advertisement } = importArticle('Risks\nNeck pain is rare.\nAsk your rep about free samples.\n');

    expect(advertisement?.lines).toEqual([{ line: 3, text: 'Ask your rep about free samples.' }]);
  });

  it('keeps an "About the author" section that is followed by more of the article', () => {
    const article = [
      'About the author',
      'She trained in Leeds.',
      'Risks',
      'Neck pain is rare.',
      'Allergy is rarer.',
      'Both pass.',
      'Summary',
      'It helps.',
    ];

    const { advertisement, sections } = importArticle(article.join('\n'));

    expect(advertisement).toBeNull();
    expect(sections.map((s) => s.heading)).toEqual(['About the author', 'Risks', 'Summary']);
  });

  it('gives sections whose headings make the same slug different anchors', () => {
    const { sections } = importArticle('Риски\nРедко.\nИтоги\nПомогает.\n');

    expect(sections.map((s) => s.passages[0].anchor)).toEqual(['section-1', 'section-2-1']);
  });

  it('treats a heading that differs only in case and punctuation as a repeat', () => {
    const { sections, repeats } = importArticle('Any risks\nNeck pain.\nAny Risks?\nAllergy.\n');

    expect(sections).toHaveLength(1);
    expect(sections[0].passages.map((p) => p.text)).toEqual(['Neck pain.', 'Allergy.']);
    expect(repeats).toEqual([
      { kind: 'heading', line: 3, text: 'Any Risks?', firstLine: 1, likeness: 'identical', similarity: 1 },
    ]);
  });

  it('makes slugs from accented headings without breaking words', () => {
    expect(importArticle('Éléments clés\nTexte.\n').sections[0].slug).toBe('elements-cles');
  });
});

describe('importArticle keeps a list with its lead-in', () => {
  it('keeps the "basic theories" lead-in of the botox article with its two enumerated items', () => {
    const section = importArticle(readArticle()).sections.find((s) => s.heading === 'Botox in migraine');
    const theories = section?.passages.find((p) => p.text.includes('The basic theories'));

    expect(theories).toMatchObject({ anchor: 'botox-in-migraine-2', line: 7, lastLine: 9 });
    expect(theories?.text).toMatch(/presented so far: Number one would be .* After that, the muscles .* lower blood pressure\.$/);
    expect(section?.passages[2].text).toMatch(/^The research is still preliminary/);
  });

  const passagesOf = (...lines: string[]) => importArticle(['Risks', ...lines].join('\n')).sections[0].passages;

  it('keeps numbered and bulleted items with the line ending in a colon, up to the next paragraph', () => {
    const passages = passagesOf('The side effects so far:', '1. Neck pain.', '2) Ptosis.', '- Headache.', 'Most pass within weeks.');

    expect(passages.map((p) => p.text)).toEqual([
      'The side effects so far: 1. Neck pain. 2) Ptosis. - Headache.',
      'Most pass within weeks.',
    ]);
  });

  it('leaves a paragraph that follows a colon alone when it is not a list item', () => {
    const passages = passagesOf('It works as follows:', 'Toxin blocks the release of transmitters. Pain falls.');

    expect(passages).toHaveLength(2);
  });

  it('does not take a long, several-sentence paragraph starting "Then" as an item', () => {
    const passages = passagesOf(
      'Two theories:',
      'First, signals are blocked.',
      'Then the research moved on. Trials in 2010 tested it in over a thousand patients across many centres.',
    );

    expect(passages.map((p) => p.line)).toEqual([2, 4]);
  });

  it('does not gather marked lines that follow no lead-in', () => {
    expect(passagesOf('Neck pain is rare.', '- Headache.', '- Ptosis.')).toHaveLength(3);
  });
});
