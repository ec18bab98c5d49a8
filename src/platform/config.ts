import { resolve } from 'node:path';
import { z } from 'zod';

/** Environment settings, validated once at start so a typo fails loudly instead of silently. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  DEMO_DATA: z.enum(['true', 'false']).default('true'),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  SESSION_HOURS: z.coerce.number().positive().default(8),
  /** The e-procurement system's OCDS endpoint that "import from the endpoint" reads. */
  PROCUREMENT_OCDS_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The Ed25519 key file that signs court allocation heads (default DATA_DIR/keys/...). */
  COURTS_KEY_FILE: z.string().min(1).optional(),
  /** Leading zero bits of the proof of work on anonymous report submission and receipt login. */
  REPORTING_POW_BITS: z.coerce.number().int().min(0).max(24).default(16),
  /** Anonymous report submissions and receipt sign-ins per minute from one address. */
  REPORTING_PER_MINUTE: z.coerce.number().int().positive().default(10),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoData: boolean;
  cookieSecure: boolean;
  logLevel: string;
  rateLimitPerMinute: number;
  sessionHours: number;
  procurementOcdsUrl: string | undefined;
  courtsKeyFile: string | undefined;
  reportingPowBits: number;
  reportingPerMinute: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (FOO=) means "not set", as shells and CI files commonly write it.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demoData: e.DEMO_DATA === 'true',
    cookieSecure: e.COOKIE_SECURE === 'true',
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    sessionHours: e.SESSION_HOURS,
    procurementOcdsUrl: e.PROCUREMENT_OCDS_URL,
    courtsKeyFile: e.COURTS_KEY_FILE ? resolve(e.COURTS_KEY_FILE) : undefined,
    reportingPowBits: e.REPORTING_POW_BITS,
    reportingPerMinute: e.REPORTING_PER_MINUTE,
  };
}
