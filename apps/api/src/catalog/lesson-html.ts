import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import sanitizeHtml from 'sanitize-html';

const CITATION = /^\[§([a-z0-9]+(?:-[a-z0-9]+)*)\]/;

/**
 * Renders lesson Markdown to the HTML learners see. Raw HTML in the source is escaped by
 * markdown-it, and the result is sanitised again so nothing an author writes can run.
 * `[§anchor]` becomes a numbered link to that passage of the lesson's cited source.
 */
export function renderLessonHtml(markdown: string, citedAnchors: string[]): string {
  const markdownIt = new MarkdownIt({ html: false, linkify: false, typographer: true });
  markdownIt.inline.ruler.before('link', 'passage_citation', (state, silent) => {
    const match = CITATION.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push('passage_citation', '', 0);
      token.meta = { anchor: match[1] };
    }
    state.pos += match[0].length;
    return true;
  });
  markdownIt.renderer.rules.passage_citation = (tokens, index) => {
    const anchor: string = tokens[index].meta.anchor;
    const number = citedAnchors.indexOf(anchor) + 1;
    return `<a class="passage-ref" href="#passage-${anchor}" aria-label="Source passage ${number}">${number}</a>`;
  };
  const tokens = markdownIt.parse(markdown, {});
  raiseHeadings(tokens);
  return sanitizeLessonHtml(markdownIt.renderer.render(tokens, markdownIt.options, {}));
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
    allowedClasses: { a: ['passage-ref'] },
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
