import { expect, type Locator } from '@playwright/test';

/**
 * Chooses an option of an Ant Design select by the keyboard, as at the counter: a key opens the
 * list, further keys move the active option until it is the one named (read from the select's
 * own `aria-activedescendant`, not counted), Enter takes it. `chosen` is what shows once it is
 * taken. On a loaded machine a key pressed while the list is still opening can be swallowed, so
 * the whole choice is tried again until `chosen` shows — never by pressing Enter on a choice
 * already taken, which in a multiple select would take it back.
 */
export async function chooseOption(select: Locator, name: string, chosen: Locator) {
  const page = select.page();
  await expect(async () => {
    await select.focus();
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.press('ArrowDown');
    await expect(async () => {
      const activeId = await select.getAttribute('aria-activedescendant');
      const active = activeId
        ? await page.locator(`[id="${activeId}"]`).getAttribute('aria-label')
        : null;
      if (active !== name) await select.press('ArrowDown');
      expect(active).toBe(name);
    }).toPass({ intervals: [100, 200, 400], timeout: 5_000 });
    await select.press('Enter');
    await expect(chosen).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}
