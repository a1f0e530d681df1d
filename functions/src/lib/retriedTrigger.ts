// Every trigger is safe to run again (markers, recomputation, deterministic ids), so a failed run
// (a transaction that lost too many contention retries, a timeout) is redelivered instead of
// leaving counters or links behind for good.
export const retriedTrigger = <Document extends string>(document: Document) => ({
  document,
  retry: true,
});
