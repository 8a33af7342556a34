// Runs before the page is drawn (a classic script in <head>, no inline script: strict CSP).
// With scripts on, the explorer will load, so the static first view may say so; a link with
// choices (a query or a fragment) opens another view than the static one, which must then not
// show at all. The app removes the static view once its own chart is drawn.
document.documentElement.classList.add('js');
if (location.search || location.hash) document.documentElement.classList.add('deep-link');
