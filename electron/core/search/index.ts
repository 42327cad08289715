export { SearchIndex, queryTerms, queryTree, rankedWords, BOOST, SEARCH_OPTIONS, SEARCH_VERSION, type SearchFilters, type RawHit } from './searchIndex';
export { makeSnippet, type Snippet, type QueryTerm } from './snippet';
export { searchDocument, type SearchDocument } from './searchDocument';
export { words, exactTerm, foldedTerm, hasMarks } from './terms';
export { RankedMiniSearch, type RankedWord } from './rankedMiniSearch';
