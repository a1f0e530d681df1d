import { describe, expect, it } from "vitest";
import { createWriteCounter } from "./writeCounter";

const memoryStorage = (initial: Record<string, string> = {}) => {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
};

const deferred = () => {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
};

describe("createWriteCounter", () => {
  it("counts a write until the server accepts or refuses it", async () => {
    const storage = memoryStorage();
    const counter = createWriteCounter(storage, "waiting");
    const accepted = deferred();
    const refused = deferred();
    counter.track(accepted.promise);
    const tracked = counter.track(refused.promise);
    expect(counter.count()).toBe(2);
    expect(storage.values.get("waiting")).toBe("2");

    accepted.resolve();
    await accepted.promise;
    expect(counter.count()).toBe(1);

    refused.reject(new Error("permission-denied"));
    await expect(tracked).rejects.toThrow("permission-denied");
    expect(counter.count()).toBe(0);
    expect(storage.values.get("waiting")).toBe("0");
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

  it("keeps the writes an earlier page left waiting until the queue has emptied", () => {
    const storage = memoryStorage({ waiting: "3" });
    const counter = createWriteCounter(storage, "waiting");
    expect(counter.count()).toBe(3);
    expect(counter.hasEarlier()).toBe(true);
    counter.track(new Promise(() => undefined));
    expect(storage.values.get("waiting")).toBe("4");

    counter.earlierSettled();
    expect(counter.count()).toBe(1);
    expect(counter.hasEarlier()).toBe(false);
  });

  it("ignores a stored value that is not a count", () => {
    expect(createWriteCounter(memoryStorage({ waiting: "abc" }), "waiting").count()).toBe(0);
    expect(createWriteCounter(memoryStorage({ waiting: "-2" }), "waiting").count()).toBe(0);
  });
});
