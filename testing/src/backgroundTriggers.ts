// The Functions emulator delivers each event once, one at a time, so it never shows the races
// that parallel delivery in production causes. Tests of those races call the handlers directly,
// with the emulator's own delivery switched off so it cannot repair what they leave behind.
const hub = () => {
  const address = process.env["FIREBASE_EMULATOR_HUB"];
  if (!address)
    throw new Error("FIREBASE_EMULATOR_HUB is not set: run under firebase emulators:exec");
  return `http://${address}`;
};

const setBackgroundTriggers = async (enabled: boolean) => {
  const action = enabled ? "enableBackgroundTriggers" : "disableBackgroundTriggers";
  const response = await fetch(`${hub()}/functions/${action}`, { method: "PUT" });
  if (!response.ok) throw new Error(`${action} failed: HTTP ${response.status}`);
};

export const disableBackgroundTriggers = () => setBackgroundTriggers(false);
export const enableBackgroundTriggers = () => setBackgroundTriggers(true);
