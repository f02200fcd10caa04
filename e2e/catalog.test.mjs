import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';

const courseSlug = 'botox-chronic-migraine';

describe('a practitioner reading a course', () => {
  const running = platformAndBrowser();

  test('finds the course in the catalog, opens its first lesson and follows a citation to its passage', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${platform.url}/`);

    const courseLink = page.locator(`.course-card a[href="/courses/${courseSlug}"]`);
    await courseLink.waitFor();
    const courseTitle = (await courseLink.textContent()).trim();
    assert.ok(courseTitle.length > 0, 'the course card shows a title');
    assert.equal(await page.title(), 'Courses · Practitioner Training');
    await checkpoint(page, '1-catalog');

    await courseLink.click();
    await page.getByRole('heading', { level: 1, name: courseTitle }).waitFor();
    const modules = page.getByRole('heading', { level: 2, name: /^Module \d/ });
    assert.ok((await modules.count()) > 0, 'the outline lists the course modules');
    const about = page.getByRole('region', { name: 'About this course' });
    for (const term of ['Who it is for', 'Scope', 'The source']) await about.getByText(term, { exact: true }).waitFor();
    await checkpoint(page, '2-course-outline');

    const firstLessonLink = page.locator('.module-list > li').first().locator('.lesson-list a').first();
    const lessonTitle = (await firstLessonLink.textContent()).trim();
    await firstLessonLink.click();
    await page.getByRole('heading', { level: 1, name: lessonTitle }).waitFor();
    assert.ok((await page.locator('.lesson__body').innerText()).trim().length > 0, 'the lesson text is shown');
    const passages = page.getByRole('complementary', { name: 'Cited passages' }).getByRole('listitem');
    assert.ok((await passages.count()) > 0, 'the lesson shows its cited passages');
    assert.equal(
      await passages.locator('.appraisal__verdict').count(),
      await passages.count(),
      'every cited passage shows what the evidence says of it',
    );
    await checkpoint(page, '3-lesson');

    const referenceCitation = page.locator('.lesson__body a.reference-ref').first();
    const referenceId = (await referenceCitation.getAttribute('href')).slice(1);
    await referenceCitation.click();
    const reference = page.getByRole('region', { name: 'References' }).locator(`[id="${referenceId}"]`);
    assert.ok(await reference.evaluate((element) => element.matches(':target')), 'the reference is the target');
    assert.match(await reference.innerText(), /^\[\d+\] .+ Read on \d{1,2} \w+ \d{4}\.$/);

    const citation = page.locator('.lesson__body a.passage-ref').first();
    const passageId = (await citation.getAttribute('href')).slice(1);
    await citation.click();
    const passage = page.locator(`[id="${passageId}"]`);
    await page.waitForFunction((id) => document.activeElement?.id === id, passageId);
    assert.equal(new URL(page.url()).hash, `#${passageId}`);
    assert.ok(await passage.evaluate((element) => element.matches(':target')), 'the passage is the target');
    assert.ok(await passage.isVisible());
    await checkpoint(page, '4-cited-passage');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('on a 360 px wide phone the lesson fits the screen and its passages follow the text', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 360, height: 740 });
    await page.goto(`${platform.url}/courses/${courseSlug}`);
    await page.locator('.lesson-list a').first().click();
    const passagesPanel = page.getByRole('complementary', { name: 'Cited passages' });
    await passagesPanel.waitFor();

    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= 360, `the page is ${pageWidth} px wide`);
    const lessonBox = await page.locator('.lesson__body').boundingBox();
    const panelBox = await passagesPanel.boundingBox();
    assert.ok(panelBox.y >= lessonBox.y + lessonBox.height, 'the passages panel sits under the lesson');
    await checkpoint(page, '5-lesson-on-a-phone');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
