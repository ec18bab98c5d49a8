import { arrayAt, isObject, type JsonObject, objectAt, stringAt } from './json.ts';

/**
 * One contracting process as the indicators see it. The engine fills it once per release (the
 * parts every indicator needs are looked up once, the lists some need are built on first use
 * and shared) so adding a release stays a single light walk.
 */
export class ReleaseView {
  release: JsonObject = {};
  ocid = '';
  /** The release's position in the run (from 0), to count something once per release. */
  serial = -1;
  /** /tender, when an object. */
  tender: JsonObject | undefined;
  /** /tender/procurementMethodDetails, when a string. */
  methodDetails: string | undefined;
  /** /bids/details, when /bids is an object and details an array. */
  details: unknown[] | undefined;
  /** /awards, when an array. */
  awards: unknown[] | undefined;
  /** Whether bid prices may be compared in this process (global price-comparison settings). */
  comparesPrices = true;

  #submitted: JsonObject[] | undefined;
  #finalAwards: JsonObject[] | null | undefined;

  load(
    release: JsonObject,
    ocid: string,
    tender: JsonObject | undefined,
    methodDetails: string | undefined,
  ) {
    this.release = release;
    this.ocid = ocid;
    this.serial += 1;
    this.tender = tender;
    this.methodDetails = methodDetails;
    this.details = arrayAt(objectAt(release, 'bids'), 'details');
    this.awards = arrayAt(release, 'awards');
    this.#submitted = undefined;
    this.#finalAwards = undefined;
  }

  /**
   * Submitted bids: status pending, valid or disqualified (any status but invited and
   * withdrawn; a bid without a status is not counted).
   */
  submittedBids(): JsonObject[] {
    if (this.#submitted) return this.#submitted;
    const submitted: JsonObject[] = [];
    for (const bid of this.details ?? []) {
      if (!isObject(bid)) continue;
      const status = bid.status;
      if (typeof status === 'string' && status !== 'invited' && status !== 'withdrawn') {
        submitted.push(bid);
      }
    }
    this.#submitted = submitted;
    return submitted;
  }

  /**
   * The active awards, if every award with a status is in a final state (active, cancelled or
   * unsuccessful) so the results are stable; null if an award is pending (or any other status),
   * or if the release has no awards array or no bids. With the list, `details` is set.
   */
  activeAwardsIfAllFinal(): JsonObject[] | null {
    if (this.#finalAwards !== undefined) return this.#finalAwards;
    let result: JsonObject[] | null = null;
    if (this.awards && this.details) {
      result = [];
      for (const award of this.awards) {
        const status = stringAt(award, 'status');
        if (status === undefined) continue;
        if (status === 'active') result.push(award as JsonObject);
        else if (status !== 'cancelled' && status !== 'unsuccessful') {
          result = null;
          break;
        }
      }
    }
    this.#finalAwards = result;
    return result;
  }

  /**
   * The only supplier of the only active award, when all awards are final: the winner that
   * the price-based indicators (R024, R025, R058) compare the other bids with. Several active
   * awards would mean lots, and several suppliers a consortium, which Cardinal leaves out.
   */
  soleWinnerId(): string | undefined {
    const active = this.activeAwardsIfAllFinal();
    if (active?.length !== 1) return undefined;
    const suppliers = arrayAt(active[0], 'suppliers');
    if (suppliers?.length !== 1) return undefined;
    return stringAt(suppliers[0], 'id');
  }
}

/** /tender/procurementMethod is one of the set (an empty set matches every process). */
export function matchesProcurementMethod(
  tender: JsonObject | undefined,
  methods: ReadonlySet<string>,
): boolean {
  if (methods.size === 0) return true;
  const method = stringAt(tender, 'procurementMethod');
  return method !== undefined && methods.has(method);
}

/**
 * Cardinal's allow/deny rule on /tender/procurementMethodDetails: with an allow list, the value
 * must be in it (a missing value is not); otherwise it must not be in the deny list (a missing
 * value passes).
 */
export function matchesMethodDetails(
  details: string | undefined,
  include: ReadonlySet<string>,
  exclude: ReadonlySet<string>,
): boolean {
  if (details === undefined) return include.size === 0;
  return include.size === 0 ? !exclude.has(details) : include.has(details);
}
