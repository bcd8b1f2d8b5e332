export interface ScoredLine {
  danger: boolean;
  /** Whether the rules alone already raise a card for the line. */
  rules: boolean;
  /** The model's out-of-fold danger probability. */
  score: number;
}

/**
 * The lowest danger-probability threshold at which the model adds false alarms on at most
 * `budget` of the harmless lines (beyond those the rules already raise), never below `floor`.
 * Lowest, because within the false-alarm budget every extra danger line found is worth having.
 */
export function chooseThreshold(lines: readonly ScoredLine[], budget: number, floor: number): number {
  const harmless = lines.filter((line) => !line.danger).length;
  const allowed = Math.floor(budget * harmless);
  const addedAlarms = lines
    .filter((line) => !line.danger && !line.rules && line.score >= floor)
    .map((line) => line.score)
    .sort((a, b) => b - a);
  // Just above the (allowed+1)-th highest harmless score, so exactly `allowed` of them stay above.
  const blocking = addedAlarms[allowed];
  return blocking === undefined ? floor : Math.min(1, Math.max(floor, nextUp(blocking)));
}

function nextUp(value: number): number {
  return value + Math.max(1e-9, Math.abs(value) * 1e-9);
}
