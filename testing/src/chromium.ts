import { chromium } from "playwright-core";

// Debian's chromium; the flags keep it from reaching for the network on a closed machine.
const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const baseUrl = process.env.E2E_BASE_URL ?? "http://127.0.0.1:5002";

export const launchBrowser = () =>
  chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: chromiumFlags,
  });
