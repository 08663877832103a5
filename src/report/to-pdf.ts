import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Render an HTML document to an A4 PDF with Debian's headless Chromium (CHROMIUM_PATH or /usr/bin/chromium). */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(
      `htmlToPdf: no browser at ${executablePath}; install Debian's chromium or set CHROMIUM_PATH`,
    );
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
    });
  } finally {
    await browser.close();
  }
}
