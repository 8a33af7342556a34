// Runs before the page is drawn (a classic script in <head>, no inline script: strict CSP).
// With scripts on, the explorer will load, so the static first view may say so; a link with
// choices (a query or a fragment) opens another view than the static one, which must then not
// show while the app starts. The app marks the page `app-started` and removes the static view
// once its own chart is drawn. Should the app not start at all (no WebAssembly, a file
// blocked), the static view comes back after a while and says what it is.
const root = document.documentElement;
root.classList.add('js');
if (location.search || location.hash) root.classList.add('deep-link');
setTimeout(() => {
  if (root.classList.contains('app-started')) return;
  root.classList.remove('deep-link');
  const loading = document.querySelector('.first-view__loading');
  if (loading) {
    loading.textContent = 'The interactive explorer has not started (it may be blocked here, or still downloading): meanwhile this is its first view, Population, with its figures in the table below.';
  }
}, 10000);
