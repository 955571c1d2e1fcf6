// boot.js starts GraphiQL in the page's element #graphiql, against the
// endpoint its data-endpoint attribute names and with the first query of
// its data-default-query. It is a file of its own, not a script in the
// page, so that the page's Content-Security-Policy can refuse every inline
// script.
(function () {
  'use strict';

  // GraphiQL's dialogs add a <style> element to lock scrolling and give it
  // this nonce, which the page's policy allows for styles; this script's
  // own tag carries it.
  var nonce = document.currentScript && document.currentScript.nonce;
  if (nonce) {
    window.__webpack_nonce__ = nonce;
  }

  var root = document.getElementById('graphiql');
  var url = new URL(root.getAttribute('data-endpoint'), window.location.href).toString();
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: url }),
      defaultQuery: root.getAttribute('data-default-query'),
      isHeadersEditorEnabled: true,
      // A bearer token typed into the headers editor stays in this tab:
      // it is not written to the browser's storage.
      shouldPersistHeaders: false
    })
  );
})();
