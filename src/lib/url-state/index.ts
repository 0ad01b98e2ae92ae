// The link codec kit: parameter kinds, one notice type, one secret check, one codec for all pages.
export { MAX_URL_NOTICES, defineUrlState, param, type ParamSpec, type UrlStateCodec, type UrlStateInput, type UrlStateOf, type UrlStateOptions } from './codec';
export { enumParam, scopeListParam, textParam, type ParamKind, type ParamRead } from './kinds';
export { describeUrlNotice, wordUrlNotices, type WordedUrlNotice } from './messages';
export { NOTICE_TEXT_LENGTH, toNoticeText, urlNotice, type UrlNotice, type UrlNoticeCode } from './notice';
export { decodeQueryPart, readQuery, type QueryPair, type QueryRead } from './query';
