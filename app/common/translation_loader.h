// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace han::app {

// Puts both programs into the user's language: HAN Monitor's own catalog (compiled in as
// :/i18n/han-monitor_<lang>.qm, so the build tree and an installed package find it alike) and
// Qt's (qtbase_<lang>.qm from Debian's qt6-translations-l10n, for standard buttons and
// dialogs). English, the source language, has a catalog too: only the English forms of the
// texts with a Qt plural form ("%Ln hour(s)" → "1 hour", "24 hours"), so every language we do
// not speak gets them as well. Construct it after the application object and keep it alive as
// long as it.
class TranslationLoader
{
public:
    // The languages HAN Monitor speaks; "en" is the source language (its catalog: plurals only).
    static QStringList languages();

    // The language to show: `choice` ("" = the system's) if we speak it, else the first of
    // `uiLanguages` (BCP 47, most preferred first) that we speak, else "en". Norwegian systems
    // say "nb", "no" or "nn": all get Bokmål.
    static QString resolve(const QString& choice, const QStringList& uiLanguages);

    // The locale numbers, dates and times use for `language`. The system's locale whenever it
    // is of that language (keeps nb_NO vs nb_SJ, sv_FI, ...). English on a Nordic system keeps
    // the system's formats (decimal comma, 24-hour clock) unless CLDR knows English for that
    // country (en_DK, en_SE); on the C locale it stays C.
    static QLocale formattingLocale(const QString& language, const QLocale& system);

    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // Installs the catalogs for `choice` (see resolve) into the application, replacing those
    // of an earlier call. With `setDefaultLocale`, also QLocale::setDefault(formattingLocale)
    // so every QLocale() formats in that language; han-cli passes false, its data stays in the
    // C locale and its messages use the system's. Returns the language chosen.
    QString install(const QString& choice, bool setDefaultLocale);

    QString language() const { return m_language; }
    // Whether HAN Monitor's / Qt's own catalog for the language was found and installed
    // (Qt's is never looked for in English).
    bool hasAppCatalog() const { return m_appInstalled; }
    bool hasQtCatalog() const { return m_qtInstalled; }

private:
    void installAppCatalog();
    void uninstall();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace han::app
