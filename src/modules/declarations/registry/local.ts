import { type AnyColumn, asc, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { formatAmount } from '../../../platform/money.ts';
import { REAL_ESTATE_KINDS, VEHICLE_KINDS } from '../content.ts';
import { registryCompanyRoles, registryRealEstate, registryVehicles } from '../schema.ts';
import { inRegistryOrder } from './order.ts';

const anyOf = (column: AnyColumn, pins: ReturnType<typeof sql.param>) =>
  sql`${column} = ANY(${pins}::text[])`;

import {
  noRecords,
  type RegistryCompanyRole,
  type RegistryGateway,
  type RegistryRealEstate,
  type RegistryRecords,
  type RegistryVehicle,
} from './records.ts';

/**
 * The embedded registry: three tables standing in for the cadastre, vehicle registration and the
 * register of legal entities when Tunduk is not configured. Loaded with synthetic data for demos
 * and tests; an installation may load real extracts into the same tables.
 */
/** PINs per query; PostgreSQL allows 65535 bind parameters per statement. */
const PINS_PER_QUERY = 10_000;

export class LocalRegistryGateway implements RegistryGateway {
  readonly name = 'local' as const;

  constructor(private readonly db: Db) {}

  async lookup(pins: readonly string[]): Promise<RegistryRecords> {
    const asked = [...new Set(pins)];
    if (asked.length <= PINS_PER_QUERY) return this.lookupFew(asked);
    // A nightly re-check asks about a whole batch: stay under PostgreSQL's bind parameter limit.
    const parts = noRecords();
    for (let i = 0; i < asked.length; i += PINS_PER_QUERY) {
      const part = await this.lookupFew(asked.slice(i, i + PINS_PER_QUERY));
      parts.realEstate.push(...part.realEstate);
      parts.vehicles.push(...part.vehicles);
      parts.companyRoles.push(...part.companyRoles);
    }
    return inRegistryOrder(parts);
  }

  private async lookupFew(asked: readonly string[]): Promise<RegistryRecords> {
    if (asked.length === 0) return noRecords();
    const re = registryRealEstate;
    const ve = registryVehicles;
    const co = registryCompanyRoles;
    // One array parameter instead of thousands of bound values: much faster to plan and send.
    const pins = sql.param([...asked]);
    const [realEstate, vehicles, companyRoles] = await Promise.all([
      this.db
        .select()
        .from(re)
        .where(anyOf(re.ownerPin, pins))
        .orderBy(asc(re.ownerPin), asc(re.acquiredOn), asc(re.recordId)),
      this.db
        .select()
        .from(ve)
        .where(anyOf(ve.ownerPin, pins))
        .orderBy(asc(ve.ownerPin), asc(ve.acquiredOn), asc(ve.recordId)),
      this.db
        .select()
        .from(co)
        .where(anyOf(co.personPin, pins))
        .orderBy(asc(co.personPin), asc(co.since), asc(co.recordId)),
    ]);
    return {
      realEstate: realEstate.map(
        (r): RegistryRealEstate => ({
          registry: 'local',
          recordId: r.recordId,
          ownerPin: r.ownerPin,
          kind: oneOf(REAL_ESTATE_KINDS, r.kind) ?? 'other',
          area: r.area,
          address: r.address,
          sharePercent: r.sharePercent,
          acquiredOn: r.acquiredOn,
          price:
            r.priceTyiyn !== null && r.priceCurrency !== null
              ? { amount: formatAmount(r.priceTyiyn), currency: r.priceCurrency }
              : null,
        }),
      ),
      vehicles: vehicles.map(
        (v): RegistryVehicle => ({
          registry: 'local',
          recordId: v.recordId,
          ownerPin: v.ownerPin,
          kind: oneOf(VEHICLE_KINDS, v.kind) ?? 'other',
          make: v.make,
          model: v.model,
          yearMade: v.yearMade,
          registrationNumber: v.registrationNumber,
          acquiredOn: v.acquiredOn,
        }),
      ),
      companyRoles: companyRoles.flatMap((c): RegistryCompanyRole[] => {
        // Same rule as Tunduk: roles a declaration does not hold are left out.
        const role = oneOf(['director', 'founder', 'owner'] as const, c.role);
        if (!role) return [];
        return [
          {
            registry: 'local',
            recordId: c.recordId,
            personPin: c.personPin,
            companyId: c.companyId,
            companyName: c.companyName,
            role,
            sharePercent: c.sharePercent,
            since: c.since,
          },
        ];
      }),
    };
  }
}

const oneOf = <K extends string>(allowed: readonly K[], value: string): K | undefined =>
  allowed.find((k) => k === value);
