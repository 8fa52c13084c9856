#include "fuzzymatch.h"

#include <algorithm>
#include <cstring>

namespace sitrep {

namespace {

// A run of letters counts for more than letters that each start a word ("de" is the start of
// "Declare", not of "Data Export"), and the text's own start most.
constexpr int perCharacter = 16;
constexpr int followsPrevious = 40;
constexpr int startsWord = 32;
constexpr int startsText = 16;
constexpr int perSkipped = 1;

bool separates(char c)
{
    // Space, the search texts' field separator, and what joins words in names and titles.
    return c == ' ' || c == '\x1f' || c == '-' || c == '_' || c == '/' || c == '.' || c == '#'
            || c == '(' || c == ':';
}

} // namespace

int fuzzyScore(QByteArrayView pattern, QByteArrayView text)
{
    if (pattern.isEmpty())
        return 0;
    if (text.isEmpty())
        return -1; // and memchr must not be handed an empty view's null data
    // Most texts lack the first character at all: find it fast.
    const void *first = std::memchr(text.data(), pattern.front(), size_t(text.size()));
    if (!first)
        return -1;
    qsizetype at = static_cast<const char *>(first) - text.data();
    int score = 0;
    qsizetype previous = -2;
    for (const char wanted : pattern) {
        while (at < text.size() && text[at] != wanted)
            ++at;
        if (at == text.size())
            return -1;
        score += perCharacter;
        if (at == previous + 1)
            score += followsPrevious;
        if (at == 0)
            score += startsText;
        if (at == 0 || separates(text[at - 1]))
            score += startsWord;
        score -= perSkipped * int(previous < 0 ? at : at - previous - 1);
        previous = at++;
    }
    return std::max(score, 0); // a match, however poor, is not "none" (-1)
}

} // namespace sitrep
