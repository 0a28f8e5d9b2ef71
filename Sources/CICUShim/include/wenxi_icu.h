// The only door into ICU. This header names no ICU type: Swift imports it
// without seeing ICU's headers, so it never clashes with Foundation's own ICU.
#ifndef WENXI_ICU_H
#define WENXI_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's version, as "72.1".
const char *wx_icu_version(void);

// MARK: Break iteration

typedef struct wx_break wx_break;

/// Kinds of break iterator.
enum { WX_BREAK_WORD = 0, WX_BREAK_SENTENCE = 1, WX_BREAK_CHARACTER = 2 };

/// Opens a break iterator of `kind` for `locale` ("zh"). Returns NULL on failure, with `*error` set.
wx_break *wx_break_open(int32_t kind, const char *locale, int32_t *error);
/// Points the iterator at `text` (UTF-16, `length` units). The text must outlive the calls that follow.
int32_t wx_break_set_text(wx_break *iterator, const uint16_t *text, int32_t length);
/// The next boundary (UTF-16 offset) or -1 at the end; `*status` receives the rule status of the
/// segment that ends there (word: 0 none, 100 number, 200 letter, 300 kana, 400 ideographic).
int32_t wx_break_next(wx_break *iterator, int32_t *status);
void wx_break_close(wx_break *iterator);

// MARK: Normalization and transliteration

/// NFKC-normalizes `source` into `destination`. Returns the length needed (may exceed
/// `capacity`, then nothing useful is written) or -1 on error.
int32_t wx_nfkc(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity);

typedef struct wx_translit wx_translit;

/// Opens the transliterator `identifier` ("Traditional-Simplified"). NULL on failure.
wx_translit *wx_translit_open(const char *identifier, int32_t *error);
/// Transliterates `buffer` in place; returns the new length (may exceed `capacity`: then call
/// again with a larger buffer) or -1 on error.
int32_t wx_translit_apply(wx_translit *transliterator, uint16_t *buffer, int32_t length, int32_t capacity);
void wx_translit_close(wx_translit *transliterator);

// MARK: Character sets

/// Converts `length` bytes in `charset` to UTF-16. Returns the number of UTF-16 units written
/// (or needed, when larger than `capacity`). On an illegal or unmappable byte sequence returns
/// -1 and sets `*error_offset` to the byte offset where it starts. -2: unknown charset.
int32_t wx_convert_to_utf16(const char *charset, const char *source, int32_t length,
                            uint16_t *destination, int32_t capacity, int32_t *error_offset);

// MARK: Chinese calendar

/// The Gregorian date of day `day` of lunar month `month` (1...12; `is_leap` 1 for the leap month
/// of that number) in the Chinese year that begins in Gregorian year `gregorian_year` (its 正月初一
/// falls in that year). Writes the date and returns 0; -1 when the day does not exist (a 30th in a
/// month of 29 days, a leap month the year lacks) or ICU fails.
int32_t wx_chinese_to_gregorian(int32_t gregorian_year, int32_t month, int32_t is_leap, int32_t day,
                                int32_t *out_year, int32_t *out_month, int32_t *out_day);

#ifdef __cplusplus
}
#endif

#endif
