import { describe, expect, it } from "vitest";
import serviceWorker from "../../../../public/firebase-messaging-sw.js?raw";
import webPackage from "../../../../package.json";

// The service worker loads Firebase's compat scripts by URL (it is served as is, not bundled),
// so their version is written twice; this fails the moment it and the app's Firebase disagree.
describe("firebase-messaging-sw.js", () => {
  it("loads the Firebase version the app is built with", () => {
    const versions = [...serviceWorker.matchAll(/firebasejs\/([^/]+)\//g)].map((match) => match[1]);
    expect(versions).toHaveLength(2);
    expect(new Set(versions)).toEqual(new Set([webPackage.dependencies.firebase]));
  });
});
