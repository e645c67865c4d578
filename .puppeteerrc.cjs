// Use a system Chromium when one is installed (Debian/CI: apt-get install chromium);
// otherwise Puppeteer downloads its own Chrome as usual (Windows/macOS machines).
// Setting executablePath also makes Puppeteer skip its download during `npm ci`.
const fs = require('node:fs');
const candidates = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable'].filter(Boolean);
const found = candidates.find((p) => { try { fs.accessSync(p, fs.constants.X_OK); return true; } catch { return false; } });
module.exports = found ? { executablePath: found } : {};
