#pragma once

class QCoreApplication;

namespace sitrep::translations {

// Installs Sitrep's translations for the user's language on `app` (which owns them): the
// English plural forms underneath, so a count reads "1 alert" in any language without its own
// file, then the language's own texts, then Qt's for its dialogs.
void install(QCoreApplication &app);

} // namespace sitrep::translations
