export { membersSubgraph, membersSubgraphWith } from './subgraph.js';
