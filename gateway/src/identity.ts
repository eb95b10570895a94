// The user-token checks live in the kit: subgraphs behind a router (ROUTER_SECRET) run the same ones.
export { createIdentityVerifier, DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS, PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS, type Identity, type IdentityOptions } from '@sfxd/kit';
