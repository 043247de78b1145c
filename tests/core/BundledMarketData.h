#pragma once

// The model's inputs straight from data/, without a database: the same files the program
// embeds, so a hand-computed figure in a test checks the shipped parameters.
#include "core/CsvReader.h"
#include "core/MarketData.h"
#include "core/market/MarketPackParser.h"

#include <QFile>
#include <QString>

namespace {
using namespace Qt::StringLiterals;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

MarketData bundledData()
{
    const QString data = QStringLiteral(CAREERPLANNER_SOURCE_DATA);
    MarketData market;
    QString error;
    market.parameters =
        ModelParameters::fromJson(readFile(data + u"/model_parameters.json"_s), &error).value();
    market.roadmapEffort =
        RoadmapEffort::fromJson(readFile(data + u"/roadmap_steps.json"_s), &error).value();
    QList<CatalogueSkill> skills;
    const auto skillRows = CsvReader::parse(QString::fromUtf8(readFile(data + u"/skills.csv"_s)));
    for (qsizetype i = 1; i < skillRows.records.size(); ++i) {
        const QStringList f = skillRows.records.at(i).fields;
        skills.append({f.at(0), SkillCategories::fromKey(f.at(1)).value(), f.at(2), f.at(3),
                       f.at(4).split(u'|', Qt::SkipEmptyParts), f.value(5), f.value(6).toDouble()});
    }
    market.catalogue = SkillCatalogue(skills);
    QSet<QString> ids;
    for (const CatalogueSkill &skill : std::as_const(skills))
        ids.insert(skill.id);
    QList<MarketPackError> packErrors;
    auto pack = MarketPackParser(ids).parse(readFile(data + u"/market/market-pack.csv"_s),
                                            u"market-pack.csv"_s, &packErrors);
    if (!pack)
        qFatal("%s", qPrintable(MarketPackParser::describe(u"market-pack.csv"_s, packErrors)));
    market.pack = std::move(*pack);
    const auto statRows =
        CsvReader::parse(QString::fromUtf8(readFile(data + u"/salary_statistics.csv"_s)));
    for (qsizetype i = 1; i < statRows.records.size(); ++i) {
        const QStringList f = statRows.records.at(i).fields;
        market.statistics.append({f.at(0), f.at(1), f.at(2), f.at(3), f.at(4), f.at(5).toLongLong(),
                                  f.at(6).toLongLong(), f.at(7), f.at(8).toInt(), f.at(9)});
    }
    return market;
}
} // namespace
