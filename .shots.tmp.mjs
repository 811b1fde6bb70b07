// Temporary screenshot driver (not part of the project).
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://localhost:3310';
const steps = JSON.parse(process.env.STEPS ?? '[]');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const width of [1280, 390]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
  await page.goto(`${base}/login`);
  await page.getByLabel('Nama pengguna').fill(process.env.USER_NAME ?? 'bandarlampung.operator');
  await page.getByLabel('Kata sandi').fill('sigap-demo-2024');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  for (const [i, step] of steps.entries()) {
    if (step.goto) await page.goto(base + step.goto);
    if (step.eval) await eval(`(async () => { ${step.eval} })()`);
    await page.waitForTimeout(step.wait ?? 800);
    if (step.shot) await page.screenshot({ path: `/tmp/shots-registry/${step.shot}-${width}.png`, fullPage: true });
  }
  await ctx.close();
}
await browser.close();
