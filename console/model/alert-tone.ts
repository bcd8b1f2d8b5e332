export interface AlertTone {
  /** Creates or wakes the audio context; call from a user gesture, as browsers require. */
  prime(): void;
  play(): void;
}

/**
 * Two short rising beeps from an oscillator: no audio file to load, and distinct from a chat
 * ping. Browsers only start audio after a user gesture, so the context is primed on the first
 * click or key press and reused; before that, the banner alone has to do.
 */
export function createAlertTone(): AlertTone {
  let context: AudioContext | null = null;

  function ensure(): AudioContext | null {
    if (!context && typeof AudioContext === 'function') context = new AudioContext();
    if (context?.state === 'suspended') void context.resume().catch(() => undefined);
    return context;
  }

  function beep(ctx: AudioContext, frequency: number, start: number): void {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    // A quick fade in and out avoids the click of a hard start and stop.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.2);
  }

  return {
    prime: () => void ensure(),
    play() {
      const ctx = ensure();
      if (!ctx || ctx.state !== 'running') return;
      beep(ctx, 880, ctx.currentTime);
      beep(ctx, 1175, ctx.currentTime + 0.25);
    },
  };
}
