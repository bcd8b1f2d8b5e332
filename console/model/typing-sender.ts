const IDLE_MS = 4_000;

export interface TypingSender {
  /** A key was pressed in the composer: say "typing" once, then "stopped" after a pause. */
  touch(): void;
  /** Sent, cleared or left the conversation. */
  stop(): void;
}

/** Debounces typing.update so each keystroke is not a frame to the family's phone. */
export function createTypingSender(send: (typing: boolean) => void): TypingSender {
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
