// Every page is built to static HTML (adapter-static) and precached by the service worker.
export const prerender = true;
// `/story/x/` is written as `story/x/index.html`, which any static host serves without rewrites.
export const trailingSlash = 'always';
