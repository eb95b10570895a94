export { unitsSubgraph } from './subgraph.js';
