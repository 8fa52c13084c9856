#pragma once

#include <QByteArrayView>

namespace sitrep {

// Fuzzy matching as command palettes do it: every character of the pattern appears in the
// text in order ("dsh" finds "dashboard"). Both are lower-case UTF-8 (as incident search
// texts are), compared byte by byte. A match scores higher where its characters follow each
// other and where they start words, lower for every character skipped; no match is -1.
[[nodiscard]] int fuzzyScore(QByteArrayView pattern, QByteArrayView text);

} // namespace sitrep
