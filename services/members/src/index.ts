export { membersSubgraph } from './subgraph.js';
