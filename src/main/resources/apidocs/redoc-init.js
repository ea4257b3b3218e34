// ReDoc on this service's own document; no inline script (the page's CSP forbids it).
Redoc.init('/openapi.json', { disableSearch: true, hideDownloadButton: false }, document.getElementById('redoc'));
