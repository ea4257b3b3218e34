// Swagger UI on this service's own document; no inline script (the page's CSP forbids it).
window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true,
  validatorUrl: null, tryItOutEnabled: false });
