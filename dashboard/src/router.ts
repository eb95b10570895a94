import { createRouter, createWebHistory, type RouteLocationRaw } from 'vue-router';
import { liveSession, type Session } from './auth/session.js';
import { parseYear, rememberedYear } from './prefs.js';
import DirectoryView from './views/DirectoryView.vue';
import EvaluationsView from './views/EvaluationsView.vue';
import HonorRollView from './views/HonorRollView.vue';
import ManagementView from './views/ManagementView.vue';
import NotFoundView from './views/NotFoundView.vue';
import OverviewView from './views/OverviewView.vue';
import QuotaView from './views/QuotaView.vue';
import SignInView from './views/SignInView.vue';
import UnitView from './views/UnitView.vue';
import VerifyView from './views/VerifyView.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without signing in (the public directory, the sign-in page). */
    public?: boolean;
    /** Shows one campaign year's figures: the address always says which (`?year=`). */
    year?: boolean;
  }
}

/** Where a reader lands: anonymous → the public directory; a unit's party staff → its own unit. */
export function homeFor(session: Session | null): RouteLocationRaw {
  if (!session) return { name: 'directory' };
  if (session.role === 'UNIT_ADMIN' && session.unitId) return { name: 'unit', params: { id: session.unitId } };
  return { name: 'overview' };
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'home', redirect: () => homeFor(liveSession()) },
    { path: '/sign-in', name: 'sign-in', component: SignInView, meta: { public: true } },
    { path: '/directory', name: 'directory', component: DirectoryView, meta: { public: true } },
    { path: '/overview', name: 'overview', component: OverviewView, meta: { year: true } },
    { path: '/quota', name: 'quota', component: QuotaView, meta: { year: true } },
    { path: '/evaluations', name: 'evaluations', component: EvaluationsView, meta: { year: true } },
    { path: '/management', name: 'management', component: ManagementView, meta: { year: true } },
    { path: '/units/:id', name: 'unit', component: UnitView, props: true, meta: { year: true } },
    // 我的工作台: a UNIT_ADMIN's own unit (ADMIN picks one with ?unit=); loaded when opened, off the first screen.
    { path: '/desk', name: 'desk', component: () => import('./views/DeskView.vue'), meta: { year: true } },
    // 工作台: the committee's work queue (the gateway refuses its steps to anyone else).
    { path: '/work', name: 'work', component: () => import('./views/WorkView.vue'), meta: { year: true } },
    // A candidacy or honor: its campaign's year is its own, not the reader's chosen one.
    { path: '/honor/:id', name: 'honor', component: () => import('./views/HonorView.vue'), props: true },
    // Public pages (no sign-in): a plaque's record, which its QR code opens, and the honor roll.
    { path: '/verify/:code', name: 'verify', component: VerifyView, props: true, meta: { public: true } },
    // 评议票: a ballot's QR code opens it; the code is the only credential, no sign-in.
    { path: '/ballot/:code', name: 'ballot', component: () => import('./views/BallotView.vue'), props: true, meta: { public: true } },
    { path: '/honors', name: 'honors-latest', redirect: () => ({ name: 'honors', params: { year: String(rememberedYear.value) } }) },
    { path: '/honors/:year', name: 'honors', component: HonorRollView, props: true, meta: { public: true } },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView, meta: { public: true } },
  ],
  scrollBehavior: (to, from) => (to.path === from.path ? undefined : { top: 0 }),
});

router.beforeEach((to) => {
  if (!to.meta.public && !liveSession()) return { name: 'sign-in', query: { next: to.fullPath } };
  if (to.meta.year) {
    // A view of a year opened without one shows the year last looked at, and says so in the address.
    const year = parseYear(to.query.year);
    if (year === undefined) return { path: to.path, query: { ...to.query, year: String(rememberedYear.value) }, hash: to.hash, replace: true };
    rememberedYear.value = year;
  }
  return true;
});
