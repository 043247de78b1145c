#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Fails when the Japanese translation has a message that is unfinished, empty, or lost a
// placeholder, so a new tr() string cannot ship untranslated.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void japaneseIsComplete()
    {
        QFile file(QStringLiteral(CAREERPLANNER_TS_FILE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList problems;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                ++messages;
                const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
                const bool obsolete = xml.attributes().value(u"type"_s) == u"vanished"_s ||
                                      xml.attributes().value(u"type"_s) == u"obsolete"_s;
                const QString translation =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (obsolete)
                    continue;
                if (unfinished || translation.trimmed().isEmpty())
                    problems.append(u"%1: \"%2\" is not translated"_s.arg(context, source));
                for (const QString &placeholder : {u"%1"_s, u"%2"_s, u"%3"_s, u"%n"_s}) {
                    if (source.contains(placeholder) && !translation.contains(placeholder))
                        problems.append(u"%1: \"%2\" lost %3"_s.arg(context, source, placeholder));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
