const IDLE_MS = 4_000;

export interface TypingSender {
  /** A key was pressed: say "typing" once, and "stopped" after a pause. */
  touch(): void;
  stop(): void;
}

/** Throttles typing.update so a keystroke is not a frame on a metered connection. */
export function createTypingSender(send: (typing: boolean) => unknown): TypingSender {
  let typing = false;
  let idle: ReturnType<typeof setTimeout> | undefined;

  function stop(): void {
    clearTimeout(idle);
    if (!typing) return;
    typing = false;
    send(false);
  }

  return {
    touch() {
      clearTimeout(idle);
      idle = setTimeout(stop, IDLE_MS);
      if (typing) return;
      typing = true;
      send(true);
    },
    stop,
  };
}
