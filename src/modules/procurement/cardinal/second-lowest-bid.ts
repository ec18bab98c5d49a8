import type { MainCurrency } from './currency.ts';
import type { IndicatorPass } from './indicator.ts';
import { arrayAt, isObject, stringAt } from './json.ts';
import type { ReleaseView } from './release-view.ts';
import type { TendererRecord, Tenderers } from './tenderers.ts';

/**
 * The percentage difference between the winning bid and the lowest valid bid of another
 * tenderer, per process: (second-lowest − winning) / winning. Shared by R024 (a low outlier:
 * prices suspiciously close) and R058 (a high outlier: a heavily discounted winning bid).
 *
 * Only processes whose prices may be compared, with all awards final and exactly one active
 * award to exactly one supplier; only valid bids by a single tenderer in the main currency. If
 * the winner bid several times its lowest bid counts. If a lower bid lost, the award was not on
 * price alone and the process is left out.
 */
export class SecondLowestBids implements IndicatorPass {
  /** Per process, in the order read; `latest()` drops the earlier lines of a repeated ocid. */
  readonly ocids: string[] = [];
  readonly ratios: number[] = [];
  /** The winner and the lowest other tenderer, per process. */
  readonly winners: TendererRecord[] = [];
  readonly runnersUp: TendererRecord[] = [];
  #latest: number[] | undefined;

  constructor(
    private readonly currency: MainCurrency,
    private readonly tenderers: Tenderers,
  ) {}

  add(view: ReleaseView): void {
    if (!view.comparesPrices) return;
    const winnerId = view.soleWinnerId();
    if (winnerId === undefined) return;
    let winnerAmount: number | undefined;
    let runnerUp: string | undefined;
    let runnerUpAmount: number | undefined;
    for (const bid of view.details!) {
      if (!isObject(bid) || bid.status !== 'valid') continue;
      const value = bid.value;
      if (!isObject(value)) continue;
      const { amount, currency } = value;
      if (typeof amount !== 'number' || typeof currency !== 'string') continue;
      const tenderers = arrayAt(bid, 'tenderers');
      if (tenderers?.length !== 1) continue;
      const tendererId = stringAt(tenderers[0], 'id');
      if (tendererId === undefined || !this.currency.accepts(currency)) continue;
      if (tendererId === winnerId) {
        if (winnerAmount === undefined || amount < winnerAmount) winnerAmount = amount;
      } else if (runnerUpAmount === undefined || amount < runnerUpAmount) {
        runnerUp = tendererId;
        runnerUpAmount = amount;
      }
    }
    if (
      winnerAmount === undefined ||
      runnerUp === undefined ||
      runnerUpAmount === undefined ||
      !(runnerUpAmount >= winnerAmount)
    ) {
      return;
    }
    this.ocids.push(view.ocid);
    this.ratios.push((runnerUpAmount - winnerAmount) / winnerAmount);
    // The registry's copy of each id: no string kept per process.
    this.winners.push(this.tenderers.get(winnerId));
    this.runnersUp.push(this.tenderers.get(runnerUp));
  }

  /**
   * The positions to use: every one, unless an ocid was read more than once, in which case its
   * last figures count, as with Cardinal's map by ocid. Computed once, for R024 and R058.
   */
  latest(): number[] {
    if (this.#latest) return this.#latest;
    const last = new Map<string, number>();
    for (let i = 0; i < this.ocids.length; i++) last.set(this.ocids[i]!, i);
    this.#latest =
      last.size === this.ocids.length ? this.ocids.map((_, i) => i) : [...last.values()];
    return this.#latest;
  }
}
