import { randomBytes } from 'node:crypto';
import type { Response } from 'express';

/**
 * The few pages the tool answers itself, outside the web app: a refusal, the automatic post of a
 * deep-linking answer back to the LMS, and the deep-linking choice. Each carries its own Content
 * Security Policy: the app's allows forms to post to this site only, and these post to the LMS.
 */

export interface PlacementChoice {
  value: string;
  label: string;
}

export interface CourseChoice extends PlacementChoice {
  quizzes: PlacementChoice[];
}

export function sendRefusalPage(response: Response, status: number, code: string, message: string): void {
  send(response, status, { formAction: "'none'" }, 'The LMS link did not open', `
    <h1>The LMS link did not open</h1>
    <p>${escape(message)}</p>
    <p>Error code: <code id="error-code">${escape(code)}</code></p>`);
}

/** Posts `fields` to `action` as soon as the page loads; the button is there for a browser without scripts. */
export function sendAutoPostPage(response: Response, action: string, fields: Record<string, string>): void {
  const nonce = randomBytes(16).toString('base64');
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  send(response, 200, { formAction: `'self' ${new URL(action).origin}`, scriptNonce: nonce }, 'Returning to the LMS', `
    <h1>Returning to the LMS</h1>
    <form id="return" method="post" action="${escape(action)}">${inputs}<button type="submit">Continue to the LMS</button></form>
    <script nonce="${nonce}">document.getElementById('return').submit();</script>`);
}

export function sendPlacementPage(response: Response, action: string, courses: CourseChoice[]): void {
  const option = (choice: PlacementChoice, checked: boolean) =>
    `<label class="choice"><input type="radio" name="content" value="${escape(choice.value)}"${checked ? ' checked' : ''}> ${escape(choice.label)}</label>`;
  const list = courses
    .map((course, index) => `
      <li>${option(course, index === 0)}${course.quizzes.length ? `<ul>${course.quizzes.map((quiz) => `<li>${option(quiz, false)}</li>`).join('')}</ul>` : ''}</li>`)
    .join('');
  const body = courses.length
    ? `<form method="post" action="${escape(action)}"><fieldset role="radiogroup"><legend>Course or quiz</legend><ul>${list}</ul></fieldset><button type="submit">Place in the LMS</button></form>`
    : '<p>No course is published yet.</p>';
  send(response, 200, { formAction: "'self'" }, 'Place a course or quiz in the LMS', `
    <h1>Place a course or quiz in the LMS</h1>
    <p>Learners who open the link sign in here, are enrolled in the course and land on its page; a quiz's grade goes back to the LMS.</p>
    ${body}`);
}

function send(response: Response, status: number, policy: { formAction: string; scriptNonce?: string }, title: string, main: string): void {
  const script = policy.scriptNonce ? `'nonce-${policy.scriptNonce}'` : "'none'";
  response.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; script-src ${script}; style-src 'unsafe-inline'; form-action ${policy.formAction}; frame-ancestors 'none'; base-uri 'none'`,
  );
  response.setHeader('Cache-Control', 'no-store');
  response.status(status).type('html').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}ul{list-style:none;padding-left:1rem}button{font:inherit;padding:.5rem 1rem;margin-top:1rem}.choice{display:inline-block;padding:.25rem 0}:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}</style>
</head><body><main>${main}</main></body></html>`);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
