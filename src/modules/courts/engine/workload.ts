import type { Day } from './types.ts';

interface Held {
  day: Day;
  points: number;
  alive: boolean;
}

/**
 * One judge's workload: the points of the cases they hold that were allocated within the
 * window. Allocations arrive in day order, so a sliding start index keeps each query cheap even
 * with a million allocations; a case taken away is marked and subtracted at once.
 */
export class JudgeWorkload {
  private readonly held: Held[] = [];
  private start = 0;
  private sum = 0;

  add(day: Day, points: number): Held {
    const held = { day, points, alive: true };
    this.held.push(held);
    this.sum += points;
    return held;
  }

  remove(held: Held) {
    if (!held.alive) return;
    held.alive = false;
    if (this.held.indexOf(held, this.start) !== -1) this.sum -= held.points;
  }

  /** Points held from allocations on or after `cutoff`. */
  at(cutoff: Day): number {
    while (this.start < this.held.length && this.held[this.start]!.day < cutoff) {
      const h = this.held[this.start]!;
      if (h.alive) this.sum -= h.points;
      this.start++;
    }
    while (this.start > 0 && this.held[this.start - 1]!.day >= cutoff) {
      this.start--;
      const h = this.held[this.start]!;
      if (h.alive) this.sum += h.points;
    }
    return this.sum;
  }
}

export type HeldCase = Held;
