import { describe, expect, it } from "vitest";
import { memoryStorage } from "@/lib/testing/memoryStorage";
import { createWriteCounter } from "./writeCounter";

const deferred = () => {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
};

const renamed = { path: "w/1/deals/a", name: "Logo", fields: { title: "Logo" } };
const moved = { path: "w/1/deals/b", name: null, fields: { stage: "won", rank: "a0" } };
const deleted = { path: "w/1/deals/c", name: null, fields: null };

describe("createWriteCounter", () => {
  it("counts a write until the server accepts or refuses it", async () => {
    const storage = memoryStorage();
    const counter = createWriteCounter(storage, "waiting");
    const accepted = deferred();
    const refused = deferred();
    counter.track(accepted.promise);
    const tracked = counter.track(refused.promise);
    expect(counter.count()).toBe(2);
    expect(JSON.parse(storage.values.get("waiting") ?? "")).toHaveLength(2);

    accepted.resolve();
    await accepted.promise;
    expect(counter.count()).toBe(1);

    refused.reject(new Error("permission-denied"));
    await expect(tracked).rejects.toThrow("permission-denied");
    expect(counter.count()).toBe(0);
    expect(storage.values.get("waiting")).toBe("[]");
  });

  it("counts a write from when the device has kept it, and never one answered before that", async () => {
    const counter = createWriteCounter(memoryStorage(), "waiting");
    const kept = deferred();
    const committed = deferred();
    counter.track(committed.promise, [renamed], kept.promise);
    expect(counter.count()).toBe(0);
    kept.resolve();
    await kept.promise;
    expect(counter.count()).toBe(1);
    expect(counter.earlierDocuments()).toEqual([]);

    const keptLate = deferred();
    const answered = deferred();
    counter.track(answered.promise, [moved], keptLate.promise);
    answered.resolve();
    await answered.promise;
    keptLate.resolve();
    await keptLate.promise;
    expect(counter.count()).toBe(1);
    committed.resolve();
    await committed.promise;
    expect(counter.count()).toBe(0);
  });

  it("tells its listeners each change until they leave", () => {
    const counter = createWriteCounter(undefined, "waiting");
    const heard: number[] = [];
    const leave = counter.subscribe(() => heard.push(counter.count()));
    counter.track(new Promise(() => undefined));
    leave();
    counter.track(new Promise(() => undefined));
    expect(heard).toEqual([1]);
  });

  it("keeps what an earlier page's waiting writes wrote until the queue has emptied", () => {
    const storage = memoryStorage();
    const before = createWriteCounter(storage, "waiting");
    before.track(new Promise(() => undefined), [renamed]);
    before.track(new Promise(() => undefined), [moved, deleted]);

    const counter = createWriteCounter(storage, "waiting");
    expect(counter.count()).toBe(2);
    expect(counter.hasEarlier()).toBe(true);
    expect(counter.earlierDocuments()).toEqual([renamed, moved, deleted]);
    counter.track(new Promise(() => undefined));
    expect(createWriteCounter(storage, "waiting").count()).toBe(3);

    counter.earlierSettled();
    expect(counter.count()).toBe(1);
    expect(counter.hasEarlier()).toBe(false);
    expect(counter.earlierDocuments()).toEqual([]);
  });

  it("reads the bare count earlier builds stored, and ignores what it cannot read", () => {
    const counted = createWriteCounter(memoryStorage({ waiting: "3" }), "waiting");
    expect(counted.count()).toBe(3);
    expect(counted.earlierDocuments()).toEqual([]);
    expect(createWriteCounter(memoryStorage({ waiting: "abc" }), "waiting").count()).toBe(0);
    expect(createWriteCounter(memoryStorage({ waiting: "-2" }), "waiting").count()).toBe(0);
    expect(createWriteCounter(memoryStorage({ waiting: "{}" }), "waiting").count()).toBe(0);
  });

  it("keeps only the number when storage is full", () => {
    const storage = memoryStorage();
    const full = {
      getItem: storage.getItem,
      setItem: (key: string, value: string) => {
        if (value.startsWith("[")) throw new Error("QuotaExceededError");
        storage.setItem(key, value);
      },
    };
    createWriteCounter(full, "waiting").track(new Promise(() => undefined), [renamed]);
    expect(storage.values.get("waiting")).toBe("1");
  });
});
