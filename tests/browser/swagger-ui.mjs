// Swagger UI in a real browser, as a person uses it: open the mock's root (which leads to Swagger UI), authorize with
// a Bearer key, run "Create an Ip connection" with its example unchanged and see 201, then switch to the control
// document and run the health check. Usage: node swagger-ui.mjs <mock base url> [screenshot folder]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2];
const shots = process.argv[3];
if (!base) throw new Error('usage: node swagger-ui.mjs <mock base url> [screenshot folder]');
if (shots) mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
const step = async (name, run) => {
  try { await run(); console.log(`ok - ${name}`); }
  catch (error) { failed = true; console.log(`not ok - ${name}: ${error.message.split('\n')[0]}`); throw error; }
};
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const shot = async (name) => { if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false }); };

try {
  await step('the root leads to Swagger UI with the Telnyx document', async () => {
    await page.goto(base + '/', { waitUntil: 'networkidle' });
    if (!page.url().includes('/swagger')) throw new Error(`landed on ${page.url()}`);
    await page.locator('.information-container .title').filter({ hasText: 'Telnyx connection APIs' }).waitFor({ timeout: 15000 });
    await shot('1-telnyx-document');
  });

  await step('Authorize offers a Bearer key and takes one', async () => {
    await page.locator('button.btn.authorize').first().click();
    const dialog = page.locator('.modal-ux');
    await dialog.waitFor();
    const bearer = dialog.locator('.auth-container').filter({ hasText: 'bearer' }).first();
    await bearer.locator('input').first().fill('KEY_swagger_ui');
    await bearer.locator('button.authorize').click();
    await shot('2-authorized');
    await dialog.locator('button.btn-done').first().click();
    await dialog.waitFor({ state: 'detached' });
  });

  await step('Create an Ip connection with its example answers 201', async () => {
    const operation = page.locator('[id$="-CreateIpConnection"]');
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    const body = await operation.locator('textarea.body-param__text').inputValue();
    if (!body.includes('office-trunk')) throw new Error('the request body is not the documented example');
    await operation.locator('button.execute').click();
    const status = operation.locator('.live-responses-table tbody td.response-col_status').first();
    await status.waitFor({ timeout: 15000 });
    const text = (await status.innerText()).trim();
    await operation.scrollIntoViewIfNeeded();
    await shot('3-create-executed');
    if (!text.startsWith('201')) throw new Error(`the response status was ${text}`);
    const response = await operation.locator('.live-responses-table tbody td.response-col_description pre').first().innerText();
    if (!response.includes('"record_type": "ip_connection"')) throw new Error('the response body is not the created connection');
  });

  await step('the control document runs the health check', async () => {
    await page.locator('.download-url-wrapper select').selectOption({ label: 'TelnyxMock control' });
    await page.locator('.information-container .title').filter({ hasText: 'control API' }).waitFor({ timeout: 15000 });
    const operation = page.locator('[id$="-MockHealth"]');
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('button.execute').click();
    const status = operation.locator('.live-responses-table tbody td.response-col_status').first();
    await status.waitFor({ timeout: 15000 });
    await shot('4-health-executed');
    const text = (await status.innerText()).trim();
    if (!text.startsWith('200')) throw new Error(`the response status was ${text}`);
  });

  await step('the control document\'s Authorize dialog offers the admin token, not Telnyx credentials', async () => {
    await page.locator('button.btn.authorize').first().click();
    const dialog = page.locator('.modal-ux');
    await dialog.waitFor();
    const text = await dialog.innerText();
    await shot('5-control-authorize');
    if (!text.includes('admin_token') || text.includes('x-api-user')) throw new Error(`the dialog offers: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
  });
} catch {
  // reported by step()
} finally {
  await browser.close();
}
console.log(failed ? 'Swagger UI checks failed' : 'Swagger UI checks passed');
process.exit(failed ? 1 : 0);
