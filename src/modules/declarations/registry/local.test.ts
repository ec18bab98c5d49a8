import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/client.ts';
import { migrate } from '../../../platform/db/migrate.ts';
import { openTestDatabase } from '../../../platform/testing/test-platform.ts';
import { registryCompanyRoles, registryRealEstate, registryVehicles } from '../schema.ts';
import { syntheticRegistryFor } from './demo-registry.ts';
import { LocalRegistryGateway } from './local.ts';

const ME = '21204198500123';
const SPOUSE = '11507198700456';
const OTHER = '10101199000999';

describe('local registry gateway', () => {
  let database: Database;
  let gateway: LocalRegistryGateway;

  // The test platform's fresh migrated database, without the app: the gateway needs only tables.
  beforeAll(async () => {
    database = await openTestDatabase();
    await migrate(database);
    const db = database.db;
    await db.insert(registryRealEstate).values([
      {
        recordId: 'SYN-1-04-10-0003-0043-012',
        ownerPin: ME,
        kind: 'apartment',
        area: 84.5,
        address: 'г. Бишкек, ул. Ахунбаева, д. 101, кв. 12',
        sharePercent: 100,
        acquiredOn: '2019-05-14',
        priceTyiyn: 650_000_000n,
        priceCurrency: 'KGS',
        synthetic: true,
      },
      {
        recordId: 'SYN-8-01-01-0001-0001',
        ownerPin: ME,
        kind: 'garage',
        area: 20,
        address: 'с. Кой-Таш',
        sharePercent: 100,
        acquiredOn: '2009-01-01',
        synthetic: true,
      },
      {
        recordId: 'SYN-9-01-01-0001-0001',
        ownerPin: OTHER,
        kind: 'house',
        area: 150,
        address: 'г. Ош',
        sharePercent: 100,
        acquiredOn: '2001-01-01',
        synthetic: true,
      },
    ]);
    await db.insert(registryVehicles).values({
      recordId: 'SYN-JTMHV05J604123456',
      ownerPin: SPOUSE,
      kind: 'car',
      make: 'Honda',
      model: 'Fit',
      yearMade: 2012,
      registrationNumber: '01KG123ABC',
      acquiredOn: '2016-06-01',
      synthetic: true,
    });
    await db.insert(registryCompanyRoles).values([
      {
        recordId: 'SYN-LE-000001',
        personPin: ME,
        companyId: 'SYN-01234567890123',
        companyName: 'ОсОО «Нур Трейд»',
        role: 'founder',
        sharePercent: 50,
        since: '2015-01-20',
        synthetic: true,
      },
      {
        recordId: 'SYN-LE-000002',
        personPin: ME,
        companyId: 'SYN-01234567890123',
        companyName: 'ОсОО «Нур Трейд»',
        role: 'auditor',
        since: '2015-01-20',
        synthetic: true,
      },
    ]);
    gateway = new LocalRegistryGateway(db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('returns the records of the PINs asked, ordered by person and date', async () => {
    const records = await gateway.lookup([ME, SPOUSE, ME]);
    expect(gateway.name).toBe('local');
    expect(records.realEstate).toEqual([
      {
        registry: 'local',
        recordId: 'SYN-8-01-01-0001-0001',
        ownerPin: ME,
        // Kinds the declaration does not know are "other".
        kind: 'other',
        area: 20,
        address: 'с. Кой-Таш',
        sharePercent: 100,
        acquiredOn: '2009-01-01',
        price: null,
      },
      {
        registry: 'local',
        recordId: 'SYN-1-04-10-0003-0043-012',
        ownerPin: ME,
        kind: 'apartment',
        area: 84.5,
        address: 'г. Бишкек, ул. Ахунбаева, д. 101, кв. 12',
        sharePercent: 100,
        acquiredOn: '2019-05-14',
        price: { amount: '6500000.00', currency: 'KGS' },
      },
    ]);
    expect(records.vehicles).toEqual([
      {
        registry: 'local',
        recordId: 'SYN-JTMHV05J604123456',
        ownerPin: SPOUSE,
        kind: 'car',
        make: 'Honda',
        model: 'Fit',
        yearMade: 2012,
        registrationNumber: '01KG123ABC',
        acquiredOn: '2016-06-01',
      },
    ]);
    // The auditor role is left out, as Tunduk's would be.
    expect(records.companyRoles).toEqual([
      {
        registry: 'local',
        recordId: 'SYN-LE-000001',
        personPin: ME,
        companyId: 'SYN-01234567890123',
        companyName: 'ОсОО «Нур Трейд»',
        role: 'founder',
        sharePercent: 50,
        since: '2015-01-20',
      },
    ]);
  });

  it('answers nothing for no PINs or unknown PINs', async () => {
    const none = { realEstate: [], vehicles: [], companyRoles: [] };
    expect(await gateway.lookup([])).toEqual(none);
    expect(await gateway.lookup(['00000000000000', "' OR 1=1 --"])).toEqual(none);
  });

  it('holds the synthetic registry the seed loads, and finds it again', async () => {
    const persons = [
      { pin: '22001199000001', relatives: ['12001199200002', '22001201500003'] },
      { pin: '22001198000004', relatives: [] },
    ];
    const rows = syntheticRegistryFor(persons, 42);
    const db = database.db;
    if (rows.realEstate.length) await db.insert(registryRealEstate).values(rows.realEstate);
    if (rows.vehicles.length) await db.insert(registryVehicles).values(rows.vehicles);
    if (rows.companyRoles.length) await db.insert(registryCompanyRoles).values(rows.companyRoles);
    const pins = persons.flatMap((p) => [p.pin, ...p.relatives]);
    const records = await gateway.lookup(pins);
    expect(records.realEstate.map((r) => r.recordId).sort()).toEqual(
      rows.realEstate.map((r) => r.recordId).sort(),
    );
    expect(records.vehicles).toHaveLength(rows.vehicles.length);
    expect(records.companyRoles).toHaveLength(rows.companyRoles.length);
  });
});
