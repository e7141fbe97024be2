/** `guanxi serve`: the viewer's server and what it needs. */
export { startViewerServer, type ViewerServer, type Neo4jAccess, type Neo4jState } from './server.js';
export { resolveServeSettings, isLoopback, DEFAULT_SERVE_SETTINGS, type ServeSettings } from './settings.js';
export { ensureWebBuild, webBuildState } from './web-build.js';
export { neo4jAccess } from './neo4j-access.js';
export { openInBrowser } from './open-browser.js';
export { readGraphFile } from './graph-file.js';
