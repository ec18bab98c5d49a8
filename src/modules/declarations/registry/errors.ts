/** The three registry services a pre-fill asks, in the order they are asked. */
export const REGISTRY_SERVICES = ['realEstate', 'vehicles', 'companyRoles'] as const;
export type RegistryService = (typeof REGISTRY_SERVICES)[number];

export const SERVICE_LABELS: Record<RegistryService, string> = {
  realEstate: 'real estate',
  vehicles: 'vehicles',
  companyRoles: 'company roles',
};

/**
 * Why a registry could not answer:
 * - xroad_error: a security server refused or failed (the answer carried X-Road-Error);
 * - provider_error: the registry's own service answered with an error status;
 * - malformed_answer: the answer was not the JSON the service is assumed to give;
 * - timeout: no answer in time;
 * - unreachable: no connection (DNS, TLS, refused).
 */
export type RegistryProblem =
  | 'xroad_error'
  | 'provider_error'
  | 'malformed_answer'
  | 'timeout'
  | 'unreachable';

/**
 * A registry did not give a usable answer. The message names the service and never contains a
 * PIN, so it can be logged; a route should turn it into a 502 rather than a 500.
 */
export class RegistryUnavailableError extends Error {
  override readonly name = 'RegistryUnavailableError';
  constructor(
    readonly service: RegistryService,
    readonly problem: RegistryProblem,
    message: string,
    /** The X-Road (or provider) error type, e.g. "Server.ServerProxy.ServiceFailed". */
    readonly errorType: string | null = null,
  ) {
    super(message);
  }
}
