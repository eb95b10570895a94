import type { ReportMaker } from '@sfxd/dashboard';
import { generateReport } from '@sfxd/report';

/**
 * The dashboard's report downloads: `@sfxd/report` run against this platform's gateway with the
 * caller's own token, so the gateway decides what the report may hold. The report's own check
 * (a UNIT_ADMIN's own unit only, no INTEGRATOR) refuses early with the same FORBIDDEN.
 */
export const reportMaker = (gatewayUrl: string): ReportMaker => async (request) => {
  const made = await generateReport({ gatewayUrl, token: request.token, year: request.year, unit: request.unit, format: request.format, lang: request.lang });
  return { filename: made.filename, contentType: made.contentType, content: made.content };
};
