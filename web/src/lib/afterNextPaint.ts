type FrameClock = {
  requestAnimationFrame: (callback: () => void) => number;
  cancelAnimationFrame: (frame: number) => void;
  setTimeout: (callback: () => void) => ReturnType<typeof setTimeout>;
  clearTimeout: (timer: ReturnType<typeof setTimeout>) => void;
};

// Runs `callback` just after the browser paints its next frame (an animation frame, then a task
// queued from it), and returns a function that cancels it if it has not run yet. Work started
// from a keystroke this way never holds up the frame that shows the key.
export const afterNextPaint = (callback: () => void, clock: FrameClock = window) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = clock.requestAnimationFrame(() => {
    timer = clock.setTimeout(callback);
  });
  return () => {
    clock.cancelAnimationFrame(frame);
    if (timer !== undefined) clock.clearTimeout(timer);
  };
};
