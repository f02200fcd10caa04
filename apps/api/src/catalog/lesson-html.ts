import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import sanitizeHtml from 'sanitize-html';

const PASSAGE_CITATION = /^\[§([a-z0-9]+(?:-[a-z0-9]+)*)\]/;
const REFERENCE_CITATION = /^\[ref:([a-z0-9]+(?:-[a-z0-9]+)*)\]/;

/**
 * What citations in a piece of course Markdown point at. Passages are numbered as the lesson
 * first cites them; references by their place in the course's reference list, so "[3]" means
 * the same work on every page of a course version.
 */
export interface CitationTargets {
  passageAnchors: readonly string[];
  referenceKeys: readonly string[];
}

/**
 * Renders lesson Markdown to the HTML learners see. Raw HTML in the source is escaped by
 * markdown-it, and the result is sanitised again so nothing an author writes can run.
 * `[§anchor]` becomes a numbered link to that passage of the lesson's cited source, and
 * `[ref:key]` a bracketed number linking to that reference.
 */
export function renderLessonHtml(markdown: string, targets: CitationTargets): string {
  const markdownIt = citingMarkdown(targets);
  const tokens = markdownIt.parse(markdown, {});
  raiseHeadings(tokens);
  return sanitizeLessonHtml(markdownIt.renderer.render(tokens, markdownIt.options, {}));
}

/** An appraisal's correction: a short text under a passage, citing references only. */
export function renderCorrectionHtml(markdown: string, referenceKeys: readonly string[]): string {
  return sanitizeLessonHtml(citingMarkdown({ passageAnchors: [], referenceKeys }).render(markdown));
}

function citingMarkdown(targets: CitationTargets): MarkdownIt {
  const markdownIt = new MarkdownIt({ html: false, linkify: false, typographer: true });
  markdownIt.inline.ruler.before('link', 'passage_citation', citationRule('passage_citation', PASSAGE_CITATION));
  markdownIt.inline.ruler.before('link', 'reference_citation', citationRule('reference_citation', REFERENCE_CITATION));
  markdownIt.renderer.rules.passage_citation = (tokens, index) => {
    const anchor: string = tokens[index].meta.target;
    const number = targets.passageAnchors.indexOf(anchor) + 1;
    return `<a class="passage-ref" href="#passage-${anchor}" aria-label="Source passage ${number}">${number}</a>`;
  };
  markdownIt.renderer.rules.reference_citation = (tokens, index) => {
    const key: string = tokens[index].meta.target;
    const number = targets.referenceKeys.indexOf(key) + 1;
    return `<a class="reference-ref" href="#reference-${key}" aria-label="Reference ${number}">[${number}]</a>`;
  };
  return markdownIt;
}

function citationRule(type: string, pattern: RegExp): MarkdownIt.ParserInline.RuleInline {
  return (state, silent) => {
    const match = pattern.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) state.push(type, '', 0).meta = { target: match[1] };
    state.pos += match[0].length;
    return true;
  };
}

/**
 * A lesson page's title is its h1, so the lesson's own top headings become h2 and the rest
 * follow, whatever level the author wrote them at inside the module file.
 */
function raiseHeadings(tokens: Token[]): void {
  const headings = tokens.filter((token) => token.type === 'heading_open' || token.type === 'heading_close');
  const levelOf = (token: Token) => Number(token.tag.slice(1));
  const shift = Math.min(...headings.map(levelOf)) - 2;
  for (const heading of headings) heading.tag = `h${Math.min(6, levelOf(heading) - shift)}`;
}

export function sanitizeLessonHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre',
      'a', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
    ],
    allowedAttributes: { a: ['href', 'class', 'aria-label', 'rel', 'target'], ol: ['start'], th: ['align'], td: ['align'] },
    allowedClasses: { a: ['passage-ref', 'reference-ref'] },
    allowedSchemes: ['https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) =>
        attribs.href?.startsWith('#')
          ? { tagName, attribs }
          : { tagName, attribs: { ...attribs, rel: 'noopener noreferrer', target: '_blank' } },
    },
  });
}
