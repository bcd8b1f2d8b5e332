/**
 * What must finish before the server should receive traffic (demo staff seeding, for one), and
 * whether it is shutting down. /readyz answers 503 while anything is pending, so an orchestrator
 * neither routes families to a half-started server nor keeps routing to one that is draining.
 */
export interface Readiness {
  /** Marks a start-up task as pending; call the returned function when it is done. */
  hold(task: string): () => void;
  /** From now on not ready: the server is closing. */
  drain(): void;
  pending(): string[];
}

export function createReadiness(): Readiness {
  const tasks = new Set<string>();
  let draining = false;
  return {
    hold(task) {
      tasks.add(task);
      return () => tasks.delete(task);
    },
    drain() {
      draining = true;
    },
    pending() {
      return draining ? ['shutting down', ...tasks] : [...tasks];
    },
  };
}
