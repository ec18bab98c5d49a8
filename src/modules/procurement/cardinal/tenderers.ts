/**
 * What the indicators keep per tenderer (/bids/details[]/tenderers[]/id, and the supplier of an
 * award for R048), in one record per identifier. The same identifier turns up in several bids,
 * awards and indicators of a release; one shared record, found once per release through a small
 * memo, saves most lookups in a map of tens of thousands of organisations.
 */
export class TendererRecord {
  /** R025: processes with a valid bid from this tenderer, and those it won. */
  processesBid = 0;
  processesWon = 0;
  /** R038: its submitted bids, and those disqualified. */
  submittedBids = 0;
  disqualifiedBids = 0;
  /** R048: processes with an item awarded to it alone, and the classification prefixes. */
  awardedProcesses = 0;
  classifications: Set<string> | null = null;
  /** The last release (ReleaseView.serial) in which R025 and R048 counted this tenderer. */
  bidInRelease = -1;
  awardedInRelease = -1;

  constructor(readonly id: string) {}
}

/** Memo size: enough for almost every release; a larger one goes to the map directly. */
const MEMO = 16;

export class Tenderers {
  readonly #records = new Map<string, TendererRecord>();
  readonly #memoIds: string[] = [];
  readonly #memoRecords: TendererRecord[] = [];

  /** Called for each release: the memo only holds the current release's tenderers. */
  startRelease(): void {
    this.#memoIds.length = 0;
    this.#memoRecords.length = 0;
  }

  get(id: string): TendererRecord {
    const ids = this.#memoIds;
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === id) return this.#memoRecords[i]!;
    }
    let record = this.#records.get(id);
    if (!record) {
      record = new TendererRecord(id);
      this.#records.set(id, record);
    }
    if (ids.length < MEMO) {
      ids.push(id);
      this.#memoRecords.push(record);
    }
    return record;
  }

  values(): IterableIterator<TendererRecord> {
    return this.#records.values();
  }
}
