#include "wenxi_icu.h"
#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/ustring.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ucnv.h>
#include <unicode/ucal.h>
#include <stdlib.h>
#include <string.h>

const char *wx_icu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo version;
    u_getVersion(version);
    u_versionToString(version, text);
    return text;
}

// MARK: Break iteration

struct wx_break { UBreakIterator *iterator; };

wx_break *wx_break_open(int32_t kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == WX_BREAK_SENTENCE ? UBRK_SENTENCE
                            : kind == WX_BREAK_CHARACTER ? UBRK_CHARACTER : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) { if (error) *error = status; return NULL; }
    wx_break *result = malloc(sizeof(wx_break));
    if (!result) { ubrk_close(iterator); if (error) *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->iterator = iterator;
    if (error) *error = 0;
    return result;
}

int32_t wx_break_set_text(wx_break *iterator, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator->iterator, (const UChar *)text, length, &status);
    return U_FAILURE(status) ? status : 0;
}

int32_t wx_break_next(wx_break *iterator, int32_t *status) {
    int32_t boundary = ubrk_next(iterator->iterator);
    if (boundary == UBRK_DONE) return -1;
    if (status) *status = ubrk_getRuleStatus(iterator->iterator);
    return boundary;
}

void wx_break_close(wx_break *iterator) {
    if (!iterator) return;
    ubrk_close(iterator->iterator);
    free(iterator);
}

// MARK: Normalization and transliteration

int32_t wx_nfkc(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t needed = unorm2_normalize(nfkc, (const UChar *)source, length, (UChar *)destination, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return needed;
    return U_FAILURE(status) ? -1 : needed;
}

struct wx_translit { UTransliterator *transliterator; };

wx_translit *wx_translit_open(const char *identifier, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[128];
    u_uastrncpy(id, identifier, 127);
    id[127] = 0;
    UTransliterator *t = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) { if (error) *error = status; return NULL; }
    wx_translit *result = malloc(sizeof(wx_translit));
    if (!result) { utrans_close(t); return NULL; }
    result->transliterator = t;
    if (error) *error = 0;
    return result;
}

int32_t wx_translit_apply(wx_translit *t, uint16_t *buffer, int32_t length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t textLength = length, limit = length;
    utrans_transUChars(t->transliterator, (UChar *)buffer, &textLength, capacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return textLength > capacity ? textLength : capacity + 1;
    return U_FAILURE(status) ? -1 : textLength;
}

void wx_translit_close(wx_translit *t) {
    if (!t) return;
    utrans_close(t->transliterator);
    free(t);
}

// MARK: Character sets

int32_t wx_convert_to_utf16(const char *charset, const char *source, int32_t length,
                            uint16_t *destination, int32_t capacity, int32_t *error_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -2;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    const char *in = source, *inLimit = source + length;
    UChar *out = (UChar *)destination, *outLimit = (UChar *)destination + capacity;
    ucnv_toUnicode(converter, &out, outLimit, &in, inLimit, NULL, 1, &status);
    int32_t written = (int32_t)(out - (UChar *)destination);
    int32_t result;
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        // Count what the whole input needs.
        UChar scratch[4096];
        int32_t total = written;
        while (status == U_BUFFER_OVERFLOW_ERROR) {
            status = U_ZERO_ERROR;
            UChar *o = scratch;
            ucnv_toUnicode(converter, &o, scratch + 4096, &in, inLimit, NULL, 1, &status);
            total += (int32_t)(o - scratch);
        }
        result = U_FAILURE(status) ? -1 : total;
    } else {
        result = U_FAILURE(status) ? -1 : written;
    }
    if (result == -1 && error_offset) {
        char invalid[32];
        int8_t invalidLength = sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalidLength, &ignored);
        *error_offset = (int32_t)(in - source) - (U_SUCCESS(ignored) ? invalidLength : 0);
    }
    ucnv_close(converter);
    return result;
}

// MARK: Chinese calendar

int32_t wx_chinese_to_gregorian(int32_t gregorian_year, int32_t month, int32_t is_leap, int32_t day,
                                int32_t *out_year, int32_t *out_month, int32_t *out_day) {
    if (month < 1 || month > 12 || day < 1 || day > 30 || gregorian_year < -5000 || gregorian_year > 5000) return -1;
    UErrorCode status = U_ZERO_ERROR;
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UCalendar *gregorian = ucal_open(utc, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &status);
    UCalendar *chinese = ucal_open(utc, -1, "zh@calendar=chinese", UCAL_DEFAULT, &status);
    int32_t result = -1;
    if (U_SUCCESS(status)) {
        // Midsummer of the Gregorian year lies in the Chinese year that began in it.
        ucal_clear(gregorian);
        ucal_setDate(gregorian, gregorian_year, UCAL_JULY, 1, &status);
        UDate midsummer = ucal_getMillis(gregorian, &status);
        ucal_setMillis(chinese, midsummer, &status);
        int32_t extended = ucal_get(chinese, UCAL_EXTENDED_YEAR, &status);
        ucal_clear(chinese);
        ucal_setAttribute(chinese, UCAL_LENIENT, 0);
        ucal_set(chinese, UCAL_EXTENDED_YEAR, extended);
        ucal_set(chinese, UCAL_MONTH, month - 1);
        ucal_set(chinese, UCAL_IS_LEAP_MONTH, is_leap ? 1 : 0);
        ucal_set(chinese, UCAL_DATE, day);
        UDate when = ucal_getMillis(chinese, &status);
        if (U_SUCCESS(status)) {
            ucal_setMillis(gregorian, when, &status);
            int32_t era = ucal_get(gregorian, UCAL_ERA, &status);
            int32_t year = ucal_get(gregorian, UCAL_YEAR, &status);
            *out_year = era == 0 ? 1 - year : year;
            *out_month = ucal_get(gregorian, UCAL_MONTH, &status) + 1;
            *out_day = ucal_get(gregorian, UCAL_DATE, &status);
            // A non-lenient calendar still maps a missing leap month to the plain one: check it.
            ucal_setMillis(chinese, when, &status);
            if (U_SUCCESS(status) && ucal_get(chinese, UCAL_IS_LEAP_MONTH, &status) == (is_leap ? 1 : 0)
                && ucal_get(chinese, UCAL_DATE, &status) == day && U_SUCCESS(status)) {
                result = 0;
            }
        }
    }
    if (gregorian) ucal_close(gregorian);
    if (chinese) ucal_close(chinese);
    return result;
}
