#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Language {

QCommandLineOption option()
{
    return QCommandLineOption(
        u"lang"_s,
        QCoreApplication::translate("CommandLine", "Language of the interface: ja or en."),
        u"ja|en"_s);
}

QStringList supported()
{
    return {u"ja"_s, u"en"_s};
}

QString systemDefault()
{
    return QLocale::system().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

QString fromArguments(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == u"--lang"_s && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--lang="_s))
            value = arguments.at(i).mid(7);
        if (supported().contains(value))
            return value;
    }
    return systemDefault();
}

void install(const QString &language)
{
    static QTranslator *appTranslator = nullptr;
    static QTranslator *qtTranslator = nullptr;
    auto *app = QCoreApplication::instance();
    for (QTranslator **translator : {&appTranslator, &qtTranslator}) {
        if (*translator) {
            app->removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QLocale locale = language == u"ja"_s ? QLocale(QLocale::Japanese, QLocale::Japan)
                                               : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (language != u"ja"_s)
        return; // the source strings are English
    appTranslator = new QTranslator(app);
    if (appTranslator->load(u":/i18n/careerplanner_ja.qm"_s))
        app->installTranslator(appTranslator);
    // Qt's own strings (standard buttons, context menus) from the system's Qt translations.
    qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qtTranslator);
}

} // namespace Language
