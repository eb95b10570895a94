export {
  CONTENT_SECURITY_POLICY, attachmentDisposition, defaultStaticDir, startDashboardServer, type DashboardLogger, type DashboardServer, type DashboardServerOptions, type DemoToken,
  type ReportFile, type ReportFormatName, type ReportMaker, type ReportRequest,
} from './server.js';
