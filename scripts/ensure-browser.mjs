#!/usr/bin/env node
// First step of `npm test`: the end-to-end suites drive Debian's Chromium, and their screenshots need Chinese
// fonts. Without them the suite would run for minutes and then fail, so this looks before anything else runs:
// when either is missing and this machine can install Debian's packages (root with apt-get), it installs them,
// saying so; otherwise it stops at once with the exact command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

function chromiumRuns() {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    return false;
  }
  return spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
}

/** Whether fontconfig knows a font with Chinese glyphs (Noto CJK, or any other the machine has). */
function chineseFontsPresent() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function missingPackages() {
  const missing = [];
  if (!chromiumRuns()) missing.push('chromium');
  if (!chineseFontsPresent()) missing.push('fonts-noto-cjk');
  return missing;
}

function canInstall() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

const missing = missingPackages();
if (missing.length === 0) process.exit(0);

const needed = missing.includes('chromium') ? PACKAGES : missing;
const command = `apt-get install -y --no-install-recommends ${needed.join(' ')}`;
if (!canInstall() || process.env.CHROMIUM_PATH) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.error(
    `The browser tests need ${missing.join(' and ')} (${CHROMIUM}${missing.includes('fonts-noto-cjk') ? ', Chinese fonts' : ''}).\n` +
      `Install them, then run npm test again:\n\n  ${sudo}apt-get update && ${sudo}${command}\n`,
  );
  process.exit(1);
}

console.log(`npm test: installing Debian's ${needed.join(' and ')} for the browser tests (${command})…`);
if (
  !run('apt-get', ['update', '-qq']) ||
  !run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...needed])
) {
  console.error(`Installing failed. Run it yourself, then npm test again:\n\n  apt-get update && ${command}\n`);
  process.exit(1);
}
const still = missingPackages();
if (still.length > 0) {
  console.error(`Still missing after the install: ${still.join(', ')}.`);
  process.exit(1);
}
console.log('npm test: Chromium and Chinese fonts are ready.');
