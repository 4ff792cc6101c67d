/**
 * Which sites this process is draining re-score requests for. The requests themselves are rows
 * (db/queries/rescore-requests.ts), written with the order that asks, so they outlive the process
 * and any process can take them; what is kept here is only whether a drain runs, so one site has
 * one drain per process and an order arriving during it does not start a second.
 */
export interface RescoreQueue {
  /** A drain for the site should run: true when none runs in this process, so the caller starts one. */
  wake(siteId: string): boolean;
  /** The drain found nothing to claim: false when it was woken meanwhile and must look again. */
  settle(siteId: string): boolean;
}

export function createRescoreQueue(): RescoreQueue {
  // For each site draining here: whether it was woken since its last look.
  const sites = new Map<string, { woken: boolean }>();
  return {
    wake(siteId) {
      const site = sites.get(siteId);
      if (site) {
        site.woken = true;
        return false;
      }
      sites.set(siteId, { woken: false });
      return true;
    },
    settle(siteId) {
      const site = sites.get(siteId);
      if (site?.woken) {
        site.woken = false;
        return false;
      }
      sites.delete(siteId);
      return true;
    },
  };
}
