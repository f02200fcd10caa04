/**
 * Follows a link of the main navigation as a person would: on a phone the Menu button first, and
 * the menu of the link's group (Teaching, Administration) when the link is in one.
 */
export async function followMainLink(page, name) {
  const menu = page.locator('.site-header').getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
  const navigation = page.getByRole('navigation', { name: 'Main' });
  const link = navigation.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) {
    const group = navigation.locator('.disclosure-menu').filter({ has: page.getByRole('link', { name, exact: true, includeHidden: true }) });
    await group.getByRole('button').click();
  }
  await link.click();
}

/** Opens the menu under the signed-in person's name, where their own pages are. */
export async function openAccountMenu(page) {
  const menu = page.locator('.site-header').getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
  await page.locator('.site-header').getByRole('button', { name: /^Signed in as / }).click();
}
