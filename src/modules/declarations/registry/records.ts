/**
 * What state registries say a person holds: real estate (cadastre), vehicles (vehicle
 * registration) and company roles (register of legal entities). The same shape comes from the
 * embedded local registry and from Tunduk (X-Road), so pre-fill and checks do not care which.
 */
export type RegistryName = 'local' | 'tunduk';

export interface RegistryRealEstate {
  registry: RegistryName;
  /** Cadastral number. */
  recordId: string;
  ownerPin: string;
  kind: 'apartment' | 'house' | 'land' | 'non_residential' | 'other';
  area: number;
  address: string;
  sharePercent: number;
  acquiredOn: string;
  price: { amount: string; currency: string } | null;
}

export interface RegistryVehicle {
  registry: RegistryName;
  /** Vehicle registration record (VIN-based). */
  recordId: string;
  ownerPin: string;
  kind: 'car' | 'truck' | 'motorcycle' | 'other';
  make: string;
  model: string;
  yearMade: number;
  registrationNumber: string;
  acquiredOn: string;
}

export interface RegistryCompanyRole {
  registry: RegistryName;
  recordId: string;
  personPin: string;
  companyId: string;
  companyName: string;
  role: 'director' | 'founder' | 'owner';
  sharePercent: number | null;
  since: string;
}

export interface RegistryRecords {
  realEstate: RegistryRealEstate[];
  vehicles: RegistryVehicle[];
  companyRoles: RegistryCompanyRole[];
}

export const noRecords = (): RegistryRecords => ({
  realEstate: [],
  vehicles: [],
  companyRoles: [],
});

/** One way to ask the state registries about people by their personal identification numbers. */
export interface RegistryGateway {
  readonly name: RegistryName;
  /** `userId` is the person asking, passed on to registries that keep their own access log (X-Road-UserId). */
  lookup(pins: readonly string[], options?: { userId?: string }): Promise<RegistryRecords>;
}
