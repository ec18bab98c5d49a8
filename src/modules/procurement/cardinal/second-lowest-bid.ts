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
  readonly #slots = new Map<string, number>();
  readonly ocids: string[] = [];
  readonly ratios: number[] = [];
  /** The winner and the lowest other tenderer, per process. */
  readonly winners: TendererRecord[] = [];
  readonly runnersUp: TendererRecord[] = [];

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
    const ratio = (runnerUpAmount - winnerAmount) / winnerAmount;
    // A process seen twice keeps its last figures, as Cardinal's map by ocid does.
    let slot = this.#slots.get(view.ocid);
    if (slot === undefined) {
      slot = this.ocids.length;
      this.#slots.set(view.ocid, slot);
      this.ocids.push(view.ocid);
    }
    this.ratios[slot] = ratio;
    // The registry's copy of each id: no string kept per process.
    this.winners[slot] = this.tenderers.get(winnerId);
    this.runnersUp[slot] = this.tenderers.get(runnerUp);
  }
}
