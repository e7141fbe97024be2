/**
 * The number of a list's item, as winners' lists and decisions print it at a line's or an item's start: 1. 1、 2)
 * （3） (四) 五、 ①. One pattern for the byline reader (a numbered line is no byline) and the rules (a numbered row
 * opens its clause).
 */
export const LIST_NUMBER_SOURCE = String.raw`(?:[0-9０-９]{1,3}(?![0-9０-９])[.．、)）]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])`;
