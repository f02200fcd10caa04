import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage, stubClient } from '../test/render-page';

describe('site shell', () => {
  it('shows a page-not-found message with a way back to the courses at an unknown address', async () => {
    renderPage('/no-such-page', stubClient({ data: { courses: [] } }));

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(document.title).toBe('Page not found · Practitioner Training');
    await userEvent.click(screen.getByRole('link', { name: 'Browse all courses' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();
  });

  it('lets a keyboard user skip the header straight to the page content', async () => {
    renderPage('/no-such-page', stubClient({ data: { courses: [] } }));

    await userEvent.tab();
    const skipLink = screen.getByRole('link', { name: 'Skip to content' });
    expect(skipLink).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(screen.getByRole('main')).toHaveFocus();
  });
});
