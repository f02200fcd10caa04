/** Installs public/service-worker.js, which keeps the app and the learner's lessons for offline reading. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/service-worker.js').catch((error: unknown) => {
      // Without it the app works as before, online only.
      console.warn('Offline reading is unavailable:', error);
    });
  });
}
