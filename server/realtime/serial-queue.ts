/**
 * Runs one socket's work strictly in arrival order, each task after the one before has finished:
 * verbs are asynchronous, and a family's second message must never overtake its first. A failing
 * task is reported and the next one still runs.
 */
export function serialQueue(onError: (error: unknown) => void): (task: () => Promise<void> | void) => void {
  let tail: Promise<void> = Promise.resolve();
  return (task) => {
    tail = tail.then(task).catch(onError);
  };
}
