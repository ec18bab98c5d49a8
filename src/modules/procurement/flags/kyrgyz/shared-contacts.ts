import type { FlagEvidence } from '../flag.ts';
import { type Facts, hasRole } from './facts.ts';
import type { FlagPass, FlagSink, PassContext } from './pass.ts';
import { field, list, text } from './read.ts';

export const SHARED_CONTACTS = 'KG-SHARED-CONTACTS';

type Contact = { kind: 'email' | 'phone' | 'address'; key: string; path: string; value: string };

/**
 * Bidders sharing contact details: two different tenderers of one tender with the same e-mail,
 * the same phone number or the same street address (DPA red flag 1, DataPath KRAI27). Shared
 * details suggest the bids come from one hand (bid rigging, cover bids).
 */
export function sharedContacts({ settings }: PassContext): FlagPass {
  const options = settings.sharedContacts;
  return {
    add(facts: Facts, out: FlagSink) {
      const tenderers = tendererIds(facts);
      if (tenderers.length < 2) return;
      const parties = facts.parties();
      const owners = new Map<string, { tenderer: string; contact: Contact }[]>();
      for (const tenderer of tenderers) {
        const ref = parties.get(tenderer);
        if (ref === undefined) continue;
        const seen = new Set<string>();
        for (const contact of contactsOf(ref.party, ref.path, options)) {
          const key = `${contact.kind}\u0000${contact.key}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const entry = owners.get(key);
          if (entry === undefined) owners.set(key, [{ tenderer, contact }]);
          else entry.push({ tenderer, contact });
        }
      }
      const involved = new Set<string>();
      const evidence: FlagEvidence[] = [];
      for (const shared of owners.values()) {
        if (shared.length < 2) continue;
        for (const { tenderer, contact } of shared) {
          involved.add(tenderer);
          evidence.push({ path: contact.path, value: contact.value });
        }
      }
      if (involved.size < 2) return;
      out.push({
        code: SHARED_CONTACTS,
        subject: 'tender',
        subjectId: facts.ocid,
        ocid: facts.ocid,
        value: involved.size,
        threshold: 2,
        evidence: [
          { path: 'tenderers sharing contact details', value: [...involved] },
          ...evidence,
        ],
      });
    },
    finish() {},
  };
}

/** Tenderers named in the bids, in tender.tenderers, or as parties with the tenderer role. */
function tendererIds(facts: Facts): string[] {
  const ids = new Set<string>();
  for (const bid of facts.bids()) for (const id of bid.tenderers) ids.add(id);
  for (const tenderer of list(field(field(facts.raw, 'tender'), 'tenderers'))) {
    const id = text(field(tenderer, 'id'));
    if (id !== null) ids.add(id);
  }
  for (const party of list(field(facts.raw, 'parties'))) {
    const id = text(field(party, 'id'));
    if (id !== null && hasRole(party, 'tenderer')) ids.add(id);
  }
  return [...ids];
}

function contactsOf(
  party: unknown,
  base: string,
  options: PassContext['settings']['sharedContacts'],
): Contact[] {
  const contacts: Contact[] = [];
  const points: [unknown, string][] = [[field(party, 'contactPoint'), `${base}/contactPoint`]];
  list(field(party, 'additionalContactPoints')).forEach((point, i) => {
    points.push([point, `${base}/additionalContactPoints/${i}`]);
  });
  for (const [point, path] of points) {
    if (options.compareEmail) {
      const email = text(field(point, 'email'));
      const key = email?.toLowerCase() ?? '';
      if (email !== null && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(key)) {
        contacts.push({ kind: 'email', key, path: `${path}/email`, value: email });
      }
    }
    if (options.comparePhone) {
      // The Kyrgyz export names it "phone"; the standard names it "telephone".
      for (const name of ['telephone', 'phone']) {
        const phone = text(field(point, name));
        if (phone === null) continue;
        const digits = phone.replace(/\D/g, '');
        if (digits.length < options.minPhoneDigits) continue;
        // The last 9 digits are the Kyrgyz national number: +996 555 123456 = 0555 123456.
        contacts.push({
          kind: 'phone',
          key: digits.slice(-9),
          path: `${path}/${name}`,
          value: phone,
        });
      }
    }
  }
  if (options.compareAddress) {
    const address = field(party, 'address');
    const street = normalAddress(field(address, 'streetAddress'));
    if (street !== null && street.length >= 5) {
      const locality = normalAddress(field(address, 'locality')) ?? '';
      contacts.push({
        kind: 'address',
        key: `${locality}|${street}`,
        path: `${base}/address/streetAddress`,
        value: text(field(address, 'streetAddress')) ?? street,
      });
    }
  }
  return contacts;
}

/** Lower case, punctuation and repeated spaces removed: "ул. Ленина, 5" = "Ул Ленина 5". */
function normalAddress(value: unknown): string | null {
  const t = text(value);
  if (t === null) return null;
  const normal = t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return normal === '' ? null : normal;
}
