import { beforeAll } from "vitest";
import { clearFirestore } from "@pano/testing/emulatorClients";
import { settleTriggers } from "@pano/testing/settleTriggers";

// Every task, deal or interaction write sets off several triggers, and the Functions emulator runs
// them one at a time: a file that writes hundreds of documents leaves a queue behind it, and
// clearing its data sets off a delete event for each document. Each test file starts once the
// previous file's data is gone and that queue is empty, so its own waits measure its own events.
beforeAll(async () => {
  await clearFirestore();
  await settleTriggers(280_000);
}, 300_000);
