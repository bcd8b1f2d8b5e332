/** The public directory page: search and filters over the catalogue, in the family's language. */
export { DirectoryPageQuery } from './directory-page-query.js';
export { directoryIndexFor } from './directory-index-for.js';
export { entryUnit, type UnitText } from './entry-unit.js';
export { renderDirectoryPage, type DirectoryPageView } from './render-directory-page.js';
