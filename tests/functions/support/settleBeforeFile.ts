import { beforeAll } from "vitest";
import { settleTriggers } from "@pano/testing/settleTriggers";

// Every task, deal or interaction write sets off several triggers, and the Functions emulator runs
// them one at a time: a file that writes hundreds of documents leaves a queue behind it. Each test
// file starts once that queue is empty, so its own waits measure its own events, not the previous
// file's backlog on a busy machine.
beforeAll(() => settleTriggers(280_000), 300_000);
