import { packageTestConfig } from '../vitest.shared.js';

// The gateway's own tests are pure functions (limits, cost): no database.
export default packageTestConfig({ database: false });
