export { SearchIndex, queryTerms, queryTree, BOOST, SEARCH_OPTIONS, SEARCH_VERSION, type SearchFilters, type RawHit } from './searchIndex';
export { makeSnippet, type Snippet, type QueryTerm } from './snippet';
export { searchDocument, type SearchDocument } from './searchDocument';
export { words, exactTerm, foldedTerm, hasMarks } from './terms';
