export * from './schema';
export { LANGUAGES, MAX_WORD_TARGET, STATUSES } from './choices';
export { cleanBody, bodyText } from './body';
export { cleanBodyAgainst, jsonEqual, BodyShapeError } from './cleanBodyAgainst';
export { readableText, articleCounts } from './articleText';
export { parseArticleText, parseArticleValue, describeIssues, DamagedArticleError } from './parse';
export { blankArticle } from './blankArticle';
export { summarize, damagedSummary } from './summary';
export { articleChecklist, checklistOf, type ChecklistItem } from './checklist';
