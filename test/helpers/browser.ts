export { launchChromium } from '../../src/report/chromium.js';
