import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageTitle } from './PageTitle';

const general = 'Courses, quizzes and verifiable certificates for clinicians.';

function description() {
  return document.head.querySelector<HTMLMetaElement>('meta[name="description"]')?.content;
}

describe('page title', () => {
  beforeEach(() => {
    document.head.insertAdjacentHTML('beforeend', `<meta name="description" content="${general}">`);
  });
  afterEach(() => {
    document.head.querySelector('meta[name="description"]')?.remove();
  });

  it('describes the page in the one description of the document while the page is shown', () => {
    const page = render(<PageTitle description="Botulinum toxin for chronic migraine, in six lessons.">Botox for migraine</PageTitle>);

    expect(document.title).toBe('Botox for migraine · Practitioner Training');
    expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(description()).toBe('Botulinum toxin for chronic migraine, in six lessons.');

    page.unmount();
    expect(description()).toBe(general);
  });

  it('leaves the general description to a page that has none of its own', () => {
    render(<PageTitle>Users</PageTitle>);

    expect(description()).toBe(general);
  });
});
