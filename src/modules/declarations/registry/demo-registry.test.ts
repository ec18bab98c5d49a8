import { describe, expect, it } from 'vitest';
import { REAL_ESTATE_KINDS, VEHICLE_KINDS } from '../content.ts';
import { syntheticRegistryFor } from './demo-registry.ts';

const persons = Array.from({ length: 300 }, (_, i) => ({
  pin: `2${String(i).padStart(13, '0')}`,
  relatives: [`1${String(i).padStart(13, '0')}`, `3${String(i).padStart(13, '0')}`],
}));

describe('synthetic registry', () => {
  const rows = syntheticRegistryFor(persons, 2026);

  it('is the same for the same seed and differs for another', () => {
    expect(syntheticRegistryFor(persons, 2026)).toEqual(rows);
    expect(syntheticRegistryFor(persons, 7)).not.toEqual(rows);
  });

  it('is marked synthetic, with unique SYN- record ids', () => {
    const all = [...rows.realEstate, ...rows.vehicles, ...rows.companyRoles];
    expect(all.every((r) => r.synthetic === true && r.recordId.startsWith('SYN-'))).toBe(true);
    for (const section of [rows.realEstate, rows.vehicles, rows.companyRoles]) {
      expect(new Set(section.map((r) => r.recordId)).size).toBe(section.length);
    }
    expect(rows.companyRoles.every((r) => r.companyId.startsWith('SYN-'))).toBe(true);
  });

  it('gives plausible values only about the persons asked', () => {
    const pins = new Set(persons.flatMap((p) => [p.pin, ...p.relatives]));
    const today = '2026-01-01';
    for (const r of rows.realEstate) {
      expect(pins.has(r.ownerPin)).toBe(true);
      expect(REAL_ESTATE_KINDS).toContain(r.kind);
      expect(r.area).toBeGreaterThan(0);
      expect(r.sharePercent).toBeGreaterThan(0);
      expect(r.sharePercent).toBeLessThanOrEqual(100);
      expect(r.acquiredOn < today).toBe(true);
      expect(r.recordId).toMatch(/^SYN-\d-\d{2}-\d{2}-\d{4}-\d{4}(-\d{2,3})?$/);
      expect((r.priceTyiyn === null) === (r.priceCurrency === null)).toBe(true);
    }
    for (const v of rows.vehicles) {
      expect(pins.has(v.ownerPin)).toBe(true);
      expect(VEHICLE_KINDS).toContain(v.kind);
      expect(v.registrationNumber).toMatch(/^\d{2}KG\d{3}[A-Z]{3}$/);
      expect(v.acquiredOn >= `${v.yearMade}`).toBe(true);
      expect(v.acquiredOn < today).toBe(true);
    }
    for (const c of rows.companyRoles) {
      expect(pins.has(c.personPin)).toBe(true);
      expect(['director', 'founder', 'owner']).toContain(c.role);
    }
  });

  it('has the variety the checks need: several kinds, dollars, blank and zero prices, luxury cars', () => {
    const kinds = new Set(rows.realEstate.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['apartment', 'house', 'land', 'non_residential']));
    expect(rows.realEstate.some((r) => r.priceCurrency === 'USD')).toBe(true);
    expect(rows.realEstate.some((r) => r.priceTyiyn === null)).toBe(true);
    expect(rows.realEstate.some((r) => r.priceTyiyn === 0n)).toBe(true);
    expect(rows.vehicles.some((v) => v.make === 'Lexus' && v.model === 'LX 570')).toBe(true);
    expect(rows.realEstate.some((r) => r.address.startsWith('г. Бишкек'))).toBe(true);
    expect(rows.realEstate.some((r) => r.address.startsWith('г. Ош'))).toBe(true);
    // Declarants hold more than their relatives.
    const declarants = new Set(persons.map((p) => p.pin));
    const held = rows.realEstate.filter((r) => declarants.has(r.ownerPin)).length;
    expect(held).toBeGreaterThan(rows.realEstate.length - held);
  });

  it('gives nothing for no persons', () => {
    expect(syntheticRegistryFor([], 1)).toEqual({ realEstate: [], vehicles: [], companyRoles: [] });
  });
});
