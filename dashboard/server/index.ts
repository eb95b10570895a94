export { CONTENT_SECURITY_POLICY, defaultStaticDir, startDashboardServer, type DashboardLogger, type DashboardServer, type DashboardServerOptions, type DemoToken } from './server.js';
