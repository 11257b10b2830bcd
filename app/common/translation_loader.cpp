// SPDX-License-Identifier: GPL-3.0-or-later
#include "translation_loader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace han::app {

namespace {

// "nb-NO" → "nb", "no" → "nb", "nn_NO" → "nb", "sv-Latn-SE" → "sv"; "" when we do not speak it.
QString supported(const QString& tag)
{
    const QString language = tag.section(QLatin1Char('-'), 0, 0)
                                 .section(QLatin1Char('_'), 0, 0)
                                 .toLower();
    // Nynorsk readers read Bokmål; there is no Nynorsk catalog of HAN Monitor's own.
    if (language == QLatin1String("no") || language == QLatin1String("nn"))
        return QStringLiteral("nb");
    return TranslationLoader::languages().contains(language) ? language : QString();
}

} // namespace

QStringList TranslationLoader::languages()
{
    return {QStringLiteral("en"), QStringLiteral("nb"), QStringLiteral("da"),
            QStringLiteral("sv")};
}

QString TranslationLoader::resolve(const QString& choice, const QStringList& uiLanguages)
{
    const QString chosen = supported(choice);
    if (!chosen.isEmpty())
        return chosen;
    for (const QString& tag : uiLanguages) {
        // "C" and "POSIX" have nothing to say; English ends the search like any other language.
        const QString language = supported(tag);
        if (!language.isEmpty())
            return language;
        if (tag.startsWith(QLatin1String("en")))
            break;
    }
    return QStringLiteral("en");
}

QLocale TranslationLoader::formattingLocale(const QString& language, const QLocale& system)
{
    if (supported(QLocale::languageToCode(system.language())) == language)
        return system;
    if (language == QLatin1String("en")) {
        // The C locale (LANG unset) stays C: no thousands separators appear from nowhere.
        const QLocale english(QLocale::English, system.territory());
        if (english.territory() == system.territory() && system.language() != QLocale::C)
            return english;
        return system;
    }
    return QLocale(language);
}

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    uninstall();
}

QString TranslationLoader::install(const QString& choice, bool setDefaultLocale)
{
    uninstall();
    m_language = resolve(choice, QLocale::system().uiLanguages());
    if (setDefaultLocale)
        QLocale::setDefault(formattingLocale(m_language, QLocale::system()));
    if (m_language == QLatin1String("en")) {
        // Qt's texts are English already; ours has only the English forms of plural texts.
        installAppCatalog();
        return m_language;
    }

    // Qt's first, ours last: the translator installed last is asked first, so HAN Monitor's
    // catalog can fill what Debian's Qt catalogs miss (Swedish has no qtbase_sv.qm in Qt 6.4).
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    m_qt = std::make_unique<QTranslator>();
    // "qt_<lang>" is a catalog of catalogs (qtbase, qtserialport, ...) or, for Swedish, Qt 4's
    // whole catalog. Debian 12 has no Bokmål one; Nynorsk is the nearest for button texts.
    QStringList qtNames = {QStringLiteral("qt_") + m_language};
    if (m_language == QLatin1String("nb"))
        qtNames << QStringLiteral("qt_no") << QStringLiteral("qt_nn");
    for (const QString& name : qtNames) {
        if (m_qt->load(name, qtPath)) {
            // installTranslator() answers false for a catalog without translations, but
            // installs it all the same: what counts is that it was found.
            QCoreApplication::installTranslator(m_qt.get());
            m_qtInstalled = true;
            break;
        }
    }

    installAppCatalog();
    return m_language;
}

void TranslationLoader::installAppCatalog()
{
    m_app = std::make_unique<QTranslator>();
    if (m_app->load(QStringLiteral(":/i18n/han-monitor_") + m_language)) {
        QCoreApplication::installTranslator(m_app.get());
        m_appInstalled = true;
    }
}

void TranslationLoader::uninstall()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    m_appInstalled = false;
    m_qtInstalled = false;
}

} // namespace han::app
