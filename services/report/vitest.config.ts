import { packageTestConfig } from '../../vitest.shared.js';

// The report's own tests need no database: its data are made in the tests, the gateway's in test/.
export default packageTestConfig({ database: false });
