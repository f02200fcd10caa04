import { renderCorrectionHtml, renderLessonHtml } from './lesson-html';

const noCitations = { passageAnchors: [], referenceKeys: [] };

describe('lesson HTML', () => {
  it('turns citations into numbered links to the cited passages', () => {
    const html = renderLessonHtml('Relaxes muscles [§background-1] and more [§migraine-2].', {
      passageAnchors: ['background-1', 'migraine-2'],
      referenceKeys: [],
    });
    expect(html).toContain('<a class="passage-ref" href="#passage-background-1" aria-label="Source passage 1">1</a>');
    expect(html).toContain('href="#passage-migraine-2" aria-label="Source passage 2">2</a>');
  });

  it("numbers reference citations by their place in the course's reference list", () => {
    const html = renderLessonHtml('155 units at 31 sites [ref:botox-label], as in the trials [ref:preempt-pooled].', {
      passageAnchors: [],
      referenceKeys: ['ichd-3', 'preempt-pooled', 'botox-label'],
    });
    expect(html).toContain('<a class="reference-ref" href="#reference-botox-label" aria-label="Reference 3">[3]</a>');
    expect(html).toContain('href="#reference-preempt-pooled" aria-label="Reference 2">[2]</a>');
  });

  it('renders an appraisal correction with its references and nothing that runs', () => {
    const html = renderCorrectionHtml('Neck pain is *common* [ref:botox-label]. <script>alert(1)</script>', ['botox-label']);
    expect(html).toContain('<em>common</em> <a class="reference-ref" href="#reference-botox-label" aria-label="Reference 1">[1]</a>');
    expect(html).not.toContain('<script');
  });

  it.each([
    ['a script tag', "<script>alert('x')</script>"],
    ['an event handler', '<img src=x onerror="alert(1)">'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['an SVG payload', '<svg onload="alert(1)"><circle/></svg>'],
    ['an HTML link with a data: URL', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['a reference-style javascript: link', '[x][1]\n\n[1]: javascript:alert(1)'],
  ])('renders %s inert', (_name, markdown) => {
    const html = renderLessonHtml(markdown, noCitations);
    expect(html).not.toMatch(/<(script|img|svg|iframe|object)\b/i);
    expect(html).not.toMatch(/<a [^>]*href="(javascript|data):/i);
    expect(html).not.toMatch(/<[a-z]+ [^>]*\son[a-z]+=/i);
  });

  it('keeps ordinary Markdown and opens outside links in a new tab safely', () => {
    const html = renderLessonHtml('## Dosing\n\n- **Neck pain** is *rare*\n\n[guideline](https://example.org)', noCitations);
    expect(html).toContain('<h2>Dosing</h2>');
    expect(html).toContain('<li><strong>Neck pain</strong> is <em>rare</em></li>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer" target="_blank">guideline</a>');
  });

  it("makes the lesson's top headings h2, under the page's title, keeping the steps between levels", () => {
    const html = renderLessonHtml('### Why it matters\n\ntext\n\n#### In detail\n\n### In practice', noCitations);
    expect(html.match(/<h\d>[^<]+/g)).toEqual(['<h2>Why it matters', '<h3>In detail', '<h2>In practice']);
  });
});
