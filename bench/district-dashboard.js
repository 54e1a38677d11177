// Times the district dashboard (the reports page) as the demo district admin sees it.
// usage: BASE=http://localhost:8091 DISTRICT=<uuid> node district-dashboard.js [runs]
const { chromium } = require('playwright-core');
(async () => {
  const base = process.env.BASE || 'http://localhost:8080';
  const runs = Number(process.argv[2] || 10);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(base + '/login');
  await page.fill('#username', 'district@demo.microcred.org');
  await page.fill('#password', 'Microcred-demo-2026');
  await page.click('main button[type=submit]');
  await page.waitForLoadState();
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const t0 = Date.now();
    const response = await page.request.get(`${base}/districts/${process.env.DISTRICT}/reports`);
    await response.body();
    if (i >= 2) times.push(Date.now() - t0); // two warm-up requests
    if (response.status() !== 200) throw new Error('HTTP ' + response.status());
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ runs, medianMs: times[Math.floor(runs / 2)], maxMs: times[runs - 1], all: times }));
  await browser.close();
})();
