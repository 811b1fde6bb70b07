import { expect, type Page } from '@playwright/test';

/** The demo users' password the e2e server is started with (playwright.config.ts). */
export const PASSWORD = process.env.SIGAP_DEMO_PASSWORD ?? 'sigap-demo-2024';

/**
 * Signs in through the login form as a demo user and waits for the main navigation. Cookies are cleared
 * first, so a test may switch users on the same page.
 */
export async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
}
