import type { CompiledRelease, ReleasePass } from '../../ocds/release.ts';
import type { RedFlag } from '../flag.ts';
import { additionalPurchases } from './additional-purchases.ts';
import { directAfterCancellation } from './after-cancellation.ts';
import { bidSpread } from './bid-spread.ts';
import { captiveSupplier } from './captive-supplier.ts';
import { directWithoutGround } from './direct-without-ground.ts';
import { readFacts } from './facts.ts';
import { lowCompetition } from './low-competition.ts';
import { noPenalties } from './no-penalties.ts';
import type { FlagPass, FlagSink, PassContext } from './pass.ts';
import { dayOf } from './read.ts';
import { DEFAULT_KYRGYZ_SETTINGS, type KyrgyzFlagSettings } from './settings.ts';
import { sharedContacts } from './shared-contacts.ts';
import { simplifiedAboveThreshold } from './simplified-above-threshold.ts';
import { singleBidderBuyer } from './single-bidder-buyer.ts';
import { splitPurchases } from './split-purchases.ts';

export type KyrgyzFlagOptions = {
  /**
   * Receive each flag as it is raised instead of in the list `finish` returns (which is then
   * empty): a national data set can raise hundreds of thousands of flags, better stored as they
   * come than held together.
   */
  onFlag?: (flag: RedFlag) => void;
};

/**
 * The red flags used in monitoring Kyrgyz public procurement, over OCDS compiled releases
 * (publisher prefix ocds-h7i0z4). Tender flags that need only one release are raised as the
 * release is read; flags that compare a tender with the others (averages, per-buyer and
 * per-supplier counts, earlier cancellations and tenders) are raised by `finish`.
 *
 * `now` (an ISO date) bounds the look-back windows; without it all releases count. The engine
 * reads no clock and keeps no release: only the small aggregates each flag needs.
 * Releases of any shape are accepted; what cannot be read is skipped, never guessed.
 */
export function kyrgyzRedFlags(
  settings: KyrgyzFlagSettings = DEFAULT_KYRGYZ_SETTINGS,
  now?: string,
  options: KyrgyzFlagOptions = {},
): ReleasePass<RedFlag[]> {
  const context: PassContext = { settings, today: now === undefined ? null : dayOf(now) };
  const passes: FlagPass[] = [
    sharedContacts(context),
    directWithoutGround(context),
    additionalPurchases(context),
    directAfterCancellation(context),
    noPenalties(context),
    lowCompetition(context),
    bidSpread(context),
    singleBidderBuyer(context),
    simplifiedAboveThreshold(context),
    splitPurchases(context),
    captiveSupplier(context),
  ];
  const out: RedFlag[] = [];
  const onFlag = options.onFlag;
  const sink: FlagSink = onFlag === undefined ? out : { push: (flag: RedFlag) => onFlag(flag) };
  let finished = false;
  return {
    add(release: CompiledRelease) {
      if (finished) return;
      const facts = readFacts(release, settings);
      if (facts === null) return;
      for (const pass of passes) pass.add(facts, sink);
    },
    finish() {
      if (!finished) {
        finished = true;
        for (const pass of passes) pass.finish(sink);
      }
      return out;
    },
  };
}

export { ADDITIONAL_PURCHASES } from './additional-purchases.ts';
export { DIRECT_AFTER_CANCELLATION } from './after-cancellation.ts';
export { BID_SPREAD } from './bid-spread.ts';
export { CAPTIVE_SUPPLIER } from './captive-supplier.ts';
export { DIRECT_WITHOUT_GROUND } from './direct-without-ground.ts';
export { LOW_COMPETITION } from './low-competition.ts';
export { NO_PENALTIES } from './no-penalties.ts';
export { SHARED_CONTACTS } from './shared-contacts.ts';
export { SIMPLIFIED_ABOVE_THRESHOLD } from './simplified-above-threshold.ts';
export { SINGLE_BIDDER_BUYER } from './single-bidder-buyer.ts';
export { SPLIT_PURCHASES } from './split-purchases.ts';
