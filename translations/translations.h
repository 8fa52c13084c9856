#pragma once

class QCoreApplication;
class QString;

namespace sitrep::translations {

// Installs Sitrep's translations for the user's language on `app` (which owns them): the
// English plural forms underneath, so a count reads "1 alert" in any language without its own
// file, then the language's own texts, then Qt's for its dialogs.
void install(QCoreApplication &app);

// Speaks `language` ("de", "en"; empty: the system's) from now on: the default locale changes
// and the translations installed before are replaced. Qt tells every widget (LanguageChange);
// texts already made stay as they were until made again.
void switchTo(QCoreApplication &app, const QString &language);

} // namespace sitrep::translations
