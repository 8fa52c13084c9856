#include "fractionalkey.h"

namespace sitrep {

namespace {

constexpr char16_t smallest = u'a';
constexpr int digits = 26; // 'a' to 'z'

} // namespace

QString FractionalKey::between(const QString &before, const QString &after)
{
    QString key;
    QString upper = after;
    for (qsizetype at = 0;; ++at) {
        const int low = at < before.size() ? before.at(at).unicode() - smallest : 0;
        // Past the end of the upper bound (or without one) anything is below it.
        const int high = upper.isEmpty() ? digits
                : at < upper.size()      ? upper.at(at).unicode() - smallest
                                         : 0;
        if (low == high) {
            key += QChar(char16_t(smallest + low));
            continue;
        }
        const int middle = (low + high) / 2;
        if (middle > low) {
            key += QChar(char16_t(smallest + middle));
            return key;
        }
        // Neighbouring digits: take the lower one; the key is now below the upper bound
        // whatever follows, so the rest only has to pass `before`.
        key += QChar(char16_t(smallest + low));
        upper.clear();
    }
}

} // namespace sitrep
